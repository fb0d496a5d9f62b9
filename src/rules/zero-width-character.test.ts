import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { zeroWidthCharacter } from './zero-width-character.js';

describe('zero-width-character', () => {
  it('accepts text without invisible characters', () => {
    expect(lintText('---\ntitle: 客服专员\n---\n\n负责客户服务。\n', zeroWidthCharacter)).toEqual([]);
  });

  it('reports each invisible character by name', () => {
    const text = '---\ntitle: 客服\u200b专员\n---\n\n负责\u200c客户\u2060服务\ufeff。\n👨\u200d👩\n';
    expect(lintText(text, zeroWidthCharacter)).toEqual([
      'roles/test.md:2:10 zero-width-character Unexpected invisible U+200B ZERO WIDTH SPACE, expected no zero-width characters',
      'roles/test.md:5:3 zero-width-character Unexpected invisible U+200C ZERO WIDTH NON-JOINER, expected no zero-width characters',
      'roles/test.md:5:6 zero-width-character Unexpected invisible U+2060 WORD JOINER, expected no zero-width characters',
      'roles/test.md:5:9 zero-width-character Unexpected invisible U+FEFF ZERO WIDTH NO-BREAK SPACE, expected no zero-width characters',
      'roles/test.md:6:3 zero-width-character Unexpected invisible U+200D ZERO WIDTH JOINER, expected no zero-width characters (it may join the characters around it: check before deleting)',
    ]);
  });

  it('deletes them, except a joiner inside an emoji sequence', () => {
    const text = '---\ntitle: 客服\u200b专员\n---\n\n负责\u200c客户\u2060服务\ufeff。\n👨\u200d👩\n';
    const fixed = fixText(text, zeroWidthCharacter);
    expect(fixed).toBe('---\ntitle: 客服专员\n---\n\n负责客户服务。\n👨\u200d👩\n');
    expect(fixText(fixed, zeroWidthCharacter)).toBe(fixed);
  });
});
