import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { emptySection } from './empty-section.js';

describe('empty-section', () => {
  it('accepts sections with content, also under a sub-heading', () => {
    expect(lintText('## 职责任务\n\n正文。\n\n## 工作难点\n\n### 技术\n\n- 难。\n', emptySection)).toEqual([]);
  });

  it('reports a section with nothing, only comments, or only sub-headings', () => {
    const text = '## 职责任务\n\n## 工作难点\n\n<!-- 待补充 -->\n\n## 考核要点\n\n### 指标\n\n---\n\n## 工作禁忌\n';
    expect(lintText(text, emptySection)).toEqual([
      'roles/test.md:1:4 empty-section Unexpected empty section `职责任务`, expected content under the heading (or no heading)',
      'roles/test.md:3:4 empty-section Unexpected empty section `工作难点`, expected content under the heading (or no heading)',
      'roles/test.md:7:4 empty-section Unexpected empty section `考核要点`, expected content under the heading (or no heading)',
      'roles/test.md:13:4 empty-section Unexpected empty section `工作禁忌`, expected content under the heading (or no heading)',
    ]);
  });
});
