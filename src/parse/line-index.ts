import type { Position } from '../diagnostics/diagnostic.js';

/** Turns offsets of a text into 1-based line and UTF-16 column positions. */
export interface LineIndex {
  position(offset: number): Position;
  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number;
  lineCount: number;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineCount: starts.length,
    lineStart: (line) => starts[Math.min(Math.max(line, 1), starts.length) - 1]!,
    position(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length);
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: clamped - starts[low]! + 1 };
    },
  };
}
