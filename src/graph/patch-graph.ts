import { compareStrings } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { referencesOf } from './build-graph.js';
import type { Graph, Reference, RoleNode } from './graph.js';
import { shareSuggestions } from './suggest-id.js';

/**
 * The graph after one role file changed, made from the graph before it: an edit in the language
 * server then costs that file's links, not the organisation's. Gives what `buildGraph` gives over
 * the same documents, or undefined when the change is not one it patches (a department, an id
 * or kind that changed, a file that gained its place in `roles` or has no references to place)
 * and the graph must be built again. The caller makes sure no other file declares the id. The
 * maps of `graph` are updated in place: the graph returned replaces it.
 */
export function patchGraph(graph: Graph, before: Document, after: Document): Graph | undefined {
  const old = referencesOf(before);
  const next = referencesOf(after);
  const id = old?.id;
  if (id === undefined || next?.id !== id || old!.kind !== 'role' || next.kind !== 'role') return undefined;
  if (before.department || after.department || graph.declarations.get(id)?.document !== before) return undefined;
  if ((before.role && before.role.id !== id) || (after.role && after.role.id !== id)) return undefined;
  const oldNode = graph.roles.get(id);
  if (oldNode ? oldNode.document !== before : after.role) return undefined;
  const at = old!.references.length > 0 ? graph.references.indexOf(old!.references[0]!) : -1;
  if (at < 0 && next.references.length > 0) return undefined;

  const roles = graph.roles as Map<string, RoleNode>;
  const subordinates = graph.subordinates as Map<string, readonly RoleNode[]>;
  const members = graph.members as Map<string, readonly RoleNode[]>;
  const newNode: RoleNode | undefined = after.role ? { id, role: after.role, document: after } : undefined;
  // Replacing the value keeps the key where it was: map order stays path order.
  if (newNode) roles.set(id, newNode);
  else roles.delete(id);
  if (oldNode?.role.reports_to) remove(subordinates, oldNode.role.reports_to, oldNode);
  if (oldNode) remove(members, oldNode.role.department, oldNode);
  if (newNode?.role.reports_to) insert(subordinates, newNode.role.reports_to, newNode);
  if (newNode) insert(members, newNode.role.department, newNode);
  (graph.declarations as Map<string, typeof next & { id: string }>).set(id, { ...next, id });

  let references = graph.references;
  if (at >= 0 && next.references.length === old!.references.length) {
    // The same number of references (a value changed): replaced in place, nothing copied.
    for (let i = 0; i < next.references.length; i++) (references as Reference[])[at + i] = next.references[i]!;
  } else if (at >= 0) {
    // Copied by a loop: spreading a file's ten thousand references into splice would overflow the stack.
    const copy: Reference[] = [];
    for (let i = 0; i < at; i++) copy.push(references[i]!);
    for (const reference of next.references) copy.push(reference);
    for (let i = at + old!.references.length; i < references.length; i++) copy.push(references[i]!);
    references = copy;
  }
  const referencesTo = graph.referencesTo as Map<string, readonly Reference[]>;
  const values = new Set<string>();
  for (const reference of [...old!.references, ...next.references])
    if (reference.value !== null) values.add(reference.value);
  for (const value of values) {
    const list = referencesTo.get(value) ?? [];
    const kept = list.filter((reference) => reference.document !== before);
    // The file's references to the value go where its path puts them, in source order.
    let place = kept.findIndex((reference) => compareStrings(reference.document.file, after.file) > 0);
    if (place < 0) place = kept.length;
    const added = next.references.filter((reference) => reference.value === value);
    const updated = [...kept.slice(0, place), ...added, ...kept.slice(place)];
    if (updated.length > 0) referencesTo.set(value, updated);
    else referencesTo.delete(value);
  }
  const patched: Graph = { ...graph, references };
  if (old!.names.join('\0') === next.names.join('\0')) shareSuggestions(graph, patched);
  return patched;
}

/** Takes a node out of the list under a key, in place; an emptied list goes, as `buildGraph` makes none. */
function remove(map: Map<string, readonly RoleNode[]>, key: string, node: RoleNode): void {
  const list = map.get(key) as RoleNode[] | undefined;
  const at = list ? list.indexOf(node) : -1;
  if (at < 0) return;
  list!.splice(at, 1);
  if (list!.length === 0) map.delete(key);
}

/** Puts a node into the list under a key, in place, in id order as `buildGraph` sorts them. */
function insert(map: Map<string, readonly RoleNode[]>, key: string, node: RoleNode): void {
  const list = map.get(key) as RoleNode[] | undefined;
  if (!list) {
    map.set(key, [node]);
    return;
  }
  let place = list.findIndex((other) => compareStrings(other.id, node.id) > 0);
  if (place < 0) place = list.length;
  list.splice(place, 0, node);
}
