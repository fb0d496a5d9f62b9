import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { headingLevel } from './heading-level.js';

describe('heading-level', () => {
  it('accepts an optional title, sections at ## and sub-headings one level down', () => {
    expect(lintText('# 产品支撑主管\n\n## 职责任务\n\n### 日常\n\n#### 细项\n\n## 工作难点\n', headingLevel)).toEqual(
      [],
    );
    expect(lintText('## 职责任务\n\n### 日常\n', headingLevel)).toEqual([]);
  });

  it('reports a second title, a title after sections, and skipped levels', () => {
    const text = '### 职责任务\n\n## 工作难点\n\n#### 细项\n\n# 标题\n\n工作禁忌\n====\n';
    expect(lintText(text, headingLevel)).toEqual([
      'roles/test.md:1:1 heading-level Unexpected level-3 heading `职责任务`, expected level 2 at most: levels may not be skipped',
      'roles/test.md:5:1 heading-level Unexpected level-4 heading `细项`, expected level 3 at most: levels may not be skipped',
      'roles/test.md:7:1 heading-level Unexpected level-1 heading `标题` after other headings, expected one `#` title at most, before them (sections are `##`)',
      'roles/test.md:9:1 heading-level Unexpected level-1 heading `工作禁忌` after other headings, expected one `#` title at most, before them (sections are `##`)',
    ]);
  });
});
