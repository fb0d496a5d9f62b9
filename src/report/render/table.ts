import { Chalk, type ChalkInstance } from 'chalk';
import CliTable from 'cli-table3';
import { displayWidth, padEnd, padStart } from '../../text/display-width.js';
import type { Block, Cell, Column, Mark, Report } from '../report.js';
import { fitColumns } from '../../text/fit-columns.js';
import { widestPiece, widestWord, wrapText } from '../../text/wrap-text.js';
import { showControlsDeep } from '../../text/show-controls.js';

/** What the terminal format needs to know about the terminal. */
export interface TableContext {
  color: boolean;
  /** The width to fit, in display columns. */
  columns: number;
}

/** One Chinese character: no column is narrower, however narrow the terminal. */
const NARROWEST = 2;
/** Room for four Chinese characters in any column with text that long, so text never wraps a character a line. */
const MIN_TEXT = 8;
/** Names up to this wide (short Chinese titles and names) are kept whole when there is room. */
const KEEP_WHOLE = 12;
/** A Chinese header up to this many characters is never broken. */
const SHORT_HEADER = 8;

/**
 * For a terminal: boxed tables (cli-table3) fitted to the width, Chinese text wrapped by display
 * width before cli-table3 sees it (its own wrapping cuts wide characters), colour only when asked.
 * Charts are left out: the tables hold the same facts.
 */
export function renderTable(raw: Pick<Report, 'title' | 'blocks'>, context: TableContext): string {
  // Text from the files reaches a terminal: its control characters are shown, never obeyed.
  const report = showControlsDeep(raw);
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
    default:
      // Blocks made for printed documents (form, page, cover, contents) have no terminal form.
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
  // The narrowest each column can be without splitting a header word, a short Chinese header or a word between its hyphens.
  const hard = columns.map((column, i) =>
    Math.max(
      NARROWEST + treeWidths[i]!,
      headerWidth(column.header),
      most(
        (cells) =>
          displayWidth(cells[i]?.tree ?? '') +
          Math.max(
            Math.min(MIN_TEXT, cellWidth(cells[i]) - displayWidth(cells[i]?.tree ?? '')),
            widestPiece(cells[i]?.text ?? ''),
          ),
      ),
    ),
  );
  // Below this a column would split a header or a word between its hyphens, or lose its tree glyphs.
  const floor = columns.map((column, i) =>
    Math.max(
      NARROWEST + treeWidths[i]!,
      headerWidth(column.header),
      most((cells) => displayWidth(cells[i]?.tree ?? '') + widestPiece(cells[i]?.text ?? '')),
    ),
  );
  // Wide enough to keep every id and word whole, where the terminal allows.
  const whole = columns.map((_, i) =>
    Math.max(
      hard[i]!,
      most(
        (cells) =>
          displayWidth(cells[i]?.tree ?? '') +
          Math.max(widestWord(cells[i]?.text ?? ''), shortest(cells[i]?.text ?? '')),
      ),
    ),
  );
  const need = (widths: number[]) => widths.reduce((sum, width, i) => sum + Math.min(width, natural[i]!), 0);
  // A box costs each column its width plus one space of padding either side and one border; when that
  // would split words, the table drops its vertical lines and separates columns by two spaces, then by one.
  const room = (gap: number) => context.columns - (gap === 3 ? 3 * count + 1 : gap * (count - 1));
  const gap = [3, 2, 1].find((g) => need(hard) <= room(g)) ?? [3, 2, 1].find((g) => need(floor) <= room(g)) ?? 1;
  const boxed = gap === 3;
  const available = room(gap);
  // On a terminal too narrow even for that, words break too, each column keeping its share, rather than push the table past the edge.
  const minimum =
    need(whole) <= available
      ? whole
      : need(hard) <= available
        ? keepWhole(hard, whole, natural, available - need(hard))
        : squeeze(
            hard.map((width, i) => Math.min(width, natural[i]!)),
            floor.map((width, i) => Math.min(width, natural[i]!)),
            available,
          );
  const widths = fitColumns(natural, minimum, available);
  const spanWidth = widths.reduce((sum, width) => sum + width, 0) + gap * (count - 1);

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
  const aligns = columns.map((column) => column.align ?? 'left');
  // Rows of several lines need rules between them to read as rows; a group always gets one above it.
  const ruled = body.some(({ cells }) => cells.some((lines) => lines.length > 1));
  if (!boxed) return drawOpen(head, body, widths, aligns, ruled, ' '.repeat(gap));
  const drawn = drawLines([head, ...body], widths, aligns);
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

/** The table without vertical lines, for terminals too narrow for a box: columns `gap` apart, a rule under the header, a blank line between rows of several lines. */
function drawOpen(
  head: { cells: string[][] },
  body: ReadonlyArray<{ span: boolean; cells: string[][] }>,
  widths: readonly number[],
  aligns: ReadonlyArray<'left' | 'right'>,
  ruled: boolean,
  gap: string,
): string {
  const lines = (cells: string[][]) => {
    const height = cells.reduce((max, cell) => Math.max(max, cell.length), 1);
    return Array.from({ length: height }, (_, k) =>
      cells
        .map((cell, i) =>
          aligns[i] === 'right' ? padStart(cell[k] ?? '', widths[i]!) : padEnd(cell[k] ?? '', widths[i]!),
        )
        .join(gap)
        .trimEnd(),
    );
  };
  const out = [...lines(head.cells), widths.map((width) => '─'.repeat(width)).join(gap)];
  body.forEach((row, i) => {
    if (i > 0 && (ruled || row.span)) out.push('');
    for (const line of row.span ? row.cells[0]! : lines(row.cells)) out.push(line);
  });
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

/** Gives the spare width to the columns that need the least of it to keep their words whole, so the most ids stay whole. */
function keepWhole(hard: number[], whole: number[], natural: number[], spare: number): number[] {
  const extra = hard.map((width, i) => Math.min(whole[i]!, natural[i]!) - Math.min(width, natural[i]!));
  const minimum = [...hard];
  for (const i of extra.map((_, i) => i).sort((a, b) => extra[a]! - extra[b]! || a - b)) {
    if (extra[i]! > spare) break;
    minimum[i] = whole[i]!;
    spare -= extra[i]!;
  }
  return minimum;
}

/** Takes the width that is missing one column at a time from those with the most room above their floor; below the floors, in proportion. */
function squeeze(widths: number[], floor: number[], available: number): number[] {
  const result = [...widths];
  let missing = result.reduce((sum, width) => sum + width, 0) - available;
  while (missing > 0) {
    let widest = -1;
    for (let i = 0; i < result.length; i++)
      if (result[i]! > floor[i]! && (widest === -1 || result[i]! - floor[i]! > result[widest]! - floor[widest]!))
        widest = i;
    if (widest === -1) break;
    result[widest]!--;
    missing--;
  }
  if (missing <= 0) return result;
  const total = result.reduce((sum, width) => sum + width, 0);
  return result.map((width) => Math.max(NARROWEST, Math.floor((width * available) / total)));
}

/** The widest run between spaces up to `KEEP_WHOLE` (a title such as `业务配置助理`): kept on one line where there is room. */
function shortest(text: string): number {
  let widest = 0;
  for (const run of text.split(/\s+/)) {
    const width = displayWidth(run);
    if (width <= KEEP_WHOLE && width > widest) widest = width;
  }
  return widest;
}

/** A header's narrowest width: its longest word, or all of it when it is a short Chinese header (`岗位定员`). */
function headerWidth(header: string): number {
  const characters = [...header];
  if (characters.length <= SHORT_HEADER && characters.every((c) => displayWidth(c) === 2)) return displayWidth(header);
  return widestWord(header);
}

/** The widest line of a cell, tree glyphs included. */
function cellWidth(cell: Cell | undefined): number {
  if (!cell) return 0;
  const tree = displayWidth(cell.tree ?? '');
  return cell.text.split('\n').reduce((widest, line) => Math.max(widest, tree + displayWidth(line)), 0);
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
