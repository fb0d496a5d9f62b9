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

const BUCKETS = 64;
const wordBag = new Int16Array(BUCKETS);
const scratch = new Int16Array(BUCKETS);

/**
 * Half the characters two strings do not share (counted in buckets) is a lower bound on their
 * edit distance: an insertion or deletion changes the counts by one, a substitution by two,
 * a swap not at all. It costs a pass over the candidate instead of a table.
 */
function bagDistanceBound(candidate: string): number {
  scratch.set(wordBag);
  for (let i = 0; i < candidate.length; i++) scratch[candidate.charCodeAt(i) % BUCKETS]!--;
  let differing = 0;
  for (let i = 0; i < BUCKETS; i++) differing += Math.abs(scratch[i]!);
  return Math.ceil(differing / 2);
}

/** The closest candidate within a third of the word's length (at least one edit), ties broken by code-unit order. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  wordBag.fill(0);
  for (let i = 0; i < lower.length; i++) wordBag[lower.charCodeAt(i) % BUCKETS]!++;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const other = candidate.toLowerCase();
    const bound = Math.min(limit, bestDistance);
    if (bagDistanceBound(other) > bound) continue;
    const distance = editDistance(lower, other, bound);
    if (distance <= limit && (distance < bestDistance || (distance === bestDistance && candidate < best!))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The closest candidate only when it is closer than every other (a clear margin): what a fix may
 * apply without a person choosing. `colour` and `color` both one edit from `colr`: no answer.
 */
export function clearBest(word: string, candidates: readonly string[]): string | undefined {
  const best = didYouMean(word, candidates);
  if (best === undefined) return undefined;
  const distance = editDistance(word.toLowerCase(), best.toLowerCase());
  const runnerUp = didYouMean(
    word,
    candidates.filter((candidate) => candidate !== best),
  );
  if (runnerUp !== undefined && editDistance(word.toLowerCase(), runnerUp.toLowerCase()) <= distance) return undefined;
  return best;
}
