import { describe, expect, it } from 'vitest';
import { lintText, lintTextFull } from '../../test/lint-text.js';
import { duplicateSection } from './duplicate-section.js';

describe('duplicate-section', () => {
  it('accepts each section once', () => {
    expect(lintText('## 职责任务\n\n正文。\n\n## 工作难点\n\n正文。\n', duplicateSection)).toEqual([]);
  });

  it('reports a second section, aliases included, pointing at the first', () => {
    const text = '## 职责任务\n\n正文。\n\n## 工作难点\n\n## 岗位职责\n\n正文。\n\n## 备注\n\n## 备注：\n';
    expect(lintText(text, duplicateSection)).toEqual([
      'roles/test.md:7:4 duplicate-section Unexpected second section `职责任务`, expected each section once (merge it into the first)',
      'roles/test.md:13:4 duplicate-section Unexpected second section `备注`, expected each section once (merge it into the first)',
    ]);
    expect(lintTextFull(text, duplicateSection)[0]!.related).toEqual([
      { file: 'roles/test.md', line: 1, column: 4, message: '`职责任务` first appears here' },
    ]);
  });
});
