import type { Diagnostic, Fix } from '../../diagnostics/diagnostic.js';
import type { Document } from '../../parse/document.js';
import { parseDocument } from '../../parse/parse-document.js';
import { checkOrganisation, type CheckedOrganisation, type OrganisationInput } from '../check-organisation.js';
import { applyFixes } from './apply-fixes.js';

/** Passes before giving up on fixes that keep producing fixes; real files settle in two or three. */
export const MAX_PASSES = 10;

/** One file whose text the fixes changed. */
export interface FileChange {
  /** The document as read. */
  document: Document;
  /** The fixed text, without the byte-order mark (`document.bom` says whether to write one). */
  text: string;
  /** The fixes applied in each pass, each against the text of that pass. */
  passes: Fix[][];
}

export interface FixInput extends OrganisationInput {
  /** The per-file stage's check of a re-parsed document: its schema problems. */
  validate: (document: Document) => Diagnostic[];
}

export interface FixedOrganisation extends CheckedOrganisation {
  /** Every document, the fixed ones as re-parsed from their new text. */
  documents: Document[];
  /** The files in scope whose text changed, in display-path order. */
  changes: FileChange[];
  /** How many passes applied fixes (MAX_PASSES: the fixes did not settle). */
  passes: number;
}

/**
 * `--fix` as the engine does it: check the organisation, apply the fixes of the files in scope
 * that do not overlap, parse and validate each changed file again, check the organisation again,
 * until nothing more is fixable or MAX_PASSES is reached. What it returns is what a check of the
 * fixed files prints. Disabled problems are never fixed: the organisation stage drops them.
 */
export function fixOrganisation(input: FixInput): FixedOrganisation {
  let documents = [...input.documents];
  let diagnostics = input.diagnostics ?? [];
  let checked = checkOrganisation(input);
  // Later passes re-check the same files, and their findings are not the cache's to keep.
  const again = { ...input, inScope: checked.inScope, selectScope: undefined, onDocumentLint: undefined };
  const changes = new Map<string, FileChange>();
  let passes = 0;
  for (; passes < MAX_PASSES; passes++) {
    const fixes = new Map<string, Fix[]>();
    for (const diagnostic of checked.diagnostics) {
      if (!diagnostic.fix || !checked.inScope.has(diagnostic.file)) continue;
      const list = fixes.get(diagnostic.file);
      if (list) list.push(diagnostic.fix);
      else fixes.set(diagnostic.file, [diagnostic.fix]);
    }
    const replaced = new Map<string, Document>();
    const found: Diagnostic[] = [];
    for (const document of documents) {
      const list = fixes.get(document.file);
      if (!list) continue;
      const { text, applied } = applyFixes(document.text, list);
      if (applied.length === 0) continue;
      const parsed = parseDocument(document.file, document.absolutePath, text, document.bom);
      replaced.set(document.file, parsed.document);
      for (const diagnostic of parsed.diagnostics) found.push(diagnostic);
      for (const diagnostic of input.validate(parsed.document)) found.push(diagnostic);
      const change = changes.get(document.file);
      if (change) change.passes.push(applied);
      else changes.set(document.file, { document, text, passes: [applied] });
    }
    if (replaced.size === 0) break;
    documents = documents.map((document) => replaced.get(document.file) ?? document);
    diagnostics = [...diagnostics.filter((diagnostic) => !replaced.has(diagnostic.file)), ...found];
    checked = checkOrganisation({ ...again, documents, diagnostics });
  }
  const changed: FileChange[] = [];
  for (const document of documents) {
    const change = changes.get(document.file);
    // Fixes that undo each other over passes leave the file as it was.
    if (change && document.text !== change.document.text) changed.push({ ...change, text: document.text });
  }
  return { ...checked, documents, changes: changed, passes };
}
