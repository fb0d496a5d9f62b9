import { getLocale } from '../../i18n/locale.js';
import type { Block, Cell, Report } from '../report.js';
import { FORM_STYLE, renderFormHtml } from './form-html.js';
import { renderSvg } from './svg.js';

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
/* A short label (类型, 副经理) is never squeezed to a character a line beside a long text: room for three. */
th, td { min-width: 4.5em; }
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
.chart svg { max-width: 100%; height: auto; }
.page-break { height: 0; }
.cover { text-align: center; padding: 28vh 0 0; }
.cover h1 { border: none; font-size: 2.2em; margin-bottom: .2em; }
.cover .subtitle { font-size: 1.6em; margin: 0 0 3em; }
.cover p { margin: .3em 0; color: var(--muted); }
nav.contents ol { list-style: none; padding-left: 0; }
nav.contents ol ol { padding-left: 1.6em; }
nav.contents li { margin: .2em 0; }
nav.contents a { color: var(--ink); text-decoration: none; }
.landscape .chart svg { max-height: 170mm; }
@page { size: A4 portrait; margin: 12mm 12mm 14mm; }
@page landscape { size: A4 landscape; margin: 10mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; }
  .page-break { break-before: page; }
  .landscape { page: landscape; }
  .cover { padding-top: 35%; }
  tr, .node, .section { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

/** One self-contained page: inline CSS (with print rules), tables, and charts as nested lists; no script, no network. */
export function renderHtml(report: Report): string {
  const body = renderBlocks(report.blocks);
  // A form and a cover carry their own title.
  const first = report.blocks[0]?.kind;
  const heading = first === 'form' || first === 'cover' ? '' : `<h1>${escape(report.title)}</h1>\n`;
  return `<!DOCTYPE html>
<html lang="${getLocale()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(report.title)} · roles report</title>
<style>${STYLE}${report.blocks.some((block) => block.kind === 'form') ? FORM_STYLE : ''}</style>
</head>
<body>
<main>
${heading}${body}
</main>
</body>
</html>
`;
}

/** Blocks in order; a chart after a page break prints on a landscape page of its own. */
function renderBlocks(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const after = blocks[i + 2];
    if (block.kind === 'page' && next?.kind === 'heading' && after?.kind === 'chart') {
      out.push(`<section class="landscape">\n${renderBlock(next)}\n${renderBlock(after)}\n</section>`);
      i += 2;
      continue;
    }
    out.push(renderBlock(block));
  }
  return out.join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2${block.id ? ` id="${escape(block.id)}"` : ''}>${escape(block.text)}</h2>`;
    case 'form':
      return renderFormHtml(block.form, block.form.inferredMark);
    case 'page':
      return '<div class="page-break"></div>';
    case 'cover':
      return `<section class="cover"><h1>${escape(block.title)}</h1><p class="subtitle">${escape(block.subtitle)}</p>${block.lines.map((line) => `<p>${escape(line)}</p>`).join('')}</section>`;
    case 'contents':
      return `<nav class="contents"><h2>${escape(block.title)}</h2>${contentsList(block.entries)}</nav>`;
    case 'note':
      return `<p class="note${block.mark ? ` mark-${block.mark}` : ''}">${code(block.text)}</p>`;
    case 'text':
      return `<h3>${escape(block.heading)}</h3>\n<div class="section">${escape(block.text)}</div>`;
    case 'chart':
      return `${block.title ? `<h2>${escape(block.title)}</h2>\n` : ''}<div class="chart">\n${inlineSvg(renderSvg(block.chart, block.title))}</div>`;
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

/** Inside HTML an SVG needs no namespace, and the page names no address at all. */
function inlineSvg(svg: string): string {
  return svg.replace(' xmlns="http://www.w3.org/2000/svg"', '');
}

/** Contents as nested lists: departments, and the roles under each. */
function contentsList(entries: ReadonlyArray<{ text: string; id: string; depth: number }>): string {
  const out: string[] = ['<ol>'];
  let depth = 0;
  for (const entry of entries) {
    while (depth < entry.depth) {
      out.push('<ol>');
      depth++;
    }
    while (depth > entry.depth) {
      out.push('</ol>');
      depth--;
    }
    out.push(`<li><a href="#${escape(entry.id)}">${escape(entry.text)}</a></li>`);
  }
  while (depth-- > 0) out.push('</ol>');
  out.push('</ol>');
  return out.join('\n');
}

/** Messages and notes quote values in backticks; they become code. */
function code(text: string): string {
  return escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
