import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Block, Chart, Form, FormField, FormRow, Report } from '../report.js';
import { embedForms } from './embed-forms.js';
import { formValueText } from './form-table.js';

/** A4 in twentieths of a point, and the text width inside 18 mm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1020 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Label, value, label, value: the form's four columns. */
const COLUMNS = [0.15, 0.35, 0.15, 0.35].map((share) => Math.round(share * TEXT_WIDTH));
const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '1F2328' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const LABEL_SHADING = { type: ShadingType.CLEAR, fill: 'F2F4F7', color: 'auto' };
const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' };
const LABEL_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };

/**
 * A Word document of real tables and headings, editable in Word and WPS: each form is a bordered
 * table whose every label cell holds exactly one label (an importer reads them back), whose head
 * row repeats on each page and whose rows never split across pages. Pure: the same report gives
 * the same bytes, apart from the zip's time stamps that docx sets.
 */
export async function renderDocx(report: Report): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  for (const block of report.blocks) for (const part of renderBlock(block)) children.push(part);
  const forms = report.blocks.flatMap((block) => (block.kind === 'form' ? [block.form] : []));
  const document = new Document({
    creator: 'roles',
    title: report.title,
    customProperties: embedForms(forms),
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        heading1: { run: { font: LABEL_FONT, size: 36, bold: true } },
        heading2: { run: { font: LABEL_FONT, size: 30, bold: true }, paragraph: { spacing: { after: 160 } } },
        heading3: {
          run: { font: LABEL_FONT, size: 24, bold: true },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16 })],
              }),
            ],
          }),
        },
        children: children.length > 0 ? children : [new Paragraph('')],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function renderBlock(block: Block): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: block.id
            ? [new Bookmark({ id: bookmark(block.id), children: [new TextRun(block.text)] })]
            : [new TextRun(block.text)],
        }),
      ];
    case 'note':
      return [new Paragraph(block.text)];
    case 'text':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(block.heading)] }),
        ...block.text
          .split('\n')
          .map((line) => new Paragraph({ children: [new TextRun(line)], spacing: { after: 60 } })),
      ];
    case 'table':
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.columns.map((column) => cell(column.header, { label: true })),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({
                  cantSplit: true,
                  children:
                    'group' in row
                      ? [cell(row.group.text, { label: true, span: block.columns.length })]
                      : row.cells.map((value) => cell(value.text)),
                }),
            ),
          ],
        }),
      ];
    case 'chart':
      return [
        ...(block.title ? [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.title })] : []),
        ...outline(block.chart),
      ];
    case 'form':
      return [formTable(block.form)];
    case 'page':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'cover':
      return [
        new Paragraph({ spacing: { before: 4000 }, children: [] }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          heading: HeadingLevel.HEADING_1,
          children: [new TextRun({ text: block.title, size: 52 })],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 200, after: 1200 },
          children: [new TextRun({ text: block.subtitle, size: 40, font: LABEL_FONT })],
        }),
        ...block.lines.map(
          (line) =>
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: 24 })] }),
        ),
      ];
    case 'contents':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.title }),
        ...block.entries.map(
          (entry) =>
            new Paragraph({
              indent: { left: entry.depth * 480 },
              spacing: { after: 60 },
              children: [new InternalHyperlink({ anchor: bookmark(entry.id), children: [new TextRun(entry.text)] })],
            }),
        ),
      ];
  }
}

/** The form: a head row with the role's title (repeated on each page), then one table row per form row. */
function formTable(form: Form): Table {
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        new TableCell({
          columnSpan: 4,
          borders: BORDERS,
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new Bookmark({
                  id: bookmark(form.id),
                  children: [new TextRun({ text: form.title, bold: true, size: 30, font: LABEL_FONT })],
                }),
                new TextRun({ text: `  ${form.kind}`, size: 24 }),
              ],
            }),
          ],
        }),
      ],
    }),
    ...form.rows.flatMap((row) => formRows(row, form.inferredMark)),
  ];
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: COLUMNS, rows });
}

function formRows(row: FormRow, inferredMark: string): TableRow[] {
  switch (row.kind) {
    case 'pair':
      return [
        new TableRow({
          cantSplit: true,
          children: row.fields.flatMap((field) => [
            cell(field.label, { label: true }),
            valueCell(field, inferredMark, 1),
          ]),
        }),
      ];
    case 'wide':
      return [
        new TableRow({
          cantSplit: true,
          children: [cell(row.field.label, { label: true }), valueCell(row.field, inferredMark, 3)],
        }),
      ];
    case 'group':
      // The group's label stands in a merged first column; each field keeps its own label cell.
      return row.fields.map(
        (field, i) =>
          new TableRow({
            cantSplit: true,
            children: [
              i === 0
                ? cell(row.label, { label: true, merge: VerticalMergeType.RESTART })
                : cell('', { label: true, merge: VerticalMergeType.CONTINUE }),
              cell(field.label, { label: true }),
              valueCell(field, inferredMark, 2),
            ],
          }),
      );
  }
}

function valueCell(field: FormField, inferredMark: string, span: number): TableCell {
  const text = formValueText(field.value);
  return cell(text, { span, ...(field.inferred && text !== '' ? { suffix: inferredMark } : {}) });
}

function cell(
  text: string,
  options: {
    label?: boolean;
    span?: number;
    merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
    suffix?: string;
  } = {},
): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    borders: BORDERS,
    verticalAlign: options.label ? VerticalAlign.CENTER : VerticalAlign.TOP,
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.merge ? { verticalMerge: options.merge } : {}),
    ...(options.label ? { shading: LABEL_SHADING } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.map(
      (line, i) =>
        new Paragraph({
          ...(options.label ? { alignment: AlignmentType.CENTER } : {}),
          children: [
            new TextRun({ text: line, ...(options.label ? { bold: true, font: LABEL_FONT } : {}) }),
            ...(i === lines.length - 1 && options.suffix
              ? [new TextRun({ text: options.suffix, color: '8250DF', size: 18 })]
              : []),
          ],
        }),
    ),
  });
}

/** A chart as an indented outline of its boxes (Word has no drawing of ours to edit). */
function outline(chart: Chart): Paragraph[] {
  const children = new Map<string, string[]>();
  const reached = new Set<string>();
  for (const edge of chart.edges) {
    if (edge.kind === 'career' || reached.has(edge.to) || edge.from === edge.to) continue;
    reached.add(edge.to);
    const list = children.get(edge.from);
    if (list) list.push(edge.to);
    else children.set(edge.from, [edge.to]);
  }
  const byId = new Map(chart.nodes.map((node) => [node.id, node]));
  const out: Paragraph[] = [];
  const seen = new Set<string>();
  const stack = chart.nodes
    .filter((node) => !reached.has(node.id))
    .reverse()
    .map((node) => ({ id: node.id, depth: 0 }));
  while (stack.length > 0) {
    const { id, depth } = stack.pop()!;
    const node = byId.get(id);
    if (!node || seen.has(id)) continue;
    seen.add(id);
    out.push(
      new Paragraph({
        indent: { left: depth * 400 },
        spacing: { after: 40 },
        children: [
          new TextRun({ text: node.lines[0] ?? id, bold: depth === 0 }),
          new TextRun({
            text: node.lines
              .slice(1)
              .map((line) => `  ${line}`)
              .join(''),
            color: '59636E',
          }),
        ],
      }),
    );
    const kids = children.get(id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ id: kids[i]!, depth: depth + 1 });
  }
  return out;
}

/** Word bookmark names: letters, digits and underscores, at most 40 characters, starting with a letter. */
function bookmark(id: string): string {
  let hash = 0x811c9dc5;
  for (const char of id) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  // Truncated names could collide; the hash of the whole id tells them apart.
  return `b_${id.replace(/[^A-Za-z0-9]/g, '_').slice(0, 28)}_${hash.toString(16)}`;
}
