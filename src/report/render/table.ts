import { Chalk, type ChalkInstance } from 'chalk';
import CliTable from 'cli-table3';
import { displayWidth } from '../../text/display-width.js';
import type { Block, Cell, Column, Mark, Report } from '../report.js';
import { fitColumns } from './fit-columns.js';
import { BREAK_AFTER, wrapText } from '../../text/wrap-text.js';

/** What the terminal format needs to know about the terminal. */
export interface TableContext {
  color: boolean;
  /** The width to fit, in display columns. */
  columns: number;
}

/** A column never shrinks below this, nor below its header's longest word, so headers stay readable. */
const MIN_COLUMN = 4;
/** One Chinese character: no column is narrower, however narrow the terminal. */
const NARROWEST = 2;
/** Words up to this wide (numbers, ids between hyphens, short Chinese names) are kept whole when columns shrink. */
const KEEP_WHOLE = 12;

/**
 * For a terminal: boxed tables (cli-table3) fitted to the width, Chinese text wrapped by display
 * width before cli-table3 sees it (its own wrapping cuts wide characters), colour only when asked.
 * Charts are left out: the tables hold the same facts.
 */
export function renderTable(report: Report, context: TableContext): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [chalk.bold(report.title), ''];
  for (const block of report.blocks) {
    const rendered = renderBlock(block, context, chalk);
    if (rendered !== undefined) out.push(rendered, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderBlock(block: Block, context: TableContext, chalk: ChalkInstance): string | undefined {
  switch (block.kind) {
    case 'heading':
      return chalk.bold(block.text);
    case 'note':
      return wrapText(block.text, context.columns)
        .map((line) => paint(line, block.mark, chalk))
        .join('\n');
    case 'text':
      return [
        chalk.bold(block.heading),
        ...wrapText(block.text, context.columns - 2).map((line) => (line ? `  ${line}` : '')),
      ].join('\n');
    case 'table':
      return renderGrid(block.columns, block.rows, context, chalk);
    case 'chart':
      return undefined;
  }
}

function renderGrid(
  columns: Column[],
  rows: Extract<Block, { kind: 'table' }>['rows'],
  context: TableContext,
  chalk: ChalkInstance,
): string {
  const count = columns.length;
  // Each column costs its width plus one space of padding either side and one border.
  const available = context.columns - (3 * count + 1);
  const bodies = rows.flatMap((row) => ('cells' in row ? [row.cells] : []));
  const most = (measure: (cells: Cell[]) => number) => bodies.reduce((max, cells) => Math.max(max, measure(cells)), 0);
  const natural = columns.map((column, i) =>
    Math.max(
      displayWidth(column.header),
      most((cells) => cellWidth(cells[i])),
      1,
    ),
  );
  const treeWidths = columns.map((_, i) => most((cells) => displayWidth(cells[i]?.tree ?? '')));
  const preferred = columns.map((column, i) =>
    Math.max(
      MIN_COLUMN,
      ...words(column.header),
      most(
        (cells) =>
          displayWidth(cells[i]?.tree ?? '') + Math.min(KEEP_WHOLE, Math.max(0, ...words(cells[i]?.text ?? ''))),
      ),
    ),
  );
  // On a narrow terminal, words and headers break too, each column keeping its share, rather than push the table past the edge.
  const wanted = preferred.reduce((sum, width, i) => sum + Math.min(width, natural[i]!), 0);
  const minimum =
    wanted <= available
      ? preferred
      : preferred.map((width, i) =>
          Math.max(NARROWEST + treeWidths[i]!, Math.floor((Math.min(width, natural[i]!) * available) / wanted)),
        );
  const widths = fitColumns(natural, minimum, available);
  const spanWidth = widths.reduce((sum, width) => sum + width, 0) + 3 * (count - 1);

  const head = {
    span: false,
    cells: columns.map((column, i) => wrapText(column.header, widths[i]!).map((line) => chalk.bold(line))),
  };
  const body = rows.map((row) => ({
    span: 'group' in row,
    cells:
      'group' in row
        ? [wrapCell(row.group, spanWidth, chalk)]
        : row.cells.map((cell, i) =>
            wrapCell(row.total ? { ...cell, mark: cell.mark ?? 'strong' } : cell, widths[i]!, chalk),
          ),
  }));
  const drawn = drawLines(
    [head, ...body],
    widths,
    columns.map((column) => column.align ?? 'left'),
  );
  // Rows of several lines need rules between them to read as rows; a group always gets one above it.
  const ruled = body.some(({ cells }) => cells.some((lines) => lines.length > 1));
  const rule = (left: string, right: string, up: boolean, down: boolean) =>
    left + widths.map((width) => '─'.repeat(width + 2)).join(up && down ? '┼' : up ? '┴' : down ? '┬' : '─') + right;

  const first = body[0];
  const last = body[body.length - 1];
  const out = [rule('┌', '┐', false, true), ...drawn[0]!];
  out.push(first ? rule('├', '┤', true, !first.span) : rule('└', '┘', true, false));
  body.forEach((row, i) => {
    const previous = body[i - 1];
    if (previous && (ruled || row.span)) out.push(rule('├', '┤', !previous.span, !row.span));
    for (const line of drawn[i + 1]!) out.push(line);
  });
  if (last) out.push(rule('└', '┘', !last.span, false));
  return out.join('\n');
}

/** Lines per cli-table3 call: its layout grows faster than its rows. */
const BATCH = 100;

/**
 * The text lines of each row, padded and aligned by cli-table3, which gets one line per row;
 * `renderGrid` draws the rules. (cli-table3's own multi-line cells re-measure the whole cell for
 * every line, which grows with the cube of a long Chinese cell.)
 */
function drawLines(
  rows: ReadonlyArray<{ span: boolean; cells: string[][] }>,
  widths: readonly number[],
  aligns: Array<'left' | 'right'>,
): string[][] {
  const heights = rows.map((row) => row.cells.reduce((max, lines) => Math.max(max, lines.length), 1));
  const physical = rows.flatMap((row, r) =>
    Array.from({ length: heights[r]! }, (_, line) =>
      row.span
        ? [{ content: row.cells[0]![line] ?? '', colSpan: widths.length, hAlign: 'left' as const }]
        : row.cells.map((lines) => lines[line] ?? ''),
    ),
  );
  const lines: string[] = [];
  for (let start = 0; start < physical.length; start += BATCH) {
    const table = new CliTable({
      colWidths: widths.map((width) => width + 2),
      colAligns: aligns,
      wordWrap: false,
      style: { head: [], border: [], compact: true },
    });
    for (const row of physical.slice(start, start + BATCH)) table.push(row);
    for (const line of table.toString().split('\n').slice(1, -1)) lines.push(line);
  }
  let at = 0;
  return heights.map((height) => lines.slice(at, (at += height)));
}

/** The widths of the runs a line should not break inside (see `wrapText`). */
function words(text: string): number[] {
  return text
    .split(/\s+/)
    .flatMap((word) => word.split(BREAK_AFTER))
    .map((word) => displayWidth(word));
}

/** The widest line of a cell, tree glyphs included. */
function cellWidth(cell: Cell | undefined): number {
  if (!cell) return 0;
  const tree = displayWidth(cell.tree ?? '');
  return Math.max(0, ...cell.text.split('\n').map((line) => tree + displayWidth(line)));
}

/** Wraps a cell to its width; continuation lines carry the tree's vertical lines, not its branch. */
function wrapCell(cell: Cell, width: number, chalk: ChalkInstance): string[] {
  const tree = cell.tree ?? '';
  const lines = wrapText(cell.text, width - displayWidth(tree));
  const continuation = tree.replace(/├─ $/, '│  ').replace(/└─ $/, '   ');
  return lines.map((line, i) => (i === 0 ? tree : continuation) + paint(line, cell.mark, chalk));
}

function paint(text: string, mark: Mark | undefined, chalk: ChalkInstance): string {
  switch (mark) {
    case 'error':
      return chalk.red(text);
    case 'warning':
      return chalk.yellow(text);
    case 'invalid':
      return chalk.magenta(text);
    case 'missing':
    case 'muted':
      return chalk.dim(text);
    case 'strong':
      return chalk.bold(text);
    default:
      return text;
  }
}
