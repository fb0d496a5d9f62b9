import { DOMParser, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { RoleCollector } from './collect-roles.js';
import { matchLabel, type Label } from './labels.js';
import { readEmbeddedForms } from './embedded-forms.js';
import type { SourceRole } from './source-role.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** No part of a form is this large; a bigger one is a zip bomb, not a job description. */
const MAX_PART = 64 * 1024 * 1024;

/** One table cell on the grid: where it starts, how many grid columns it spans, its text. */
interface GridCell {
  column: number;
  span: number;
  lines: string[];
  /** `restart` heads a vertical merge; `continue` cells are the merge's lower parts (empty). */
  merge?: 'restart' | 'continue';
  /** Shaded or all bold: how forms mark a label cell. */
  styled: boolean;
}

/** Thrown for a file that is no Word document; the command turns it into a one-line message. */
export class NotADocxError extends Error {}

/**
 * Reads the roles of a Word document: `word/document.xml` through a real XML parser, paragraphs
 * and tables in document order. A table's label cells are found wherever they stand: left of
 * their value (`岗位名称 | 产品支撑主管`), above it (a row of labels over a row of values), or in a
 * vertically merged first column that groups the labels beside it (任职资格 → 学历, 专业 …);
 * cells spanning several columns (gridSpan) count once. Text outside tables goes through the
 * same line reading as a text file. Hidden text (w:vanish) and deleted text are not read.
 */
export function readDocx(file: string, bytes: Uint8Array): SourceRole[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) =>
        (entry.name === 'word/document.xml' || entry.name === 'docProps/custom.xml') && entry.originalSize <= MAX_PART,
    });
  } catch {
    throw new NotADocxError(file);
  }
  const documentXml = parts['word/document.xml'];
  if (!documentXml) throw new NotADocxError(file);
  const document = parseXml(new TextDecoder().decode(documentXml));
  const body = document && first(document.documentElement, 'body');
  if (!body) throw new NotADocxError(file);

  const collector = new RoleCollector(file);
  let tableNumber = 0;
  let paragraphNumber = 0;
  const visit = (parent: Element) => {
    for (const node of children(parent)) {
      if (node.localName === 'p') {
        paragraphNumber++;
        for (const line of paragraphText(node).split('\n')) collector.line(line, `paragraph ${paragraphNumber}`);
      } else if (node.localName === 'tbl') {
        tableNumber++;
        readTable(node, tableNumber, collector);
        collector.close();
      } else if (node.localName === 'sdt') {
        const content = first(node, 'sdtContent');
        if (content) visit(content);
      }
    }
  };
  visit(body);
  const roles = collector.roles;
  const custom = parts['docProps/custom.xml'];
  if (custom) {
    const forms = readEmbeddedForms(parseXml(new TextDecoder().decode(custom)));
    // Each exported form is one role; its head row's title and 岗位编号 say which.
    for (const role of roles) {
      const id = role.entries.find((entry) => entry.label?.key === 'id')?.lines.join('');
      const form = id === undefined ? undefined : forms.get(id);
      if (form) role.embedded = form;
    }
  }
  return roles;
}

function readTable(table: Element, number: number, collector: RoleCollector): void {
  const rows = children(table)
    .filter((node) => node.localName === 'tr')
    .map(readRow);
  let group: Label | undefined;
  let groupColumn = -1;
  // A table that groups labels by merged cells says by its layout which labels a group holds.
  const layout = rows.some((row) => row.some((cell) => cell.merge === 'restart' && isGroupLabel(labelOf(cell))))
    ? null
    : undefined;
  for (let r = 0; r < rows.length; r++) {
    const where = `table ${number}, row ${r + 1}`;
    const row = rows[r]!;
    // A vertically merged group label ends where its merge ends.
    if (group && !row.some((cell) => cell.column === groupColumn && cell.merge === 'continue')) group = undefined;
    const cells = row.filter((cell) => cell.merge !== 'continue');
    const labels = cells.map((cell) => labelOf(cell));
    const below = rows[r + 1]?.filter((cell) => cell.merge !== 'continue');

    // A row of labels over a row of values: each value under its label's columns.
    if (
      cells.length > 1 &&
      labels.every((label) => label !== undefined) &&
      below !== undefined &&
      below.length > 0 &&
      below.every((cell) => labelOf(cell) === undefined)
    ) {
      cells.forEach((cell, i) => {
        const values = below.filter((value) => overlaps(value, cell));
        collector.label(
          labels[i]!,
          values.flatMap((value) => value.lines),
          where,
          group ?? layout,
        );
      });
      r++;
      continue;
    }

    let pending: { label: Label; cell: GridCell } | undefined;
    let valued = false;
    const flush = () => {
      if (!pending) return;
      // A label with nothing to its right takes the cell below it, when that is no label.
      const under = !valued ? rows[r + 1]?.find((cell) => cell.column === pending!.cell.column) : undefined;
      if (under && labelOf(under) === undefined && under.merge !== 'continue' && rows[r + 1]!.length === 1) {
        collector.label(pending.label, under.lines, where, group ?? layout);
        rows[r + 1] = [];
      } else collector.label(pending.label, [], where, group ?? layout);
      pending = undefined;
    };
    cells.forEach((cell, i) => {
      const label = labels[i];
      if (label) {
        if (pending) {
          // A block label beside the labels it groups (任职资格 | 学历 | …).
          if (isGroupLabel(pending.label)) {
            group = pending.label;
            groupColumn = pending.cell.merge === 'restart' ? pending.cell.column : -1;
            collector.label(pending.label, [], where, null);
            pending = undefined;
          } else flush();
        }
        pending = { label, cell };
        valued = false;
        return;
      }
      if (pending) {
        collector.label(pending.label, cell.lines, where, group ?? layout);
        pending = undefined;
        valued = true;
      } else if (cell.lines.length > 0) {
        // Text in no label's place: a form heading, or text kept under no label.
        collector.close();
        for (const line of cell.lines) collector.line(line, where);
        collector.close();
      }
    });
    flush();
    if (group && groupColumn === -1 && !cells.some((cell) => labelOf(cell) !== undefined)) group = undefined;
  }
}

function isGroupLabel(label: Label | undefined): boolean {
  return label !== undefined && ['requirements', 'physical', 'description', 'collaboration'].includes(label.key);
}

/** A cell is a label when its text is a known one, or when it is styled as a label and short. */
function labelOf(cell: GridCell): Label | undefined {
  const text = cell.lines.join('');
  const known = matchLabel(text);
  if (known) return known;
  if (cell.styled && cell.lines.length === 1 && [...text].length <= 10 && !/[。；;，,:：]/u.test(text) && text !== '')
    return { key: 'section', text, canonical: text, heading: text };
  return undefined;
}

function overlaps(a: GridCell, b: GridCell): boolean {
  return a.column < b.column + b.span && b.column < a.column + a.span;
}

function readRow(row: Element): GridCell[] {
  const cells: GridCell[] = [];
  let column = 0;
  const visit = (parent: Element) => {
    for (const node of children(parent)) {
      if (node.localName === 'tc') {
        const properties = first(node, 'tcPr');
        const span = Number(attribute(properties && first(properties, 'gridSpan'), 'val') ?? 1) || 1;
        const merge = properties && first(properties, 'vMerge');
        const mergeValue = merge ? attribute(merge, 'val') : undefined;
        const fill = attribute(properties && first(properties, 'shd'), 'fill');
        const paragraphs = children(node).filter((child) => child.localName === 'p' || child.localName === 'tbl');
        const lines = paragraphs
          .flatMap((paragraph) =>
            paragraph.localName === 'p' ? paragraphText(paragraph).split('\n') : tableLines(paragraph),
          )
          .map((line) => line.trim())
          .filter((line) => line !== '');
        const runs = descendants(node, 'r').filter((run) => textOf(run).trim() !== '');
        const bold = runs.length > 0 && runs.every((run) => isOn(first(first(run, 'rPr') ?? run, 'b')));
        cells.push({
          column,
          span,
          lines,
          ...(merge ? { merge: mergeValue === 'restart' ? 'restart' : 'continue' } : {}),
          styled: bold || (fill !== undefined && !/^(?:auto|FFFFFF)$/i.test(fill)),
        });
        column += span;
      } else if (node.localName === 'sdt') {
        const content = first(node, 'sdtContent');
        if (content) visit(content);
      }
    }
  };
  visit(row);
  return cells;
}

/** A nested table's text, one line per cell paragraph. */
function tableLines(table: Element): string[] {
  return descendants(table, 'p').flatMap((paragraph) => paragraphText(paragraph).split('\n'));
}

/** A paragraph's visible text: runs in order, tabs and breaks kept, hidden and deleted text left out. */
function paragraphText(paragraph: Element): string {
  return descendants(paragraph, 'r')
    .filter((run) => !isOn(first(first(run, 'rPr') ?? run, 'vanish')) && !insideDeletion(run, paragraph))
    .map(textOf)
    .join('');
}

function textOf(run: Element): string {
  let text = '';
  for (const node of children(run)) {
    if (node.localName === 't') text += node.textContent ?? '';
    else if (node.localName === 'tab') text += '\t';
    else if (node.localName === 'br' || node.localName === 'cr') text += '\n';
  }
  return text;
}

function insideDeletion(node: Element, stop: Element): boolean {
  for (let parent = node.parentNode; parent && parent !== stop; parent = parent.parentNode)
    if ((parent as Element).localName === 'del') return true;
  return false;
}

/** `<w:b/>` and `<w:b w:val="true"/>` are on; `w:val="0"`/`false` is off. */
function isOn(element: Element | undefined): boolean {
  if (!element || element.localName === 'r') return false;
  const value = attribute(element, 'val');
  return value === undefined || !/^(?:0|false|off)$/i.test(value);
}

function parseXml(text: string): ReturnType<DOMParser['parseFromString']> | undefined {
  try {
    return new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  } catch {
    return undefined;
  }
}

function children(parent: Element): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) out.push(node as Element);
  return out;
}

function first(parent: Element | null | undefined, localName: string): Element | undefined {
  if (!parent) return undefined;
  return children(parent).find((node) => node.localName === localName && node.namespaceURI === W);
}

function descendants(parent: Element, localName: string): Element[] {
  return [...parent.getElementsByTagNameNS(W, localName)];
}

function attribute(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const value = element.getAttributeNS(W, name);
  return value === null || value === '' ? undefined : value;
}
