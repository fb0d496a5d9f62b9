import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { t } from '../../i18n/t.js';
import { displayWidth } from '../../text/display-width.js';
import type { Chart, ChartEdge, ChartNode } from '../report.js';

/** The words of the legend. */
export interface SvgLabels {
  reports: string;
  career: string;
}

/** The legend in the chosen language. */
function legendLabels(): SvgLabels {
  return { reports: t('report.chart.reports'), career: t('report.chart.career') };
}

const BOX_WIDTH = 128;
const GAP_X = 14;
const GAP_Y = 36;
const PADDING = 7;
const TITLE_SIZE = 12;
const TITLE_LINE = 15;
const DETAIL_SIZE = 10.5;
const DETAIL_LINE = 13;
/** Leaves under one box go into columns of at most this many, so a wide level folds into rows. */
const STACK_ROWS = 5;
const STACK_INDENT = 12;
const MARGIN = 16;
const LEGEND_HEIGHT = 28;
const FONT = `'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`;
/** Fill and stroke per department, in order of first appearance. */
const PALETTE: Array<[fill: string, stroke: string]> = [
  ['#e8f1fb', '#3b78c2'],
  ['#eaf6ec', '#3f8f4f'],
  ['#fdf1e4', '#c07a26'],
  ['#f3ecfa', '#7d55b5'],
  ['#e6f5f5', '#2c8c8c'],
  ['#fbeaea', '#b84a4a'],
  ['#f4f1e3', '#8a7a2a'],
  ['#eef0f3', '#5a6472'],
];

/** A node of the layout tree: one box, a column stack of leaf boxes, or the invisible root. */
interface Item {
  node?: ChartNode;
  stack?: ChartNode[];
  children: Item[];
  width: number;
  height: number;
  /** The edge that put it under its parent (career steps are drawn dashed). */
  via?: ChartEdge;
}

/** A placed box: what the reader sees and what the overlap test measures. */
interface Placed {
  node: ChartNode;
  x: number;
  y: number;
}

/**
 * A top-down organisation chart as one standalone SVG: boxes with title and details, coloured and
 * listed by group (department), reporting lines as elbows, wide levels of leaves folded into
 * columns, career steps as dashed arrows that never move a box. Laid out with d3-hierarchy's tidy
 * tree; the superior is always above the role. Linear in the chart's size apart from the layout.
 */
export function renderSvg(chart: Chart, title = '', labels: SvgLabels = legendLabels()): string {
  const byId = new Map<string, ChartNode>();
  for (const node of chart.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const texts = new Map([...byId.values()].map((node) => [node.id, boxLines(node)]));
  let boxHeight = TITLE_LINE + 2 * PADDING;
  for (const lines of texts.values())
    boxHeight = Math.max(boxHeight, 2 * PADDING + lines.title.length * TITLE_LINE + lines.details.length * DETAIL_LINE);

  // The tree: reporting lines first, then career steps (senior above junior), each node under one parent, no loops.
  const parent = new Map<string, { id: string; edge: ChartEdge }>();
  const root = new Map<string, string>();
  const findRoot = (id: string): string => {
    let at = id;
    while (root.has(at) && root.get(at) !== at) at = root.get(at)!;
    // Path compression keeps repeated look-ups near constant.
    for (let step = id; root.has(step) && root.get(step) !== at;) {
      const next = root.get(step)!;
      root.set(step, at);
      step = next;
    }
    return at;
  };
  const ordered = [
    ...chart.edges.filter((edge) => edge.kind !== 'career'),
    ...chart.edges.filter((edge) => edge.kind === 'career'),
  ];
  const treeEdges = new Set<ChartEdge>();
  for (const edge of ordered) {
    const [upper, lower] = edge.kind === 'career' ? [edge.to, edge.from] : [edge.from, edge.to];
    if (!byId.has(upper) || !byId.has(lower) || upper === lower || parent.has(lower)) continue;
    if (findRoot(upper) === lower) continue;
    parent.set(lower, { id: upper, edge });
    root.set(lower, findRoot(upper));
    treeEdges.add(edge);
  }
  const childrenOf = new Map<string, ChartNode[]>();
  for (const node of byId.values()) {
    const up = parent.get(node.id);
    if (!up) continue;
    const list = childrenOf.get(up.id);
    if (list) list.push(node);
    else childrenOf.set(up.id, [node]);
  }

  const build = (node: ChartNode): Item => {
    const item: Item = { node, children: [], width: BOX_WIDTH, height: boxHeight };
    const via = parent.get(node.id)?.edge;
    if (via) item.via = via;
    return item;
  };
  const items = new Map<string, Item>();
  const roots: Item[] = [];
  // Iterative, parents before children, so a deep hierarchy cannot overflow the stack.
  const queue = [...byId.values()].filter((node) => !parent.has(node.id));
  for (const node of queue) {
    const item = build(node);
    items.set(node.id, item);
    roots.push(item);
  }
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- the queue grows while it is walked (breadth first)
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    const item = items.get(node.id)!;
    const kids = childrenOf.get(node.id) ?? [];
    const leaves = kids.filter((kid) => !childrenOf.has(kid.id));
    const stacked = leaves.length >= 3 ? new Set(leaves) : new Set<ChartNode>();
    for (const kid of kids) {
      if (stacked.has(kid)) continue;
      const child = build(kid);
      items.set(kid.id, child);
      item.children.push(child);
      queue.push(kid);
    }
    if (stacked.size > 0) {
      const columns = Math.ceil(stacked.size / STACK_ROWS);
      const rows = Math.ceil(stacked.size / columns);
      const width = STACK_INDENT + columns * BOX_WIDTH + (columns - 1) * GAP_X;
      const stack: Item = {
        stack: [...stacked],
        children: [],
        width,
        height: rows * boxHeight + (rows - 1) * (GAP_Y / 3),
      };
      // The stack reaches down past its own level: invisible items below it keep deeper boxes out of its way.
      let below = stack;
      for (let reach = stack.height - boxHeight; reach > 0; reach -= boxHeight + GAP_Y) {
        const filler: Item = { children: [], width, height: 0 };
        below.children.push(filler);
        below = filler;
      }
      item.children.push(stack);
    }
  }

  // A single root with many branches keeps its box on top and wraps the branches into rows below it.
  const header = roots.length === 1 && roots[0]!.children.length >= 4 ? roots[0]! : null;
  const units = (header ? header.children : roots).map((item) => layoutUnit(item, boxHeight));
  const levelHeight = boxHeight + GAP_Y;
  const rowGap = header ? GAP_Y : GAP_Y / 2;
  // Rows packed left to right; of the row widths tried, keep the one that prints largest on A4 landscape.
  const pack = (target: number) => {
    const packed: Array<{ units: typeof units; width: number; height: number }> = [];
    for (const unit of units) {
      const row = packed[packed.length - 1];
      if (row && row.width + GAP_X * 2 + unit.width <= target) {
        row.units.push(unit);
        row.width += GAP_X * 2 + unit.width;
        row.height = Math.max(row.height, unit.height);
      } else packed.push({ units: [unit], width: unit.width, height: unit.height });
    }
    return packed;
  };
  const widest = units.reduce((most, unit) => Math.max(most, unit.width), 0);
  const total = units.reduce((sum, unit) => sum + unit.width + GAP_X * 2, 0);
  let rows = pack(total);
  let best = 0;
  // At most 40 tries, so a chart with thousands of branches stays fast.
  for (let i = 0; i <= 40; i++) {
    const candidate = pack(widest + ((total - widest) * i) / 40);
    const width = candidate.reduce((most, row) => Math.max(most, row.width), 1);
    const height = candidate.reduce((sum, row) => sum + row.height + rowGap, 0);
    const scale = Math.min(277 / width, 190 / height);
    if (scale > best) {
      best = scale;
      rows = candidate;
    }
  }
  const drawingWidth = rows.reduce((most, row) => Math.max(most, row.width), 0) + (header ? STACK_INDENT : 0);

  const placed: Placed[] = [];
  const lines: string[] = [];
  const at = new Map<string, { x: number; y: number }>();
  const top = MARGIN + LEGEND_HEIGHT;
  let y = top;
  let trunkX = 0;
  let headerBottom = 0;
  if (header?.node) {
    const x = MARGIN + (drawingWidth - BOX_WIDTH) / 2;
    placed.push({ node: header.node, x, y });
    at.set(header.node.id, { x, y });
    trunkX = MARGIN + STACK_INDENT / 2;
    headerBottom = y + boxHeight;
    lines.push(edgePath(`M${x + BOX_WIDTH / 2} ${headerBottom}V${y + boxHeight + GAP_Y / 2}H${trunkX}`, false));
    y += levelHeight;
  }
  let lastBus = 0;
  for (const row of rows) {
    let x = MARGIN + (header ? STACK_INDENT : 0);
    const bus = y - rowGap / 2;
    for (const unit of row.units) {
      const offsetX = x - unit.minX;
      for (const entry of unit.entries) drawEntry(entry, offsetX, y);
      if (header) {
        const topX = unit.rootX + offsetX;
        lines.push(edgePath(`M${trunkX} ${bus}H${topX}V${y}`, unit.root.via?.kind === 'career'));
      }
      x += unit.width + GAP_X * 2;
    }
    lastBus = bus;
    y += row.height + rowGap;
  }
  if (header && rows.length > 0) lines.push(edgePath(`M${trunkX} ${top + boxHeight + GAP_Y / 2}V${lastBus}`, false));
  const maxY = y - rowGap;
  const minX = 0;
  const maxX = drawingWidth;

  /** One box or stack of a branch at its place; elbows to its parent within the branch. */
  function drawEntry(entry: HierarchyPointNode<Item>, offsetX: number, top: number): void {
    const left = entry.x - entry.data.width / 2 + offsetX;
    const y = entry.depth * levelHeight + top;
    const up = entry.parent;
    const upX = up ? up.x + offsetX : 0;
    const upBottom = y - GAP_Y;
    const middle = y - GAP_Y / 2;
    if (entry.data.node) {
      const node = entry.data.node;
      placed.push({ node, x: left, y });
      at.set(node.id, { x: left, y });
      if (up) {
        lines.push(
          edgePath(`M${upX} ${upBottom}V${middle}H${left + BOX_WIDTH / 2}V${y}`, entry.data.via?.kind === 'career'),
        );
        // A reporting line that says more (也是职业发展方向) says it beside the line into the box.
        const label = entry.data.via?.kind === 'career' ? undefined : entry.data.via?.label;
        if (label)
          lines.push(
            `<text class="edge-label" x="${left + BOX_WIDTH / 2 + 5}" y="${middle + GAP_Y / 4 + 3}">${escape(label)}</text>`,
          );
      }
    } else if (entry.data.stack) {
      const stack = entry.data.stack;
      const columns = Math.ceil(stack.length / STACK_ROWS);
      const rows = Math.ceil(stack.length / columns);
      const buses: number[] = [];
      stack.forEach((node, i) => {
        const column = Math.floor(i / rows);
        const row = i % rows;
        const x = left + STACK_INDENT + column * (BOX_WIDTH + GAP_X);
        const boxY = y + row * (boxHeight + GAP_Y / 3);
        placed.push({ node, x, y: boxY });
        at.set(node.id, { x, y: boxY });
        const bus = x - STACK_INDENT / 2 - (column === 0 ? 0 : GAP_X / 2 - STACK_INDENT / 2);
        buses[column] = bus;
        lines.push(edgePath(`M${bus} ${boxY + boxHeight / 2}H${x}`, parent.get(node.id)?.edge.kind === 'career'));
      });
      buses.forEach((bus, column) => {
        const last = Math.min(stack.length, (column + 1) * rows) - column * rows - 1;
        lines.push(edgePath(`M${bus} ${middle}V${y + last * (boxHeight + GAP_Y / 3) + boxHeight / 2}`, false));
      });
      if (up)
        lines.push(
          edgePath(`M${upX} ${upBottom}V${middle}H${buses[buses.length - 1]}M${upX} ${middle}H${buses[0]}`, false),
        );
    }
  }

  // Edges the tree did not use: career steps and second lines, as dashed curves with an arrow.
  const extra: string[] = [];
  for (const edge of chart.edges) {
    if (treeEdges.has(edge) || edge.from === edge.to) continue;
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    // From the right edge of one box to the right edge of the other, bowed outwards, clear of the elbows.
    const x1 = from.x + BOX_WIDTH;
    const y1 = from.y + boxHeight * 0.65;
    const x2 = to.x + BOX_WIDTH;
    const y2 = to.y + boxHeight * 0.35;
    const bow = Math.min(GAP_X * 2.5, 12 + Math.abs(y2 - y1) / 8);
    extra.push(
      `<path class="${edge.kind === 'career' ? 'career' : 'second'}" d="M${x1} ${y1}C${x1 + bow} ${y1} ${x2 + bow} ${y2} ${x2 + 1} ${y2}" marker-end="url(#arrow)"/>`,
    );
  }

  const groups = [...new Set([...byId.values()].map((node) => node.group).filter((group) => group !== undefined))];
  const colour = new Map(groups.map((group, i) => [group, PALETTE[i % PALETTE.length]!]));
  // Room on the right for the career arcs that bow out of the last column.
  const width = Math.max(maxX - minX + 2 * MARGIN + 2.5 * GAP_X, legendWidth(groups, labels));
  const height = maxY + MARGIN;
  const boxes = placed.map(({ node, x, y }) => {
    const [fill, stroke] = (node.group !== undefined ? colour.get(node.group) : undefined) ?? ['#f6f8fa', '#6e7781'];
    const { title: titleLines, details } = texts.get(node.id)!;
    const text = [
      ...titleLines.map(
        (line, i) =>
          `<text x="${x + BOX_WIDTH / 2}" y="${y + PADDING + TITLE_SIZE + i * TITLE_LINE - 1}" class="title">${escape(line)}</text>`,
      ),
      ...details.map(
        (line, i) =>
          `<text x="${x + BOX_WIDTH / 2}" y="${y + PADDING + titleLines.length * TITLE_LINE + DETAIL_SIZE + i * DETAIL_LINE}" class="detail">${escape(line)}</text>`,
      ),
    ];
    return `<g class="node${node.mark ? ` mark-${node.mark}` : ''}" data-id="${escape(node.id)}"><title>${escape(node.lines.join(' · '))}</title><rect x="${x}" y="${y}" width="${BOX_WIDTH}" height="${boxHeight}" rx="6" fill="${fill}" stroke="${stroke}"/>${text.join('')}</g>`;
  });
  const legend = legendItems(
    groups,
    colour,
    labels,
    extra.some((path) => path.includes('class="career"')),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" class="org-chart" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" role="img" aria-label="${escape(title)}">
<style>
.org-chart text { font-family: ${FONT}; fill: #1f2328; text-anchor: middle; }
.org-chart .title { font-size: ${TITLE_SIZE}px; font-weight: 600; }
.org-chart .detail { font-size: ${DETAIL_SIZE}px; fill: #59636e; }
.org-chart .legend text { text-anchor: start; font-size: 11px; fill: #59636e; }
.org-chart .line { fill: none; stroke: #8c959f; stroke-width: 1.2; }
.org-chart .edge-label { text-anchor: start; font-size: 10px; fill: #cf6a00; }
.org-chart .line.career, .org-chart path.career { fill: none; stroke: #cf6a00; stroke-width: 1.3; stroke-dasharray: 5 3; }
.org-chart path.second { fill: none; stroke: #8c959f; stroke-width: 1.2; stroke-dasharray: 2 3; }
.org-chart rect { stroke-width: 1.4; }
.org-chart .mark-invalid rect, .org-chart .mark-error rect { stroke: #cf222e; stroke-dasharray: 4 2; stroke-width: 2; }
.org-chart .mark-warning rect { stroke: #9a6700; }
.org-chart .mark-missing rect { stroke-dasharray: 2 2; fill: #fff; }
.org-chart .mark-muted { opacity: .55; }
.org-chart .mark-strong rect { stroke-width: 3; }
</style>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#cf6a00"/></marker></defs>
${legend}
${lines.join('\n')}
${boxes.join('\n')}
${extra.join('\n')}
</svg>
`;
}

/** One branch laid out as a tidy tree: its boxes and stacks, its width, its height, where its root sits. */
function layoutUnit(item: Item, boxHeight: number) {
  const laid = tree<Item>()
    .nodeSize([1, boxHeight + GAP_Y])
    .separation((a, b) => (a.data.width + b.data.width) / 2 + GAP_X)(hierarchy(item, (entry) => entry.children));
  const entries = laid.descendants();
  let minX = Infinity;
  let maxX = -Infinity;
  let height = 0;
  for (const entry of entries) {
    minX = Math.min(minX, entry.x - entry.data.width / 2);
    maxX = Math.max(maxX, entry.x + entry.data.width / 2);
    height = Math.max(height, entry.depth * (boxHeight + GAP_Y) + entry.data.height);
  }
  return { root: item, entries, minX, width: maxX - minX, height, rootX: laid.x };
}

function edgePath(d: string, career: boolean): string {
  return `<path class="line${career ? ' career' : ''}" d="${d}"/>`;
}

/** The node's title wrapped to the box (at most three lines, by display width) and its details. */
function boxLines(node: ChartNode): { title: string[]; details: string[] } {
  const [title = '', ...details] = node.lines;
  const room = Math.floor((BOX_WIDTH - 2 * PADDING) / (TITLE_SIZE / 2));
  const wrapped = wrap(title, room);
  const shown = wrapped.length > 3 ? [...wrapped.slice(0, 2), ellipsis(wrapped.slice(2).join(''), room)] : wrapped;
  const detailRoom = Math.floor((BOX_WIDTH - 2 * PADDING) / (DETAIL_SIZE / 2));
  return { title: shown, details: details.map((detail) => ellipsis(detail, detailRoom)) };
}

/** Greedy by display width: Chinese breaks between any two characters, other text at spaces where it can. */
function wrap(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (displayWidth(line + char) > room) {
      const space = line.lastIndexOf(' ');
      if (space > 0 && !/[\u3000-\u9fff]/.test(char)) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1);
      } else {
        lines.push(line);
        line = '';
      }
    }
    line += char;
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimStart());
  return lines;
}

function ellipsis(text: string, room: number): string {
  if (displayWidth(text) <= room) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > room - 1) break;
    out += char;
  }
  return `${out}…`;
}

function legendWidth(groups: ReadonlyArray<string | undefined>, labels: SvgLabels): number {
  return (
    2 * MARGIN +
    groups.reduce((sum, group) => sum + 26 + displayWidth(group ?? '') * 6 + 8, 0) +
    2 * (40 + displayWidth(labels.reports) * 6 + 12)
  );
}

function legendItems(
  groups: ReadonlyArray<string | undefined>,
  colour: ReadonlyMap<string | undefined, [string, string]>,
  labels: SvgLabels,
  careers: boolean,
): string {
  const parts: string[] = [];
  let x = MARGIN;
  const y = MARGIN;
  for (const group of groups) {
    const [fill, stroke] = colour.get(group)!;
    parts.push(`<rect x="${x}" y="${y}" width="16" height="11" rx="2" fill="${fill}" stroke="${stroke}"/>`);
    parts.push(`<text x="${x + 21}" y="${y + 10}">${escape(group ?? '')}</text>`);
    x += 26 + displayWidth(group ?? '') * 6 + 8;
  }
  parts.push(
    `<path class="line" d="M${x} ${y + 6}H${x + 26}"/><text x="${x + 31}" y="${y + 10}">${escape(labels.reports)}</text>`,
  );
  x += 40 + displayWidth(labels.reports) * 6 + 12;
  if (careers)
    parts.push(
      `<path class="career" d="M${x} ${y + 6}H${x + 26}" marker-end="url(#arrow)"/><text x="${x + 31}" y="${y + 10}">${escape(labels.career)}</text>`,
    );
  return `<g class="legend">${parts.join('')}</g>`;
}

function round(value: number): number {
  return Math.ceil(value);
}

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
