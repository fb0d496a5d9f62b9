import { compareStrings } from '../diagnostics/diagnostic.js';
import type { Graph, RoleNode } from './graph.js';

/** One line of the reporting hierarchy, in display order. */
export interface TreeRow {
  node: RoleNode;
  /** 0 for a root. */
  depth: number;
  /** Whether this row is the last child of its parent (for drawing └─ rather than ├─). */
  last: boolean;
  /** For each ancestor level, whether that ancestor was a last child (for drawing │ or blank). */
  ancestorsLast: boolean[];
}

export interface TreeOptions {
  /** Start from this role instead of every root. */
  root?: string;
  /** Rows deeper than this are left out (0 shows only the roots). */
  depth?: number;
}

/**
 * Walks the reporting lines top-down, iteratively (no recursion, so ten thousand levels
 * cannot overflow the stack), visiting each role once even when the data has cycles.
 * Roots, and the subordinates of each role, are ordered by level (highest first), then title, then id.
 */
export function reportingTree(graph: Graph, options: TreeOptions = {}): TreeRow[] {
  const roots =
    options.root !== undefined
      ? [graph.roles.get(options.root)].filter((node): node is RoleNode => node !== undefined)
      : findRoots(graph);
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const stack: Array<{ node: RoleNode; depth: number; last: boolean; ancestorsLast: boolean[] }> = [];
  for (let i = roots.length - 1; i >= 0; i--)
    stack.push({ node: roots[i]!, depth: 0, last: i === roots.length - 1, ancestorsLast: [] });
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (seen.has(item.node.id)) continue;
    seen.add(item.node.id);
    rows.push(item);
    if (options.depth !== undefined && item.depth >= options.depth) continue;
    const children = (graph.subordinates.get(item.node.id) ?? [])
      .filter((child) => !seen.has(child.id))
      .sort(byLevelThenTitle(graph));
    const ancestorsLast = [...item.ancestorsLast, item.last];
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i]!, depth: item.depth + 1, last: i === children.length - 1, ancestorsLast });
    }
  }
  return rows;
}

/** Roles whose superior is absent or unknown, highest level first, then by title and id. */
export function findRoots(graph: Graph): RoleNode[] {
  return [...graph.roles.values()]
    .filter((node) => !node.role.reports_to || !graph.roles.has(node.role.reports_to))
    .sort(byLevelThenTitle(graph));
}

/** Chinese titles in pinyin order, as a reader looks them up. */
const titles = new Intl.Collator('zh-CN');

/** Highest level first (a 主管 above a 助理), then title, then id so the order never depends on the files. */
function byLevelThenTitle(graph: Graph): (a: RoleNode, b: RoleNode) => number {
  const rank = (node: RoleNode) => graph.levelRank.get(node.role.job_level) ?? -1;
  return (a, b) => rank(b) - rank(a) || titles.compare(a.role.title, b.role.title) || compareStrings(a.id, b.id);
}
