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

/** How a `nearIndex` compares: the most edits a word may be from an answer, and how text is folded first. */
export interface NearMetric {
  limit(word: string): number;
  fold(text: string): string;
}

/** `didYouMean`'s way: a third of the word's length (at least one edit), letter case ignored. */
export const SPELLING: NearMetric = {
  limit: (word) => Math.max(1, Math.floor(word.length / 3)),
  fold: (text) => text.toLowerCase(),
};

/** Many "did you mean" questions over the same candidates (every id of an organisation). */
export interface NearIndex {
  /** The closest candidate within the metric's limit, ties broken by code-unit order: `didYouMean`'s answer. */
  nearest(word: string): string | undefined;
  /** The closest candidate only when no other is as close: `clearBest`'s answer. */
  clearBest(word: string): string | undefined;
}

/**
 * Above this many candidates, a word with no candidate within one edit is not compared with each
 * of them (that is what made a run with thousands of distinct unknown ids quadratic): near misses
 * of one edit are still found, farther guesses are left out.
 */
export const SCAN_LIMIT = 20_000;
/** Beyond this many variants of one word (a large alphabet, a long word), comparing with each candidate is cheaper. */
const VARIANT_BUDGET = 50_000;

/**
 * Prepares candidates once so each question costs about the word's length times the alphabet,
 * not the number of candidates: every string one edit (deletion, insertion, substitution, swap
 * of neighbours) from the folded word is looked up among the folded candidates, which finds
 * exactly those within one edit. Only when none is and the limit allows more does it compare
 * with each candidate, and then only for up to `SCAN_LIMIT` candidates. Answers equal
 * `didYouMean`/`clearBest` (with the `SPELLING` metric) whenever the candidates are that few or a
 * candidate is within one edit; a test holds them to it.
 */
export function nearIndex(candidates: readonly string[], metric: NearMetric = SPELLING): NearIndex {
  const byFolded = new Map<string, string[]>();
  const alphabet = new Set<string>();
  for (const candidate of candidates) {
    const folded = metric.fold(candidate);
    const list = byFolded.get(folded);
    if (list) list.push(candidate);
    else byFolded.set(folded, [candidate]);
    // UTF-16 code units, as editDistance compares them.
    for (const unit of folded.split('')) alphabet.add(unit);
  }
  const letters = [...alphabet];
  const answers = new Map<string, { nearest: string | undefined; clear: string | undefined }>();

  /** Candidates within one edit of `word`, by distance; undefined when there would be too many variants to try. */
  const withinOne = (word: string, folded: string, limit: number) => {
    if (folded.length * (2 * letters.length + 2) > VARIANT_BUDGET) return undefined;
    const one = new Set<string>();
    const fits = (candidate: string) => Math.abs(candidate.length - word.length) <= limit;
    const visit = (variant: string) => {
      const list = byFolded.get(variant);
      if (list) for (const candidate of list) if (fits(candidate)) one.add(candidate);
    };
    for (let i = 0; i < folded.length; i++) {
      const head = folded.slice(0, i);
      const tail = folded.slice(i + 1);
      visit(head + tail);
      if (i + 1 < folded.length && folded[i] !== folded[i + 1])
        visit(head + folded[i + 1]! + folded[i]! + folded.slice(i + 2));
      for (const letter of letters) if (letter !== folded[i]) visit(head + letter + tail);
    }
    for (let i = 0; i <= folded.length; i++)
      for (const letter of letters) visit(folded.slice(0, i) + letter + folded.slice(i));
    // A candidate listed twice is one candidate.
    const zero = [...new Set((byFolded.get(folded) ?? []).filter(fits))];
    return { zero, one: [...one] };
  };

  const smallest = (list: readonly string[]) =>
    list.reduce<string | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);

  /** The original one-by-one comparison, for the few words with nothing within one edit. */
  const scan = (word: string, folded: string, limit: number, except?: string) => {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
      if (candidate === except || Math.abs(candidate.length - word.length) > limit) continue;
      const distance = editDistance(folded, metric.fold(candidate), Math.min(limit, bestDistance));
      if (distance <= limit && (distance < bestDistance || (distance === bestDistance && candidate < best!))) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  };

  const answer = (word: string) => {
    let known = answers.get(word);
    if (known) return known;
    const folded = metric.fold(word);
    const limit = metric.limit(word);
    const near =
      limit >= 1
        ? withinOne(word, folded, limit)
        : { zero: [...new Set((byFolded.get(folded) ?? []).filter((c) => c.length === word.length))], one: [] };
    const canScan = candidates.length <= SCAN_LIMIT;
    if (near && (near.zero.length > 0 || near.one.length > 0)) {
      const closest = near.zero.length > 0 ? near.zero : near.one;
      const nearest = smallest(closest)!;
      // Another candidate as close: zero-edit ties, or any other within one edit of a one-edit answer.
      const rivals = near.zero.length > 0 ? near.zero.length : near.zero.length + near.one.length;
      known = { nearest, clear: rivals > 1 ? undefined : nearest };
    } else if ((near === undefined || limit >= 2) && canScan) {
      const nearest = scan(word, folded, limit);
      let clear = nearest;
      if (nearest !== undefined) {
        const distance = editDistance(folded, metric.fold(nearest));
        const runnerUp = scan(word, folded, limit, nearest);
        if (runnerUp !== undefined && editDistance(folded, metric.fold(runnerUp)) <= distance) clear = undefined;
      }
      known = { nearest, clear };
    } else {
      known = { nearest: undefined, clear: undefined };
    }
    answers.set(word, known);
    return known;
  };

  return {
    nearest: (word) => answer(word).nearest,
    clearBest: (word) => answer(word).clear,
  };
}
