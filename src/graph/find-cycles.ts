import { t } from '../i18n/t.js';
import { compareStrings } from '../diagnostics/diagnostic.js';

/** Where following the links from one node leads. */
export type Fate =
  /** The node is on a cycle (index into `cycles`). */
  | { kind: 'cycle'; cycle: number }
  /** The node's chain runs into a cycle it is not on. */
  | { kind: 'below'; cycle: number }
  /** The chain ends: at a node with no link onward. */
  | { kind: 'ends' };

export interface Cycles {
  /** Each cycle once, starting at its smallest id, in the order of those ids; a self-link is a cycle of one. */
  cycles: string[][];
  /** The fate of every node that has a link. */
  fates: ReadonlyMap<string, Fate>;
}

/**
 * Finds the cycles of a graph where each node links to at most one other (reports_to, parent).
 * Each node is walked once, iteratively, so the time is linear and a cycle through ten thousand
 * roles cannot overflow the stack.
 */
export function findCycles(next: ReadonlyMap<string, string>): Cycles {
  const found: string[][] = [];
  const fates = new Map<string, Fate>();
  const onPath = new Map<string, number>();
  for (const start of [...next.keys()].sort(compareStrings)) {
    if (fates.has(start)) continue;
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !fates.has(current) && !onPath.has(current)) {
      onPath.set(current, path.length);
      path.push(current);
      current = next.get(current);
    }
    let fate: Fate = { kind: 'ends' };
    let members = 0;
    if (current !== undefined && onPath.has(current)) {
      const from = onPath.get(current)!;
      const cycle = path.slice(from);
      found.push(cycle);
      members = cycle.length;
      for (const member of cycle) fates.set(member, { kind: 'cycle', cycle: found.length - 1 });
      fate = { kind: 'below', cycle: found.length - 1 };
    } else if (current !== undefined) {
      const reached = fates.get(current)!;
      fate = reached.kind === 'ends' ? reached : { kind: 'below', cycle: reached.cycle };
    }
    for (let i = 0; i < path.length - members; i++) fates.set(path[i]!, fate);
    onPath.clear();
  }
  // Number the cycles by their smallest member, each rotated to start there, so output is stable.
  const rotated = found.map((cycle) => {
    let smallest = 0;
    for (let i = 1; i < cycle.length; i++) if (cycle[i]! < cycle[smallest]!) smallest = i;
    return [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
  });
  const order = rotated.map((_, i) => i).sort((a, b) => compareStrings(rotated[a]![0]!, rotated[b]![0]!));
  const renumber = new Map(order.map((old, i) => [old, i]));
  for (const [node, fate] of fates)
    if (fate.kind !== 'ends') fates.set(node, { ...fate, cycle: renumber.get(fate.cycle)! });
  return { cycles: order.map((i) => rotated[i]!), fates };
}

/** Beyond this many members a cycle is abbreviated, so ten thousand diagnostics stay linear in size. */
const MAX_SHOWN = 8;

/** `a → b → c → a`, abbreviated in the middle when long (`… (10000 roles)`). */
export function describeCycle(cycle: readonly string[], noun: 'roles' | 'departments'): string {
  const shown = cycle.length <= MAX_SHOWN ? [...cycle] : [...cycle.slice(0, MAX_SHOWN - 2), '…', ...cycle.slice(-1)];
  const path = `\`${[...shown, cycle[0]].join(' → ')}\``;
  if (cycle.length <= MAX_SHOWN) return path;
  return t(noun === 'roles' ? 'word.cycleOfRoles' : 'word.cycleOfDepartments', { path, count: cycle.length });
}
