import { describe, expect, it } from 'vitest';
import { showControls, showLine } from './show-controls.js';

describe('showControls', () => {
  it('writes out lone CR, LF, TAB, ESC, C1, bidi and separators, and keeps everything else', () => {
    expect(showControls('客服\r## 标题\n\t\u001b[31m红\u009b\u202e反\u2028行')).toBe(
      '客服\\r## 标题\\n\\t\\u001B[31m红\\u009B\\u202E反\\u2028行',
    );
    expect(showControls('普通文字 `code` (1)')).toBe('普通文字 `code` (1)');
  });

  it('never lets a line start with `::`', () => {
    // A zero-width space: the runner trims spaces before it looks for `::`, so a space would not do.
    expect(showLine('::error::forged')).toBe('\u200b::error::forged');
    expect(showLine('  ::error::forged')).toBe('\u200b  ::error::forged');
    expect(showLine('a::b')).toBe('a::b');
  });
});
