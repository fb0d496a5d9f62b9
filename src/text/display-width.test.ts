import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width.js';

describe('displayWidth', () => {
  it('counts every character of the ranges it counts itself as string-width does', () => {
    const differing: string[] = [];
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      if (displayWidth(character) !== stringWidth(character)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it.each([
    '`job_level: 主管` 不低于上级 `head-0-1`（`主管`），应低于 `主管`',
    'Unexpected “placeholder” … — expected · text',
    '👩‍💻 e\u0301 x',
    '\u200b\u0007',
  ])('measures %s as string-width does', (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });
});
