import { compareStrings } from '../diagnostics/diagnostic.js';
import { displayWidth, padEnd, padStart } from '../text/display-width.js';
import { describeCycle, findCycles } from '../graph/find-cycles.js';
import type { Graph, RoleNode } from '../graph/graph.js';
import { reportingTree, type TreeOptions, type TreeRow } from '../graph/reporting-tree.js';

const HEADER = ['title', 'id', 'job_level', 'headcount'] as const;

/**
 * The reporting hierarchy as an aligned table drawn with ├─ └─ │ (widths measured in terminal
 * cells, so Chinese titles line up), then the roles no root reaches because of a reporting cycle.
 * JSON is flat rows with their depth, so ten thousand levels never nest ten thousand deep, and
 * lists each cycle once, by index.
 */
export function formatTree(graph: Graph, options: TreeOptions, format: 'stylish' | 'json'): string {
  const rows = reportingTree(graph, options);
  const unreachable = options.root === undefined ? findUnreachable(graph) : [];
  if (format === 'json') {
    const role = (node: RoleNode) => ({
      id: node.id,
      title: node.role.title,
      job_level: node.role.job_level,
      headcount: node.role.headcount ?? null,
      reports_to: node.role.reports_to ?? null,
    });
    const cycles = [...new Set(unreachable.map((lost) => lost.cycle))];
    const cycleIndex = new Map(cycles.map((cycle, i) => [cycle, i]));
    const output = {
      rows: rows.map((row) => ({ ...role(row.node), depth: row.depth })),
      unreachable: unreachable.map(({ node, onCycle, cycle }) => ({
        ...role(node),
        onCycle,
        cycle: cycleIndex.get(cycle)!,
      })),
      cycles,
    };
    return `${JSON.stringify(output, null, 2)}\n`;
  }
  if (rows.length === 0 && unreachable.length === 0) return 'No roles\n';
  const cells = (node: RoleNode, title: string) => [
    title,
    node.id,
    node.role.job_level,
    node.role.headcount === undefined ? '-' : String(node.role.headcount),
  ];
  const table = rows.map((row) => cells(row.node, branches(row) + row.node.role.title));
  const lost = unreachable.map(({ node, onCycle }) => cells(node, `${onCycle ? '⟳' : '↳'} ${node.role.title}`));
  const widths = HEADER.map((heading, i) =>
    Math.max(displayWidth(heading), ...[...table, ...lost].map((cell) => displayWidth(cell[i]!))),
  );
  const line = (cell: readonly string[], note = '') =>
    `${cell
      .slice(0, 3)
      .map((text, i) => padEnd(text, widths[i]!))
      .join('  ')}  ${padStart(cell[3]!, widths[3]!)}${note ? `  ${note}` : ''}`.trimEnd();
  const out = [line(HEADER), ...table.map((cell) => line(cell))];
  if (lost.length > 0) {
    out.push('', 'Not reachable from any root (⟳ on a reporting cycle, ↳ below one):');
    lost.forEach((cell, i) => {
      const { onCycle, cycle } = unreachable[i]!;
      out.push(line(cell, `${onCycle ? 'in' : 'below'} ${describeCycle(cycle, 'roles')}`));
    });
  }
  return `${out.join('\n')}\n`;
}

/** `│  ` or three spaces for each ancestor below the root, then `├─ ` or `└─ `. */
function branches(row: TreeRow): string {
  if (row.depth === 0) return '';
  const lines = row.ancestorsLast.slice(1).map((last) => (last ? '   ' : '│  '));
  return `${lines.join('')}${row.last ? '└─ ' : '├─ '}`;
}

interface Unreachable {
  node: RoleNode;
  onCycle: boolean;
  cycle: string[];
}

/** Roles whose reporting line loops (on a cycle, or below one), by id. */
function findUnreachable(graph: Graph): Unreachable[] {
  const next = new Map<string, string>();
  for (const node of graph.roles.values()) {
    if (node.role.reports_to !== undefined && graph.roles.has(node.role.reports_to))
      next.set(node.id, node.role.reports_to);
  }
  const { cycles, fates } = findCycles(next);
  const lost: Unreachable[] = [];
  for (const [id, fate] of fates) {
    if (fate.kind === 'ends') continue;
    lost.push({ node: graph.roles.get(id)!, onCycle: fate.kind === 'cycle', cycle: cycles[fate.cycle]! });
  }
  return lost.sort((a, b) => compareStrings(a.node.id, b.node.id));
}
