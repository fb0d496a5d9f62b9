import { pinyin } from 'pinyin-pro';
import type { Declaration, Graph } from '../graph/graph.js';

/** A declared role or department as people look for it: by title, pinyin initials or id. */
export interface Candidate {
  declaration: Declaration;
  /** The title (or a department's name), else the id. */
  title: string;
  /** Lower-case pinyin initials of the title, such as `sjczwhzxfjl` for 省级操作维护中心副经理. */
  initials: string;
  /** Lower is better. */
  score: number;
}

const initialsCache = new Map<string, string>();

/** `省级操作维护中心副经理` → `sjczwhzxfjl`; letters and digits are kept as written. */
export function pinyinInitials(title: string): string {
  let initials = initialsCache.get(title);
  if (initials === undefined) {
    initials = pinyin(title, { pattern: 'first', toneType: 'none', type: 'array' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    initialsCache.set(title, initials);
  }
  return initials;
}

/**
 * The declarations of the given kinds that match what was typed, best first: the id or title
 * exactly, then a title, initials or id that starts with it, then one that contains it.
 */
export function matchTitle(
  graph: Graph,
  typed: string,
  kinds: ReadonlyArray<Declaration['kind']>,
  limit: number,
): { candidates: Candidate[]; complete: boolean } {
  const query = typed.trim().toLowerCase();
  const candidates: Candidate[] = [];
  for (const declaration of graph.declarations.values()) {
    if (!kinds.includes(declaration.kind)) continue;
    const title = declaration.names[0] ?? declaration.id;
    const score = query === '' ? 3 : rank(query, declaration.id, title);
    if (score === undefined) continue;
    candidates.push({ declaration, title, initials: query === '' ? '' : pinyinInitials(title), score });
  }
  candidates.sort(
    (a, b) => a.score - b.score || compare(a.title, b.title) || compare(a.declaration.id, b.declaration.id),
  );
  const kept = candidates.slice(0, limit);
  for (const candidate of kept) if (candidate.initials === '') candidate.initials = pinyinInitials(candidate.title);
  return { candidates: kept, complete: kept.length === candidates.length };
}

function rank(query: string, id: string, title: string): number | undefined {
  const lowerTitle = title.toLowerCase();
  if (id === query || lowerTitle === query) return 0;
  if (lowerTitle.startsWith(query) || id.startsWith(query)) return 1;
  const initials = /^[a-z0-9]+$/.test(query) ? pinyinInitials(title) : '';
  if (initials.startsWith(query)) return 1;
  if (lowerTitle.includes(query) || id.includes(query) || (initials !== '' && initials.includes(query))) return 2;
  return undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
