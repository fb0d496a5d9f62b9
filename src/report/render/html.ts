import type { Block, Cell, Chart, ChartNode, Report } from '../report.js';

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa; --accent: #0969da;
  --error: #cf222e; --warning: #9a6700; --invalid: #8250df; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB",
  "Microsoft YaHei", "Noto Sans SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 1.7em; margin: 0 0 .6em; padding-bottom: .3em; border-bottom: 2px solid var(--line); }
h2 { font-size: 1.25em; margin: 1.6em 0 .6em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
p.note { margin: .6em 0; }
code { font: .9em/1 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--head); padding: .1em .3em; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .93em; }
th, td { border: 1px solid var(--line); padding: .35em .6em; text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; }
td.right, th.right { text-align: right; font-variant-numeric: tabular-nums; }
tr.group th { background: #eef3f8; text-align: left; }
tr.total td { font-weight: 600; background: var(--head); }
.branch { display: flex; }
.tree { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre; color: var(--muted); }
.mark-error { color: var(--error); }
.mark-warning { color: var(--warning); }
.mark-invalid { color: var(--invalid); font-weight: 600; }
.mark-missing, .mark-muted { color: var(--muted); font-style: italic; }
.mark-strong { font-weight: 600; }
.section { white-space: pre-wrap; margin: 0 0 .8em; padding: .4em .8em; border-left: 3px solid var(--line); }
.chart { margin: .6em 0 1.2em; }
.org, .org ul { list-style: none; margin: 0; padding: 0; }
.org ul { margin-left: 1.1em; }
.org li { position: relative; padding: .3em 0 .3em 1.4em; }
.org li::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; border-left: 2px solid #afb8c1; }
.org li:last-child::before { bottom: auto; height: 1.45em; }
.org li::after { content: ""; position: absolute; left: 0; top: 1.45em; width: 1.2em; border-top: 2px solid #afb8c1; }
.org > li { padding-left: 0; }
.org > li::before, .org > li::after { display: none; }
.node { display: inline-block; min-width: 9em; padding: .35em .75em; border: 1.5px solid #6e7781; border-radius: 8px; background: #f6f8fa; }
.node .name { font-weight: 600; }
.node .detail { display: block; color: var(--muted); font-size: .85em; }
.node .via { display: block; color: var(--accent); font-size: .8em; }
.node.mark-error { border-color: var(--error); }
.node.mark-warning { border-color: var(--warning); }
.node.mark-invalid { border: 2px dashed var(--error); color: var(--ink); font-weight: normal; }
.node.mark-missing { border-style: dotted; background: #fff; }
.node.mark-muted { opacity: .65; }
.node.mark-strong { border-width: 3px; border-color: var(--accent); font-style: normal; }
@page { margin: 14mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; }
  tr, .node, .section { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

/** One self-contained page: inline CSS (with print rules), tables, and charts as nested lists; no script, no network. */
export function renderHtml(report: Report): string {
  const body = report.blocks.map(renderBlock).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(report.title)} · roles report</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(report.title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2>${escape(block.text)}</h2>`;
    case 'note':
      return `<p class="note${block.mark ? ` mark-${block.mark}` : ''}">${code(block.text)}</p>`;
    case 'text':
      return `<h3>${escape(block.heading)}</h3>\n<div class="section">${escape(block.text)}</div>`;
    case 'chart':
      return `<h2>${escape(block.title)}</h2>\n<div class="chart">\n${renderOrgChart(block.chart)}\n</div>`;
    case 'table': {
      const align = (i: number) => (block.columns[i]?.align === 'right' ? ' class="right"' : '');
      const head = `<thead><tr>${block.columns.map((column, i) => `<th${align(i)}>${escape(column.header)}</th>`).join('')}</tr></thead>`;
      const rows = block.rows.map((row) => {
        if ('group' in row)
          return `<tr class="group"><th colspan="${block.columns.length}">${cell(row.group)}</th></tr>`;
        return `<tr${row.total ? ' class="total"' : ''}>${row.cells.map((c, i) => `<td${align(i)}>${cell(c)}</td>`).join('')}</tr>`;
      });
      return `<table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

/** A cell's text; behind tree glyphs, its lines stay aligned with the first. */
function cell(value: Cell): string {
  const text = code(value.text).replace(/\n/g, '<br>');
  const marked = value.mark ? `<span class="mark-${value.mark}">${text}</span>` : text;
  return value.tree
    ? `<div class="branch"><span class="tree">${escape(value.tree)}</span><span>${marked}</span></div>`
    : marked;
}

/**
 * The chart as nested lists with CSS connectors: each node under the first edge that reaches it,
 * nodes nothing reaches (or only a loop reaches) as roots, in the chart's order.
 */
function renderOrgChart(chart: Chart): string {
  const byId = new Map(chart.nodes.map((node) => [node.id, node]));
  const children = new Map<string, Array<{ node: ChartNode; label?: string }>>();
  const reached = new Set<string>();
  for (const edge of chart.edges) {
    const child = byId.get(edge.to);
    if (!child || !byId.has(edge.from) || reached.has(edge.to) || edge.from === edge.to) continue;
    reached.add(edge.to);
    children.set(edge.from, [
      ...(children.get(edge.from) ?? []),
      { node: child, ...(edge.label ? { label: edge.label } : {}) },
    ]);
  }
  const placed = new Set<string>();
  // Iterative, so a ten-thousand-level hierarchy cannot overflow the stack.
  const render = (root: ChartNode): string => {
    const out: string[] = [];
    const stack: Array<{ item: { node: ChartNode; label?: string }; close: false } | { close: true }> = [
      { item: { node: root }, close: false },
    ];
    while (stack.length > 0) {
      const top = stack.pop()!;
      if (top.close) {
        out.push('</ul></li>');
        continue;
      }
      const { node, label } = top.item;
      if (placed.has(node.id)) continue;
      placed.add(node.id);
      const kids = (children.get(node.id) ?? []).filter((kid) => !placed.has(kid.node.id));
      out.push(`<li>${box(node, label)}${kids.length > 0 ? '<ul>' : '</li>'}`);
      if (kids.length > 0) {
        stack.push({ close: true });
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ item: kids[i]!, close: false });
      }
    }
    return out.join('\n');
  };
  const roots = chart.nodes.filter((node) => !reached.has(node.id));
  const items = roots.map(render);
  for (const node of chart.nodes) if (!placed.has(node.id)) items.push(render(node));
  return `<ul class="org">\n${items.join('\n')}\n</ul>`;
}

function box(node: ChartNode, via: string | undefined): string {
  const [name = '', ...details] = node.lines;
  return `<span class="node${node.mark ? ` mark-${node.mark}` : ''}">${via ? `<span class="via">↑ ${escape(via)}</span>` : ''}<span class="name">${escape(name)}</span>${details.map((detail) => `<span class="detail">${escape(detail)}</span>`).join('')}</span>`;
}

/** Messages and notes quote values in backticks; they become code. */
function code(text: string): string {
  return escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
