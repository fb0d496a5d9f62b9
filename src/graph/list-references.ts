import { compareStrings } from '../diagnostics/diagnostic.js';
import type { Declaration, Graph, Reference } from './graph.js';

/** Everything that names one id, for `roles refs`. */
export interface ReferenceList {
  id: string;
  /** The file declaring the id; absent when only references name it. */
  declaration?: Declaration;
  /** Sorted by file, then position. */
  references: Reference[];
}

/** The references to an id; undefined when no file declares or names it. */
export function listReferences(graph: Graph, id: string): ReferenceList | undefined {
  const declaration = graph.declarations.get(id);
  const references = [...(graph.referencesTo.get(id) ?? [])].sort(
    (a, b) => compareStrings(a.document.file, b.document.file) || a.start - b.start,
  );
  if (!declaration && references.length === 0) return undefined;
  return { id, ...(declaration ? { declaration } : {}), references };
}
