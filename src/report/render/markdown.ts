import type { Block, Cell, Report } from '../report.js';
import { formAsTable } from './form-table.js';
import { renderMermaid } from './mermaid.js';
import { showControlsDeep } from '../../text/show-controls.js';

/** GitHub-flavoured Markdown: tables, the role sections as written, charts as Mermaid diagrams. */
export function renderMarkdown(raw: Pick<Report, 'title' | 'blocks'>): string {
  // Text from the files: a lone CR or a control character is shown, so it cannot end a table row or start a heading.
  const report = showControlsDeep(raw);
  // A form and a cover carry their own title.
  const first = report.blocks[0]?.kind;
  const out = first === 'form' || first === 'cover' ? [] : [`# ${inline(report.title)}`];
  for (const block of report.blocks) out.push(renderBlock(block));
  return `${out.filter((part) => part !== '').join('\n\n')}\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `## ${inline(block.text)}`;
    case 'form':
      return `# ${inline(block.form.title)} ${inline(block.form.kind)}\n\n${renderBlock(formAsTable(block.form))}`;
    case 'page':
      return '';
    case 'cover':
      return [`# ${inline(block.title)} ${inline(block.subtitle)}`, ...block.lines.map(inline)].join('\n\n');
    case 'contents':
      return [
        `## ${inline(block.title)}`,
        block.entries.map((entry) => `${'  '.repeat(entry.depth)}- [${inline(entry.text)}](#${entry.id})`).join('\n'),
      ].join('\n\n');
    case 'note':
      return inline(block.text);
    case 'text':
      return `### ${inline(block.heading)}\n\n${block.text}`;
    case 'chart':
      return `${block.title ? `## ${inline(block.title)}\n\n` : ''}\`\`\`mermaid\n${renderMermaid(block.chart)}\n\`\`\``;
    case 'table': {
      const header = `| ${block.columns.map((column) => inline(column.header)).join(' | ')} |`;
      const rule = `| ${block.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`;
      const rows = block.rows.map((row) => {
        if ('group' in row)
          return `| ${[cell({ ...row.group, mark: 'strong' }), ...block.columns.slice(1).map(() => '')].join(' | ')} |`;
        return `| ${row.cells.map((c) => cell(row.total ? { ...c, mark: 'strong' } : c)).join(' | ')} |`;
      });
      return [header, rule, ...rows].join('\n');
    }
  }
}

/** A table cell: tree glyphs with non-breaking spaces (Markdown collapses spaces), line breaks as `<br>`. */
function cell(value: Cell): string {
  const text = value.text === '' ? '' : inline(value.text).replace(/\n/g, '<br>');
  const marked =
    text && (value.mark === 'muted' || value.mark === 'missing')
      ? `*${text}*`
      : text && value.mark === 'strong'
        ? `**${text}**`
        : text;
  return `${(value.tree ?? '').replace(/ /g, '\u00a0')}${marked}`;
}

/**
 * Text as Markdown shows it: HTML, emphasis and table syntax escaped, a line feed as `<br>` (so no
 * text can end a table row or start a heading, a list or a new block). Values quoted in
 * backticks, as messages quote them, stay code spans (where only the table's `|` needs escaping).
 */
function inline(text: string): string {
  return escapeInline(text).replace(/\n/g, '<br>');
}

function escapeInline(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece.replace(/\|/g, '\\|')
        : piece
            .replace(/\\/g, '\\\\')
            .replace(/\|/g, '\\|')
            .replace(/</g, '&lt;')
            .replace(/[*[\]`]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (match) => `\\${match}`),
    )
    .join('');
}
