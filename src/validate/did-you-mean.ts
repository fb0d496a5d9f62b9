let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  // What both share at the start and the end costs nothing: compare only the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // Keep one shared neighbour on each side so a swap across the cut is still seen as one edit.
  start = Math.max(0, start - 1);
  endA = Math.min(a.length, endA + 1);
  endB = Math.min(b.length, endB + 1);
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const n = y.length;
  // Three rows reused across calls: a search over ten thousand ids allocates nothing.
  if (rows[0].length <= n) rows = [new Int32Array(n * 2 + 1), new Int32Array(n * 2 + 1), new Int32Array(n * 2 + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Distances never shrink down the rows: once every cell is past the limit, stop.
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}

/** The closest candidate within a third of the word's length (at least one edit), ties broken by code-unit order. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance <= limit && (distance < bestDistance || (distance === bestDistance && candidate < best!))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
