import type { Fix } from '../src/diagnostics/diagnostic.js';

/** Checks, without applying anything, that `after` is `before` with exactly the fixes' ranges replaced. */
export function changesOnlyInside(before: string, after: string, fixes: readonly Fix[]): boolean {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0]);
  let from = 0;
  let cursor = 0;
  for (const { range, text } of ordered) {
    if (range[0] < from) return false;
    const kept = before.slice(from, range[0]);
    if (after.slice(cursor, cursor + kept.length) !== kept) return false;
    cursor += kept.length;
    if (after.slice(cursor, cursor + text.length) !== text) return false;
    cursor += text.length;
    from = range[1];
  }
  return after.slice(cursor) === before.slice(from);
}
