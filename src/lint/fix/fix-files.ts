import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Document } from '../../parse/document.js';
import { checkDuplicateIds } from '../../validate/check-duplicate-ids.js';
import { fixDocument, type FixContext } from './fix-document.js';

/** One file whose text the fixes changed. */
export interface FileChange {
  document: Document;
  /** The fixed text, without the byte-order mark (`document.bom` says whether to write one). */
  text: string;
}

export interface FixedFiles {
  changes: FileChange[];
  /** What `roles lint` would print after the changes are written, sorted. */
  diagnostics: Diagnostic[];
}

/** What fixing starts from: the project's documents and the diagnostics of the files in scope (what `run` returns). */
export interface CheckedFiles {
  documents: readonly Document[];
  diagnostics: Diagnostic[];
}

/**
 * Fixes every file in scope that has a fixable diagnostic, in memory: the caller writes the
 * changes or prints them as a diff. Files the fixes did not change keep their diagnostics.
 */
export function fixFiles(result: CheckedFiles, context: FixContext): FixedFiles {
  const fixable = new Set(result.diagnostics.filter((d) => d.fix).map((d) => d.file));
  const changes: FileChange[] = [];
  const fixed = new Map<string, Document>();
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const document of result.documents) {
    if (!fixable.has(document.file)) continue;
    const outcome = fixDocument(document, context);
    if (outcome.document.text === document.text) continue;
    changes.push({ document, text: outcome.document.text });
    fixed.set(document.file, outcome.document);
    diagnostics.set(document.file, outcome.diagnostics);
  }
  if (changes.length === 0) return { changes, diagnostics: result.diagnostics };
  // Duplicate ids span files: recount them over the project as it will be.
  const documents = result.documents.map((document) => fixed.get(document.file) ?? document);
  for (const duplicate of checkDuplicateIds(documents)) diagnostics.get(duplicate.file)?.push(duplicate);
  const kept = result.diagnostics.filter((d) => !fixed.has(d.file));
  return { changes, diagnostics: sortDiagnostics([...kept, ...[...diagnostics.values()].flat()]) };
}
