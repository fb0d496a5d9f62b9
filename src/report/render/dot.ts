import type { Chart, Mark } from '../report.js';

const STYLES: Partial<Record<Mark, string>> = {
  error: 'color="#cf222e", penwidth=2',
  warning: 'color="#bf8700", penwidth=2',
  invalid: 'color="#cf222e", style="rounded,dashed", penwidth=2',
  missing: 'color="#8c959f", fontcolor="#57606a", style="rounded,dotted"',
  muted: 'color="#8c959f", fontcolor="#57606a"',
  strong: 'penwidth=3',
};

/** A Graphviz digraph of the chart: node names are the chart's ids, quoted; labels keep their lines. */
export function renderDot(chart: Chart, title: string): string {
  const lines = [
    `digraph ${quote(title)} {`,
    `  graph [rankdir=${chart.direction === 'LR' ? 'LR' : 'TB'}, charset="UTF-8", fontname="sans-serif"];`,
    '  node [shape=box, style=rounded, fontname="sans-serif"];',
    '  edge [fontname="sans-serif", fontsize=10];',
  ];
  const known = new Set(chart.nodes.map((node) => node.id));
  for (const node of chart.nodes) {
    const style = node.mark ? STYLES[node.mark] : undefined;
    lines.push(`  ${quote(node.id)} [label=${quote(node.lines.join('\n'))}${style ? `, ${style}` : ''}];`);
  }
  for (const edge of chart.edges) {
    if (!known.has(edge.from) || !known.has(edge.to)) continue;
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)}${edge.label ? ` [label=${quote(edge.label)}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A DOT quoted string: backslashes and quotes escaped, line breaks as `\n` (centred lines). */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
