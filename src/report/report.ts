/** The views `roles report` prints; `summary` is the default. */
export const REPORT_VIEWS = ['summary', 'tree', 'role', 'skills', 'requirements', 'careers', 'compliance'] as const;
export type ReportView = (typeof REPORT_VIEWS)[number];

/** The output formats; `table` is the default. */
export const REPORT_FORMATS = ['table', 'markdown', 'json', 'csv', 'html', 'dot'] as const;
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
  | { kind: 'heading'; text: string }
  | { kind: 'table'; columns: Column[]; rows: Row[] }
  /** A section of a role's body, its Markdown kept as written. */
  | { kind: 'text'; heading: string; text: string }
  | { kind: 'note'; text: string; mark?: Mark }
  /** A drawing under its own heading; the terminal format leaves both out (its tables hold the same facts). */
  | { kind: 'chart'; title: string; chart: Chart };

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
  /** The first line is the node's name; the others are details. */
  lines: string[];
  mark?: Mark;
}

export interface ChartEdge {
  from: string;
  to: string;
  label?: string;
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
