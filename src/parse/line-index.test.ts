import { describe, expect, it } from 'vitest';
import { createLineIndex } from './line-index.js';

describe('createLineIndex', () => {
  const text = 'ab\n岗位名称：客户\r\n\n😀x';
  const index = createLineIndex(text);

  it('gives 1-based lines and UTF-16 columns', () => {
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(text.indexOf('客户'))).toEqual({ line: 2, column: 6 });
    // An astral character takes two code units, as in editors that count UTF-16.
    expect(index.position(text.indexOf('x'))).toEqual({ line: 4, column: 3 });
  });

  it('clamps offsets outside the text', () => {
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(index.position(10_000)).toEqual(index.position(text.length));
  });

  it('knows where each line starts', () => {
    expect(index.lineCount).toBe(4);
    expect(index.lineStart(2)).toBe(3);
    expect(index.lineStart(99)).toBe(index.lineStart(4));
  });
});
