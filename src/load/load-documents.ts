import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { parseDocument } from '../parse/parse-document.js';
import { toDisplayPath } from './display-path.js';
import { readSource } from './read-source.js';

export interface LoadedDocuments {
  documents: Document[];
  diagnostics: Diagnostic[];
}

/** Reads and parses each file once; a file that cannot be read becomes a diagnostic on it. */
export function loadDocuments(files: string[], cwd: string, maxFileSize: number): LoadedDocuments {
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const absolutePath of files) {
    const file = toDisplayPath(cwd, absolutePath);
    const source = readSource(absolutePath, maxFileSize);
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
  return { documents, diagnostics };
}
