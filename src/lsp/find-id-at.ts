import type { Graph, Reference } from '../graph/graph.js';
import type { Document } from '../parse/document.js';
import { locateValue } from '../parse/locate.js';

/** An id written in a file: a reference to another file, or the file's own `id`. */
export interface IdAt {
  id: string;
  /** Offsets of the id itself in the document text, quotes excluded. */
  start: number;
  end: number;
  reference?: Reference;
}

/** The id under an offset of a document, if the offset is on one. */
export function findIdAt(graph: Graph, document: Document, offset: number): IdAt | undefined {
  const data = document.frontMatter?.data as { id?: unknown } | undefined;
  if (!document.frontMatter || offset > document.bodyOffset) return undefined;
  const declared = typeof data?.id === 'string' ? graph.declarations.get(data.id) : undefined;
  const references = declared?.document === document ? declared.references : referencesIn(graph, document);
  for (const reference of references) {
    if (reference.value === null) continue;
    const found = unquoted(document, reference.start, reference.end, reference.value);
    if (found && found.start <= offset && offset <= found.end) return { id: reference.value, ...found, reference };
  }
  const own = ownId(document);
  if (own && own.start <= offset && offset <= own.end) return own;
  return undefined;
}

/** Where a file writes its own `id`, quotes excluded. */
export function ownId(document: Document): IdAt | undefined {
  const data = document.frontMatter?.data as { id?: unknown } | undefined;
  if (typeof data?.id !== 'string') return undefined;
  const location = locateValue(document, ['id']);
  const found = location && unquoted(document, location.start, location.end, data.id);
  return found && { id: data.id, ...found };
}

/** The references a document writes, for a file whose id is missing or declared twice. */
function referencesIn(graph: Graph, document: Document): Reference[] {
  return graph.references.filter((reference) => reference.document === document);
}

/** The range of the id inside a value written plainly or in quotes. */
function unquoted(
  document: Document,
  start: number,
  end: number,
  id: string,
): { start: number; end: number } | undefined {
  const at = document.text.slice(start, end).indexOf(id);
  return at < 0 ? undefined : { start: start + at, end: start + at + id.length };
}
