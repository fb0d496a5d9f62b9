import { compareStrings } from '../diagnostics/diagnostic.js';
import { t } from '../i18n/t.js';
import { displayWidth, padEnd, padStart } from '../text/display-width.js';
import { wrapText } from '../text/wrap-text.js';
import { describeCycle, findCycles } from '../graph/find-cycles.js';
import type { Graph, RoleNode } from '../graph/graph.js';
import { reportingTree, type TreeOptions, type TreeRow } from '../graph/reporting-tree.js';
import { showControls } from '../text/show-controls.js';

/** However narrow the terminal, a title keeps room for this many columns (three Chinese characters). */
const MIN_TITLE = 6;

/**
 * The reporting hierarchy as an aligned table drawn with ├─ └─ │ (widths measured in terminal
 * cells, so Chinese titles line up) that fits `columns`, titles wrapping under themselves, then the
 * roles no root reaches because of a reporting cycle.
 * JSON is flat rows with their depth, so ten thousand levels never nest ten thousand deep, and
 * lists each cycle once, by index.
 */
export function formatTree(graph: Graph, options: TreeOptions, format: 'stylish' | 'json', columns = 80): string {
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
  if (rows.length === 0 && unreachable.length === 0) return `${t('format.tree.noRoles')}\n`;
  const header = [t('format.tree.title'), t('format.tree.id'), t('format.tree.level'), t('format.tree.headcount')];
  const cells = (node: RoleNode, branch: string, title: string): Line => ({
    branch,
    cells: [
      title,
      node.id,
      node.role.job_level,
      node.role.headcount === undefined ? t('word.missing') : String(node.role.headcount),
    ],
  });
  // Titles come from the files: their control characters are shown, never sent to the terminal.
  const table = rows.map((row) => cells(row.node, branches(row), showControls(row.node.role.title)));
  const lost = unreachable.map(({ node, onCycle }) =>
    cells(node, onCycle ? '⟳ ' : '↳ ', showControls(node.role.title)),
  );
  const all = [...table, ...lost];
  const natural = header.map((heading, i) =>
    all.reduce(
      (widest, line) => Math.max(widest, (i === 0 ? displayWidth(line.branch) : 0) + displayWidth(line.cells[i]!)),
      displayWidth(heading),
    ),
  );
  // Only the title column gives way: ids, levels and numbers stay whole; titles wrap under themselves.
  const others = natural.slice(1).reduce((sum, width) => sum + width, 0) + 2 * (header.length - 1);
  const deepest = all.reduce((widest, line) => Math.max(widest, displayWidth(line.branch)), 0);
  const titleWidth = Math.max(Math.min(natural[0]!, columns - others), deepest + MIN_TITLE);
  const widths = [titleWidth, ...natural.slice(1)];
  const render = (line: Line): string[] => {
    const title = wrapText(line.cells[0]!, titleWidth - displayWidth(line.branch));
    const continuation = line.branch.replace(/├─ $/, '│  ').replace(/(└─|⟳|↳) $/, '   ');
    return title.map((text, k) => {
      const first = `${k === 0 ? line.branch : continuation}${text}`;
      if (k > 0) return first.trimEnd();
      return `${[first, ...line.cells.slice(1, 3)].map((cell, i) => padEnd(cell, widths[i]!)).join('  ')}  ${padStart(line.cells[3]!, widths[3]!)}`.trimEnd();
    });
  };
  const out = [...render({ branch: '', cells: [...header] }), ...table.flatMap(render)];
  if (lost.length > 0) {
    out.push('', ...wrapText(t('format.tree.unreachable'), columns));
    lost.forEach((line, i) => {
      const { onCycle, cycle } = unreachable[i]!;
      out.push(
        ...render(line),
        ...wrapText(
          t(onCycle ? 'format.tree.onCycle' : 'format.tree.belowCycle', { cycle: describeCycle(cycle, 'roles') }),
          columns - 3,
        ).map((text) => `   ${text}`),
      );
    });
  }
  return `${out.join('\n')}\n`;
}

/** A row of the tree: the branch glyphs before the title, then title, id, level and headcount. */
interface Line {
  branch: string;
  cells: string[];
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
