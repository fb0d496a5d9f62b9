import type { Document } from '../parse/document.js';
import { declarationsIn } from './graph-scope.js';
import type { Graph, Reference } from './graph.js';

/**
 * The one link each declared role (`reports_to`) or department (`parent`) has to another of its
 * kind, by the declaring id. Links to unknown ids or to the wrong kind are left out: they end the
 * chain here, and `reference-exists` reports them. With a scope, only the links on the chains that
 * start at the documents in scope: all that decides where those chains lead.
 */
export function findLinks(
  graph: Graph,
  field: 'reports_to' | 'parent',
  scope?: ReadonlySet<Document>,
): Map<string, Reference & { value: string }> {
  const kind = field === 'reports_to' ? 'role' : 'department';
  const links = new Map<string, Reference & { value: string }>();
  for (const start of declarationsIn(graph, scope)) {
    let declaration = start.kind === kind ? start : undefined;
    // Without a scope every declaration is a start, so each walk stops after one step.
    while (declaration && !links.has(declaration.id)) {
      const link = declaration.references.find((reference) => reference.field === field);
      const next = link?.value == null ? undefined : graph.declarations.get(link.value);
      if (next?.kind !== kind) break;
      links.set(declaration.id, link as Reference & { value: string });
      declaration = scope ? next : undefined;
    }
  }
  return links;
}
