import type { Chart, Mark } from '../report.js';

/** Node styles per mark; GitHub renders classDef. */
const CLASSES: Partial<Record<Mark, string>> = {
  error: 'stroke:#cf222e,stroke-width:2px',
  warning: 'stroke:#bf8700,stroke-width:2px',
  invalid: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3',
  missing: 'stroke:#8c959f,stroke-dasharray:3 3,color:#57606a',
  muted: 'stroke:#8c959f,color:#57606a',
  strong: 'stroke-width:3px',
};

/**
 * A Mermaid `flowchart` GitHub renders. Node names are generated (`n1`, `n2`, …) so no id can
 * clash with Mermaid keywords; labels are quoted, and the characters Mermaid would read as
 * syntax or markup are written as entity codes.
 */
export function renderMermaid(chart: Chart): string {
  const names = new Map(chart.nodes.map((node, i) => [node.id, `n${i + 1}`]));
  const lines = [`flowchart ${chart.direction}`];
  for (const node of chart.nodes) lines.push(`  ${names.get(node.id)}["${node.lines.map(escapeLabel).join('<br/>')}"]`);
  for (const edge of chart.edges) {
    const from = names.get(edge.from);
    const to = names.get(edge.to);
    if (from === undefined || to === undefined) continue;
    lines.push(edge.label ? `  ${from} -->|"${escapeLabel(edge.label)}"| ${to}` : `  ${from} --> ${to}`);
  }
  const marks = [
    ...new Set(chart.nodes.map((node) => node.mark).filter((mark): mark is Mark => mark !== undefined)),
  ].sort();
  for (const mark of marks) {
    lines.push(`  classDef ${mark} ${CLASSES[mark]}`);
    lines.push(
      `  class ${chart.nodes
        .filter((node) => node.mark === mark)
        .map((node) => names.get(node.id))
        .join(',')} ${mark}`,
    );
  }
  return lines.join('\n');
}

/** Entity codes for the characters that end a quoted label or start markup; line breaks become `<br/>`. */
export function escapeLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#38;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\r?\n/g, '<br/>');
}
