import type { Document } from '../parse/document.js';
import { referencesOf } from './build-graph.js';
import type { Declaration, DepartmentNode, Graph, Reference, RoleNode } from './graph.js';

/**
 * What a graph rule walks when only some documents' problems are wanted (`GraphRuleContext.scope`):
 * the nodes, declarations and references of those documents; everything when there is no scope.
 */

/** The roles of the documents in scope (the graph's own node: a duplicate id's second file has none). */
export function rolesIn(graph: Graph, scope: ReadonlySet<Document> | undefined): Iterable<RoleNode> {
  if (!scope) return graph.roles.values();
  const nodes: RoleNode[] = [];
  for (const document of scope) {
    const node = document.role && graph.roles.get(document.role.id);
    if (node?.document === document) nodes.push(node);
  }
  return nodes;
}

/** The departments of the documents in scope. */
export function departmentsIn(graph: Graph, scope: ReadonlySet<Document> | undefined): Iterable<DepartmentNode> {
  if (!scope) return graph.departments.values();
  const nodes: DepartmentNode[] = [];
  for (const document of scope) {
    const node = document.department && graph.departments.get(document.department.id);
    if (node?.document === document) nodes.push(node);
  }
  return nodes;
}

/** The declarations of the documents in scope, read from the raw front matter as `graph.declarations` is. */
export function declarationsIn(graph: Graph, scope: ReadonlySet<Document> | undefined): Iterable<Declaration> {
  if (!scope) return graph.declarations.values();
  const declarations: Declaration[] = [];
  for (const document of scope) {
    const id = referencesOf(document)?.id;
    const declaration = id === undefined ? undefined : graph.declarations.get(id);
    if (declaration?.document === document) declarations.push(declaration);
  }
  return declarations;
}

/** The references the documents in scope write, each document's in source order. */
export function referencesIn(graph: Graph, scope: ReadonlySet<Document> | undefined): Iterable<Reference> {
  if (!scope) return graph.references;
  const references: Reference[] = [];
  for (const document of scope)
    for (const reference of referencesOf(document)?.references ?? []) references.push(reference);
  return references;
}
