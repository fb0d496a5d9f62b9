import { describe, expect, it } from 'vitest';
import { lintText, lintTextFull } from '../../test/lint-text.js';
import { duplicateItem } from './duplicate-item.js';

describe('duplicate-item', () => {
  it('accepts distinct items, and the same item in different sections', () => {
    expect(
      lintText('## 职责任务\n\n1. 负责测试。\n2. 负责验收。\n\n## 考核要点\n\n1. 负责测试。\n', duplicateItem),
    ).toEqual([]);
  });

  it('reports a repeated item, whatever its numbering and final punctuation', () => {
    const text = '## 职责任务\n\n1. 负责测试；\n2. 负责验收。\n3. 负责测试。\n\n4、负责 验收\n';
    expect(lintText(text, duplicateItem)).toEqual([
      'roles/test.md:5:4 duplicate-item Unexpected duplicate item `负责测试。` in section `职责任务`, expected each item once',
      'roles/test.md:7:1 duplicate-item Unexpected duplicate item `负责 验收` in section `职责任务`, expected each item once',
    ]);
    expect(lintTextFull(text, duplicateItem)[0]!.related).toEqual([
      { file: 'roles/test.md', line: 3, column: 4, message: 'the same item appears first here' },
    ]);
  });
});
