import { describe, expect, it } from 'vitest';
import { treeGlyphs } from './tree-glyphs.js';

describe('treeGlyphs', () => {
  it('draws branches, last children and the lines of open ancestors', () => {
    const depths = [0, 1, 2, 2, 1, 2, 0];
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(treeGlyphs(depths).map((glyph, i) => glyph + names[i])).toEqual([
      'a',
      '├─ b',
      '│  ├─ c',
      '│  └─ d',
      '└─ e',
      '   └─ f',
      'g',
    ]);
  });

  it('draws only the nearest levels of a very deep row, after its depth', () => {
    const glyphs = treeGlyphs(Array.from({ length: 1000 }, (_, i) => i));
    expect(glyphs[999]).toBe(`999┈ ${'   '.repeat(12)}└─ `);
  });

  it('handles an empty listing', () => {
    expect(treeGlyphs([])).toEqual([]);
  });
});
