import type { Fix } from '../../diagnostics/diagnostic.js';

/** The text after one pass of fixes, and the fixes that went in. */
export interface AppliedFixes {
  text: string;
  applied: Fix[];
}

/**
 * Applies fixes that do not overlap, in order of their start. A fix that overlaps one already
 * taken (or inserts at the same point as another insertion) waits for the next pass, when it is
 * recomputed from the new text. Text outside the applied ranges is copied unchanged.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const ordered = [...fixes].sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  const applied: Fix[] = [];
  const parts: string[] = [];
  let copied = 0;
  let lastInsertion = -1;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (start < copied || end < start || end > text.length) continue;
    if (start === end && start === lastInsertion) continue;
    if (text.slice(start, end) === fix.text) continue;
    parts.push(text.slice(copied, start), fix.text);
    copied = end;
    if (start === end) lastInsertion = start;
    applied.push(fix);
  }
  if (applied.length === 0) return { text, applied };
  parts.push(text.slice(copied));
  return { text: parts.join(''), applied };
}
