import { compareStrings } from '../diagnostics/diagnostic.js';
import { code, listOf } from '../i18n/list-of.js';
import { t } from '../i18n/t.js';
import { nearIndex, type NearIndex, type NearMetric } from '../text/did-you-mean.js';
import type { Declaration, Graph } from './graph.js';

type Kind = Declaration['kind'];

/** What an unknown id probably meant, and why we think so. */
export interface Suggestion {
  /** One id, or several when a title is shared. */
  ids: string[];
  /** `variant`: the same id in other case or full-width characters; `name`: a title, name or alias; `spelling`: a near miss. */
  how: 'variant' | 'name' | 'spelling';
  /** A near miss closer to its one id than to any other: what a fix may apply without a person choosing. */
  clear?: boolean;
}

interface Index {
  ids: Map<string, Declaration[]>;
  names: Map<string, Declaration[]>;
  /** Ten thousand references to the same missing id cost one search. */
  answers: Map<string, Suggestion | undefined>;
  /** The declared ids of each combination of kinds, indexed once per graph. */
  idIndexes: Map<string, NearIndex>;
  /** The normalised titles, names and aliases, indexed for near misses. */
  nameIndex?: NearIndex;
}

/** Titles are short: one wrong character in four, or a two-character title would match anything. */
const TITLE_SPELLING: NearMetric = { limit: (word) => Math.floor(word.length / 4), fold: (text) => text };

const indexes = new WeakMap<Graph, Index>();
/** The last index built, by what it was built from: a graph rebuilt after an edit that kept every id and name reuses it. */
let lastIndex: { key: string; index: Index } | undefined;

/** Folds the ways people mistype an id or a title: full-width forms, case, `_` or spaces for `-`. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}

/**
 * Suggests declared ids of the given kinds for a word that is not one: first an id that differs
 * only in case or width, then a role's title or alias (or a department's name), then a near miss.
 */
export function suggestId(graph: Graph, word: string, kinds: readonly Kind[]): Suggestion | undefined {
  const index = indexOf(graph);
  const key = `${kinds.join()}\0${word}`;
  if (!index.answers.has(key)) index.answers.set(key, search(graph, index, word, kinds));
  return index.answers.get(key);
}

function search(graph: Graph, index: Index, word: string, kinds: readonly Kind[]): Suggestion | undefined {
  const wanted = (declarations: Declaration[] | undefined) =>
    (declarations ?? [])
      .filter((d) => kinds.includes(d.kind))
      .map((d) => d.id)
      .sort(compareStrings);
  const normalized = normalizeName(word);
  const variants = wanted(index.ids.get(normalized)).filter((id) => id !== word);
  if (variants.length > 0) return { ids: variants, how: 'variant' };
  const named = [...new Set(wanted(index.names.get(normalized)))];
  if (named.length > 0) return { ids: named, how: 'name' };
  const spelling = nearIds(graph, kinds);
  const near = spelling.nearest(word);
  if (near !== undefined) return { ids: [near], how: 'spelling', clear: spelling.clearBest(word) === near };
  const byName = [...new Set(wanted(nearestName(index, normalized)))];
  return byName.length > 0 ? { ids: byName, how: 'name' } : undefined;
}

/** The declared title, name or alias nearest a normalised word (see `TITLE_SPELLING`). */
function nearestName(index: Index, key: string): Declaration[] | undefined {
  index.nameIndex ??= nearIndex([...index.names.keys()], TITLE_SPELLING);
  const best = index.nameIndex.nearest(key);
  return best === undefined ? undefined : index.names.get(best);
}

/**
 * The declared ids of the given kinds, prepared for "did you mean" questions: each costs about
 * the word's length, not the number of ids (see `nearIndex`). Built once per graph and kinds.
 */
export function nearIds(graph: Graph, kinds: readonly Kind[]): NearIndex {
  const index = indexOf(graph);
  let near = index.idIndexes.get(kinds.join());
  if (!near) {
    near = nearIndex([...graph.declarations.values()].filter((d) => kinds.includes(d.kind)).map((d) => d.id));
    index.idIndexes.set(kinds.join(), near);
  }
  return near;
}

/** At most this many ids in one "did you mean", however many roles share a title. */
const MAX_SUGGESTED = 3;

/** "did you mean `a`?", "did you mean `a` or `b`?", "did you mean `a`, `b`, `c` or 7 more?", in the run's language. */
export function didYouMeanText(suggestion: Suggestion): string {
  return t('didYouMean', { candidates: listOf(suggestion.ids.map(code), MAX_SUGGESTED) });
}

function indexOf(graph: Graph): Index {
  let index = indexes.get(graph);
  if (index) return index;
  // Answers depend on nothing but each declaration's id, kind and names.
  const parts: string[] = [];
  for (const declaration of graph.declarations.values())
    parts.push(declaration.id, declaration.kind, ...declaration.names, '');
  const key = parts.join('\u0000');
  if (lastIndex?.key === key) {
    indexes.set(graph, lastIndex.index);
    return lastIndex.index;
  }
  index = { ids: new Map(), names: new Map(), answers: new Map(), idIndexes: new Map() };
  const add = (map: Map<string, Declaration[]>, key: string, declaration: Declaration) => {
    const list = map.get(key);
    if (!list) map.set(key, [declaration]);
    else if (!list.includes(declaration)) list.push(declaration);
  };
  for (const declaration of graph.declarations.values()) {
    add(index.ids, normalizeName(declaration.id), declaration);
    for (const name of declaration.names) add(index.names, normalizeName(name), declaration);
  }
  indexes.set(graph, index);
  lastIndex = { key, index };
  return index;
}

/** A graph patched without changing any id, kind or name answers as the graph it came from. */
export function shareSuggestions(from: Graph, to: Graph): void {
  const index = indexes.get(from);
  if (index) indexes.set(to, index);
}
