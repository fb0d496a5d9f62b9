import type { Diagnostic, Fix } from '../../diagnostics/diagnostic.js';
import type { Document } from '../../parse/document.js';
import { applyFixes } from './apply-fixes.js';

/**
 * The files as they are once every suggestion (a did-you-mean's clear candidate) is applied, in
 * one pass: suggestions of one file never overlap in practice (each replaces its own key or
 * value); one that would is left out, and the next run reports it again.
 */
export function applySuggestions(
  documents: readonly Document[],
  diagnostics: readonly Diagnostic[],
): Array<{ document: Document; text: string }> {
  const byFile = new Map<string, Fix[]>();
  for (const diagnostic of diagnostics) {
    if (!diagnostic.suggestion) continue;
    const fixes = byFile.get(diagnostic.file);
    if (fixes) fixes.push(diagnostic.suggestion);
    else byFile.set(diagnostic.file, [diagnostic.suggestion]);
  }
  const changes: Array<{ document: Document; text: string }> = [];
  for (const document of documents) {
    const fixes = byFile.get(document.file);
    if (!fixes) continue;
    const { text, applied } = applyFixes(document.text, fixes);
    if (applied.length > 0) changes.push({ document, text });
  }
  return changes;
}
