import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { duplicatePunctuation } from './duplicate-punctuation.js';

const rule = duplicatePunctuation;

describe('duplicate-punctuation', () => {
  it('accepts single marks, emphasis and ellipses', () => {
    expect(lintText('工作认真负责。真的！！为什么？？等等。。。\n', rule)).toEqual([]);
  });

  it('reports doubled marks', () => {
    expect(lintText('工作认真负责。。沟通，，协调、、配合；；\n', rule)).toEqual([
      'roles/test.md:1:7 duplicate-punctuation Unexpected repeated `。` (`。。`), expected one',
      'roles/test.md:1:11 duplicate-punctuation Unexpected repeated `，` (`，，`), expected one',
      'roles/test.md:1:15 duplicate-punctuation Unexpected repeated `、` (`、、`), expected one',
      'roles/test.md:1:19 duplicate-punctuation Unexpected repeated `；` (`；；`), expected one',
    ]);
  });

  it('keeps one, touching nothing else', () => {
    const text = '---\nid: test\n---\n工作认真负责。。沟通，，，协调。\n\n`。。`\n';
    const fixed = fixText(text, rule);
    expect(fixed).toBe('---\nid: test\n---\n工作认真负责。沟通，协调。\n\n`。。`\n');
    expect(fixText(fixed, rule)).toBe(fixed);
  });
});
