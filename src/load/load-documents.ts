import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { parseDocument } from '../parse/parse-document.js';
import { toDisplayPath } from './display-path.js';
import { readSource, type Source } from './read-source.js';

export interface LoadedDocuments {
  documents: Document[];
  diagnostics: Diagnostic[];
  /** Display paths of the files the reader said are not there (not staged, for `--staged`). */
  absent: Set<string>;
}

/** Reads a file's content from elsewhere (git's index for `--staged`); undefined means the file is not there and is left out. */
export type SourceReader = (absolutePath: string) => Source | undefined;

/** Reads and parses each file once; a file that cannot be read becomes a diagnostic on it. */
export function loadDocuments(files: string[], cwd: string, maxFileSize: number, read?: SourceReader): LoadedDocuments {
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  const absent = new Set<string>();
  for (const absolutePath of files) {
    const file = toDisplayPath(cwd, absolutePath);
    const source = read ? read(absolutePath) : readSource(absolutePath, maxFileSize);
    if (source === undefined) {
      absent.add(file);
      continue;
    }
    if (source.kind === 'problem') {
      const line = source.line ?? 1;
      const column = source.column ?? 1;
      diagnostics.push({ file, line, column, endLine: line, endColumn: column, rule: source.rule, severity: 'error', message: source.message });
      continue;
    }
    const parsed = parseDocument(file, absolutePath, source.text, source.bom);
    documents.push(parsed.document);
    diagnostics.push(...parsed.diagnostics);
  }
  return { documents, diagnostics, absent };
}
