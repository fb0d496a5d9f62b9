import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { cjkRadical } from './cjk-radical.js';

describe('cjk-radical', () => {
  it('accepts ideographs', () => {
    expect(lintText('---\ntitle: 一体化工作\n---\n\n协调纵向一体化工作。\n', cjkRadical)).toEqual([]);
  });

  it('reports Kangxi and supplementary radicals anywhere in the file', () => {
    expect(lintText('---\ntitle: ⼀体化\n---\n\n协调纵向⼀体化⼯作，⺟公司，⺀。\n', cjkRadical)).toEqual([
      'roles/test.md:2:8 cjk-radical Unexpected radical `⼀` (U+2F00), expected the ideograph `一`',
      'roles/test.md:5:5 cjk-radical Unexpected radical `⼀` (U+2F00), expected the ideograph `一`',
      'roles/test.md:5:8 cjk-radical Unexpected radical `⼯` (U+2F2F), expected the ideograph `工`',
      'roles/test.md:5:11 cjk-radical Unexpected radical `⺟` (U+2E9F), expected the ideograph `母`',
      'roles/test.md:5:15 cjk-radical Unexpected radical `⺀` (U+2E80), expected the ideograph it stands for (retype it)',
    ]);
  });

  it('fixes by NFKC where it maps, leaving the rest byte for byte', () => {
    const text = '---\ntitle: ⼀体化\n---\r\n\r\n协调纵向⼀体化⼯作，⺀。\r\n';
    const fixed = fixText(text, cjkRadical);
    expect(fixed).toBe('---\ntitle: 一体化\n---\r\n\r\n协调纵向一体化工作，⺀。\r\n');
    expect(fixText(fixed, cjkRadical)).toBe(fixed);
  });
});
