import type { Graph, Reference } from './graph.js';

/**
 * The one link each declared role (`reports_to`) or department (`parent`) has to another of its
 * kind, by the declaring id. Links to unknown ids or to the wrong kind are left out: they end the
 * chain here, and `reference-exists` reports them.
 */
export function findLinks(graph: Graph, field: 'reports_to' | 'parent'): Map<string, Reference & { value: string }> {
  const kind = field === 'reports_to' ? 'role' : 'department';
  const links = new Map<string, Reference & { value: string }>();
  for (const declaration of graph.declarations.values()) {
    if (declaration.kind !== kind) continue;
    const link = declaration.references.find((reference) => reference.field === field);
    if (link?.value != null && graph.declarations.get(link.value)?.kind === kind)
      links.set(declaration.id, link as Reference & { value: string });
  }
  return links;
}
