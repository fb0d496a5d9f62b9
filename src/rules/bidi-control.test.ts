import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { bidiControl } from './bidi-control.js';

describe('bidi-control', () => {
  it('accepts text without bidirectional controls', () => {
    expect(lintText('---\ntitle: 客服专员\n---\n\n负责客户服务。\n', bidiControl)).toEqual([]);
  });

  it('reports each control in front matter and body, by name', () => {
    const text = '---\ntitle: 客服\u202e专员\n---\n\n负责\u2066客户\u2069服务。\n';
    expect(lintText(text, bidiControl)).toEqual([
      'roles/test.md:2:10 bidi-control Unexpected bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE, expected none: it makes text display in another order than it is stored (Trojan Source)',
      'roles/test.md:5:3 bidi-control Unexpected bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE, expected none: it makes text display in another order than it is stored (Trojan Source)',
      'roles/test.md:5:6 bidi-control Unexpected bidirectional control U+2069 POP DIRECTIONAL ISOLATE, expected none: it makes text display in another order than it is stored (Trojan Source)',
    ]);
  });
});
