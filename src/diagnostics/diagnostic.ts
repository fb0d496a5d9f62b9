import type { MessageData } from '../i18n/format-message.js';

/** How serious a finding is; `off` exists only in configuration. */
export type Severity = 'error' | 'warning';

/** A point in a file: 1-based line, 1-based column in UTF-16 code units (as editors count). */
export interface Position {
  line: number;
  column: number;
}

/** A replacement of the text between two offsets of the decoded file (BOM excluded). */
export interface Fix {
  range: [start: number, end: number];
  text: string;
}

/** A second place that explains a finding, such as the other file of a duplicate id. */
export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The catalogue id of `message`, when it has one. */
  messageId?: string;
  data?: MessageData;
}

/** The one result type that flows from the first check to the last formatter. */
export interface Diagnostic {
  /** POSIX path relative to the working directory. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  /** The stable id of the message (the same in every language): a rule's own id, or a catalogue id. */
  messageId?: string;
  /** The values in the message's placeholders. */
  data?: MessageData;
  /** The text, in the run's language. */
  message: string;
  fix?: Fix;
  /** The single clear candidate of a did-you-mean, as a fix a person should confirm: `--fix-suggestions` applies it. */
  suggestion?: Fix;
  related?: RelatedLocation[];
}

/** Stable order: file, line, column, rule, then message id and message so equal positions never flip. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.messageId ?? '', b.messageId ?? '') ||
    compareStrings(a.message, b.message)
  );
}

/** Code-unit order, independent of locale, so output is byte-identical everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Counts that every formatter and the exit code share. */
export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  fixable: number;
}

export function summarize(diagnostics: Diagnostic[], files: number): Summary {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
    if (d.fix) fixable++;
  }
  return { files, errors, warnings, fixable };
}
