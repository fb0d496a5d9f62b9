import type { Document } from '../parse/document.js';
import { referencesOf } from './build-graph.js';
import type { Graph } from './graph.js';

/**
 * The documents whose graph-rule findings may change when `document` changes into (or from)
 * `counterpart`, as far as `graph` (which holds `document`) shows: call it on the graph before the
 * edit with the old version and on the graph after with the new one, and check the union. Every
 * graph rule reports on a file from what that file links to and what links to it, so this is:
 * - the file, the files it names (its superior's span of control, its department's headcount and
 *   the departments above, whose totals include it) and the files naming it (subordinates' level
 *   order, `direct_reports` that must agree, referrers of a renamed id);
 * - when its reporting line moved, or it sits on a cycle, everything below it (cycles and
 *   unreachable roles run through it);
 * - when it is a root, every root (`single-root` names the others);
 * - when its id, kind, title or aliases changed, every file with an unknown reference (its
 *   did-you-mean may now name this file, or stop naming it).
 * Undefined when the reach is the whole organisation: a department changed (parent chains,
 * headcounts and organisations run through it). The caller makes sure no other file declares
 * the id (duplicate ids are checked over every file).
 */
export function editReach(
  graph: Graph,
  document: Document,
  counterpart: Document | undefined,
): Set<Document> | undefined {
  const reach = new Set<Document>([document]);
  const own = referencesOf(document);
  if (!own) return reach;
  const other = counterpart && referencesOf(counterpart);
  if (own.kind === 'department' || other?.kind === 'department' || document.department) return undefined;
  const declared = own.id === undefined ? undefined : graph.declarations.get(own.id);
  const id = declared?.document === document ? own.id : undefined;
  if (id !== undefined) for (const reference of graph.referencesTo.get(id) ?? []) reach.add(reference.document);
  for (const reference of own.references) {
    if (reference.value === null) continue;
    const target = graph.declarations.get(reference.value);
    if (target) reach.add(target.document);
    if (reference.field === 'department')
      for (const above of departmentsAbove(graph, reference.value)) reach.add(above);
  }
  const link = (found: typeof own | undefined) =>
    found && `${found.kind}\0${found.id}\0${found.references.find((r) => r.field === 'reports_to')?.value}`;
  if (id !== undefined && (link(own) !== link(other) || onCycle(graph, id)))
    for (const below of descendants(graph, id)) reach.add(below);
  if (own.kind === 'role' && !own.references.some((reference) => reference.field === 'reports_to'))
    for (const declaration of graph.declarations.values())
      if (declaration.kind === 'role' && !declaration.references.some((reference) => reference.field === 'reports_to'))
        reach.add(declaration.document);
  const names = (found: typeof own | undefined) => found && `${found.kind}\0${found.id}\0${found.names.join('\0')}`;
  if (names(own) !== names(other))
    for (const reference of graph.references)
      if (reference.value !== null && !graph.declarations.has(reference.value)) reach.add(reference.document);
  return reach;
}

/** The department files from `department` up its `parent` chain, stopping on a cycle. */
function departmentsAbove(graph: Graph, department: string): Document[] {
  const found: Document[] = [];
  const seen = new Set<string>();
  for (let current: string | undefined = department; current !== undefined && !seen.has(current);) {
    seen.add(current);
    const node = graph.departments.get(current);
    if (node) found.push(node.document);
    current = node?.department.parent;
  }
  return found;
}

/** Whether following `reports_to` up from a role comes back to it. */
function onCycle(graph: Graph, id: string): boolean {
  const seen = new Set<string>();
  for (let current = superiorOf(graph, id); current !== undefined; current = superiorOf(graph, current)) {
    if (current === id) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}

function superiorOf(graph: Graph, id: string): string | undefined {
  const declaration = graph.declarations.get(id);
  return declaration?.references.find((reference) => reference.field === 'reports_to')?.value ?? undefined;
}

/** Every file whose `reports_to` chain runs through the role, however deep, each once. */
function descendants(graph: Graph, id: string): Document[] {
  const found: Document[] = [];
  const seen = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const reference of graph.referencesTo.get(stack.pop()!) ?? []) {
      if (reference.field !== 'reports_to') continue;
      found.push(reference.document);
      const from = reference.from;
      if (from !== undefined && !seen.has(from) && graph.declarations.get(from)?.document === reference.document) {
        seen.add(from);
        stack.push(from);
      }
    }
  }
  return found;
}
