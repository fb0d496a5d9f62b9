import type { Position } from '../diagnostics/diagnostic.js';
import { workCounts } from '../work-counts.js';

/** Turns offsets of a text into 1-based line and UTF-16 column positions. */
export interface LineIndex {
  position(offset: number): Position;
  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number;
  lineCount: number;
}

/**
 * The line starts are found on first use: most files of a run never get a diagnostic, and a
 * warm run should not scan ten thousand texts for positions nobody asks for.
 */
export function createLineIndex(text: string): LineIndex {
  let found: number[] | undefined;
  const lineStarts = () => {
    if (found) return found;
    workCounts.lineIndexes++;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (found = starts);
  };
  return {
    get lineCount() {
      return lineStarts().length;
    },
    lineStart: (line) => {
      const starts = lineStarts();
      return starts[Math.min(Math.max(line, 1), starts.length) - 1]!;
    },
    position(offset) {
      const starts = lineStarts();
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
