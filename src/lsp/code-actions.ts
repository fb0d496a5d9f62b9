import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Declaration, Graph } from '../graph/graph.js';
import { suggestId } from '../graph/suggest-id.js';
import { t } from '../i18n/t.js';
import type { Document } from '../parse/document.js';
import { locateValue } from '../parse/locate.js';
import { findIdAt } from './find-id-at.js';

/** A replacement in a document, by offsets of its text. */
export interface TextChange {
  document: Document;
  start: number;
  end: number;
  text: string;
}

/** A code action before it becomes LSP: what it says, what it changes, which finding it answers. */
export interface Action {
  title: string;
  changes: TextChange[];
  diagnostic?: Diagnostic;
  preferred?: boolean;
}

const KINDS: Record<string, Array<Declaration['kind']>> = {
  role: ['role'],
  department: ['department'],
  'role or department': ['role', 'department'],
};

/**
 * The actions for findings in a range of a document: each finding's fix, a did-you-mean
 * replacement for an unknown reference, and adding the role to its superior's `direct_reports`
 * when the superior keeps that list and the role is missing from it.
 */
export function codeActions(
  graph: Graph,
  document: Document,
  diagnostics: readonly Diagnostic[],
  start: number,
  end: number,
): Action[] {
  const actions: Action[] = [];
  for (const diagnostic of diagnostics) {
    const from = document.lines.lineStart(diagnostic.line) + diagnostic.column - 1;
    const to = document.lines.lineStart(diagnostic.endLine) + diagnostic.endColumn - 1;
    if (to < start || from > end) continue;
    if (diagnostic.fix) {
      const [fixStart, fixEnd] = diagnostic.fix.range;
      actions.push({
        title: fixTitle(diagnostic, document.text.slice(fixStart, fixEnd)),
        changes: [{ document, start: fixStart, end: fixEnd, text: diagnostic.fix.text }],
        diagnostic,
        preferred: true,
      });
    } else if (diagnostic.rule === 'reference-exists') {
      for (const action of replaceUnknown(graph, document, from, diagnostic)) actions.push(action);
    }
  }
  const superior = addToDirectReports(graph, document);
  if (superior) actions.push(superior);
  return actions;
}

function fixTitle(diagnostic: Diagnostic, old: string): string {
  const text = diagnostic.fix!.text;
  if (text.length > 0 && text.length <= 40 && !text.includes('\n') && old.length <= 40 && !old.includes('\n'))
    return old === ''
      ? t('lsp.action.insertFix', { text, rule: diagnostic.rule })
      : t('lsp.action.replaceFix', { old, text, rule: diagnostic.rule });
  return t('lsp.action.fix', { rule: diagnostic.rule });
}

/** The ids the did-you-mean of an unknown reference names, each as a replacement of the value. */
function replaceUnknown(graph: Graph, document: Document, offset: number, diagnostic: Diagnostic): Action[] {
  const at = findIdAt(graph, document, offset);
  const reference = at?.reference;
  if (!at || !reference || graph.declarations.has(at.id)) return [];
  const suggestion = suggestId(graph, at.id, KINDS[reference.target]!);
  if (!suggestion) return [];
  return suggestion.ids.slice(0, 3).map((id) => ({
    title: t('lsp.action.replace', { old: at.id, text: id }),
    changes: [{ document, start: at.start, end: at.end, text: id }],
    diagnostic,
    preferred: suggestion.ids.length === 1,
  }));
}

/** "Add `x` to the `direct_reports` of its superior", when the superior lists them and `x` is missing. */
function addToDirectReports(graph: Graph, document: Document): Action | undefined {
  const data = document.frontMatter?.data as { id?: unknown; reports_to?: unknown; kind?: unknown } | undefined;
  if (!data || data.kind === 'department' || typeof data.id !== 'string' || typeof data.reports_to !== 'string')
    return undefined;
  const id = data.id;
  const superior = graph.declarations.get(data.reports_to);
  if (superior?.kind !== 'role' || superior.document === document) return undefined;
  const listed = (superior.document.frontMatter?.data as { direct_reports?: unknown }).direct_reports;
  if (!Array.isArray(listed) || listed.length === 0 || listed.includes(id)) return undefined;
  const target = superior.document;
  const last = locateValue(target, ['direct_reports', listed.length - 1]);
  if (!last) return undefined;
  const lineStart = target.text.lastIndexOf('\n', last.start - 1) + 1;
  const prefix = target.text.slice(lineStart, last.start);
  // A block list gets a new `- id` line; a flow list `[a, b]` a new entry after the last.
  const change = /^\s*-\s*$/.test(prefix)
    ? { start: endOfLine(target.text, last.end), end: endOfLine(target.text, last.end), text: `\n${prefix}${id}` }
    : { start: last.end, end: last.end, text: `, ${id}` };
  return {
    title: t('lsp.action.addDirectReport', { id, superior: superior.id, file: target.file }),
    changes: [{ document: target, ...change }],
  };
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}
