/** The views `roles report` prints; `summary` is the default. */
export const REPORT_VIEWS = [
  'summary',
  'tree',
  'role',
  'skills',
  'requirements',
  'careers',
  'compliance',
  'card',
  'handbook',
] as const;
export type ReportView = (typeof REPORT_VIEWS)[number];

/** The output formats; `table` is the default. */
export const REPORT_FORMATS = ['table', 'markdown', 'json', 'csv', 'html', 'dot', 'svg', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** How a cell or chart node stands out; each format picks its own look (colour, class, marker). */
export type Mark = 'error' | 'warning' | 'invalid' | 'missing' | 'muted' | 'strong';

/** One table cell. */
export interface Cell {
  /** May hold line breaks. */
  text: string;
  mark?: Mark;
  /** Tree glyphs (`│  ├─ `) drawn before the text, kept apart so HTML can set them in a fixed-width font. */
  tree?: string;
}

export interface Column {
  header: string;
  /** Numbers are right-aligned. */
  align?: 'left' | 'right';
}

/** A table row, or a heading row that spans the table and starts a group. */
export type Row = { cells: Cell[]; total?: boolean } | { group: Cell };

/** The layout the document formats (table, markdown, html) render, in order. */
export type Block =
  /** `id` names an anchor the handbook's contents link to. */
  | { kind: 'heading'; text: string; id?: string }
  | { kind: 'table'; columns: Column[]; rows: Row[] }
  /** A section of a role's body, its Markdown kept as written. */
  | { kind: 'text'; heading: string; text: string }
  | { kind: 'note'; text: string; mark?: Mark }
  /** A drawing under its own heading; the terminal format leaves both out (its tables hold the same facts). */
  | { kind: 'chart'; title: string; chart: Chart }
  /** A 岗位说明书 form; printed, each starts on a new page. */
  | { kind: 'form'; form: Form }
  /** What follows starts on a new page. */
  | { kind: 'page' }
  /** The handbook's title page. */
  | { kind: 'cover'; title: string; subtitle: string; lines: string[] }
  /** The handbook's contents: one entry per heading, linked by its id. */
  | { kind: 'contents'; title: string; entries: Array<{ text: string; id: string; depth: number }> };

/** The bordered 岗位说明书 form: labelled fields in rows, values as the file states them. */
export interface Form {
  /** The role's name; a printed form repeats it at the top of every page. */
  title: string;
  /** What the document is (岗位说明书). */
  kind: string;
  /** Anchor for the handbook's contents. */
  id: string;
  /** What follows an inferred value (（推定）). */
  inferredMark: string;
  rows: FormRow[];
  /** The role file's text: a Word form keeps it, so `roles import` reads the form back losslessly. */
  source?: string;
}

/** Two fields side by side, one field across the form, or fields under a shared label (任职资格). */
export type FormRow =
  | { kind: 'pair'; fields: [FormField, FormField] }
  | { kind: 'wide'; field: FormField }
  | { kind: 'group'; label: string; fields: FormField[] };

export interface FormField {
  label: string;
  value: FormValue;
  /** The source does not state the value: it was inferred (推定). */
  inferred?: boolean;
}

/** An empty text or list is an empty box to fill in by hand. */
export type FormValue =
  | { kind: 'text'; text: string }
  /** Numbered items; `headings` are the indexes of items that head a group (`### 领导和管理`), not numbered. */
  | { kind: 'list'; items: string[]; headings?: number[] }
  /** Levels on a scale from 1 to `max`; null where the file gives none. */
  | { kind: 'scale'; max: number; items: Array<{ label: string; level: number | null }> };

/** A drawing of roles or departments and the links between them (org chart, career ladders). */
export interface Chart {
  /** Top-down for hierarchies, left-to-right for ladders. */
  direction: 'TD' | 'LR';
  nodes: ChartNode[];
  edges: ChartEdge[];
}

export interface ChartNode {
  /** Unique within the chart; renderers derive their own safe node names from the order. */
  id: string;
  /** The department it belongs to: drawings colour and group nodes by it. */
  group?: string;
  /** The first line is the node's name; the others are details. */
  lines: string[];
  mark?: Mark;
}

export interface ChartEdge {
  from: string;
  to: string;
  label?: string;
  /** `career`: a step up a career path, drawn apart from reporting lines. */
  kind?: 'reports' | 'career';
}

/** One flat table: what `--format csv` prints. */
export interface FlatTable {
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

/** What a view builds from the organisation: the same facts for every format. */
export interface Report {
  view: ReportView;
  title: string;
  /** What `--format json` prints: plain data, keys in a fixed order. */
  data: Record<string, unknown>;
  blocks: Block[];
  table: FlatTable;
  /** What `--format dot` draws; views without one are tables only. */
  chart?: Chart;
}
