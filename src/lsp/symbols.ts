import type { Graph } from '../graph/graph.js';
import { t } from '../i18n/t.js';
import { outline } from '../parse/sections.js';
import type { Document } from '../parse/document.js';
import { locateOrStart } from '../parse/locate.js';
import { matchTitle } from './match-title.js';

/** A named range of a document. */
export interface Symbol {
  name: string;
  detail?: string;
  kind: 'section' | 'front-matter' | 'role' | 'department';
  document: Document;
  /** The whole range, and the part to select (the heading or the id). */
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
}

/** The outline of a file: its front matter, then each `##` section up to the next. */
export function documentSymbols(document: Document): Symbol[] {
  const symbols: Symbol[] = [];
  if (document.frontMatter && document.bodyOffset > 0) {
    symbols.push({
      name: t('lsp.symbol.frontMatter'),
      kind: 'front-matter',
      document,
      start: 0,
      end: document.bodyOffset,
      selectionStart: 0,
      selectionEnd: 3,
    });
  }
  const sections = outline(document)?.sections ?? [];
  sections.forEach((section, i) => {
    const start = document.bodyOffset + (section.heading.position?.start.offset ?? 0);
    const next = sections[i + 1]?.heading.position?.start.offset;
    const end = next === undefined ? document.text.length : document.bodyOffset + next;
    symbols.push({
      name: section.title,
      kind: 'section',
      document,
      start,
      end: trimEnd(document.text, start, end),
      selectionStart: section.titleStart,
      selectionEnd: section.titleEnd,
    });
  });
  document.releaseMarkdown();
  return symbols;
}

/** Roles and departments whose title, pinyin initials or id match the query. */
export function workspaceSymbols(graph: Graph, query: string, limit = 100): Symbol[] {
  return matchTitle(graph, query, ['role', 'department'], limit).candidates.map(({ declaration, title }) => {
    const location = locateOrStart(declaration.document, ['id']);
    return {
      name: title,
      detail: declaration.id,
      kind: declaration.kind,
      document: declaration.document,
      start: location.start,
      end: location.end,
      selectionStart: location.start,
      selectionEnd: location.end,
    };
  });
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
