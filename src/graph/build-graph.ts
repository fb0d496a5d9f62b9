import { compareStrings } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { collectReferences } from './collect-references.js';
import type { Declaration, DepartmentNode, Graph, Reference, RoleNode } from './graph.js';

/** What each document declares and names, read once per document: the language server rebuilds the graph after every edit. */
const collected = new WeakMap<Document, ReturnType<typeof collectReferences>>();

/** `collectReferences` of a document, read once: the same objects the graph holds. */
export function referencesOf(document: Document): ReturnType<typeof collectReferences> {
  if (!collected.has(document)) collected.set(document, collectReferences(document));
  return collected.get(document);
}

/** Indexes valid documents by id and by the links between them; linear in the number of files. */
export function buildGraph(documents: readonly Document[], levels: readonly string[]): Graph {
  const roles = new Map<string, RoleNode>();
  const departments = new Map<string, DepartmentNode>();
  for (const document of documents) {
    if (document.role && !roles.has(document.role.id))
      roles.set(document.role.id, { id: document.role.id, role: document.role, document });
    if (document.department && !departments.has(document.department.id)) {
      departments.set(document.department.id, {
        id: document.department.id,
        department: document.department,
        document,
      });
    }
  }
  const subordinates = new Map<string, RoleNode[]>();
  const members = new Map<string, RoleNode[]>();
  const childDepartments = new Map<string, DepartmentNode[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const node of [...roles.values()].sort(byId)) {
    if (node.role.reports_to) push(subordinates, node.role.reports_to, node);
    push(members, node.role.department, node);
  }
  for (const node of [...departments.values()].sort(byId)) {
    if (node.department.parent) push(childDepartments, node.department.parent, node);
  }
  const declarations = new Map<string, Declaration>();
  const references: Reference[] = [];
  const referencesTo = new Map<string, Reference[]>();
  for (const document of documents) {
    const found = referencesOf(document);
    if (!found) continue;
    if (found.id !== undefined && !declarations.has(found.id)) declarations.set(found.id, { ...found, id: found.id });
    for (const reference of found.references) {
      references.push(reference);
      if (reference.value !== null) push(referencesTo, reference.value, reference);
    }
  }
  const levelRank = new Map(levels.map((level, rank) => [level, rank]));
  return {
    roles,
    departments,
    subordinates,
    members,
    childDepartments,
    levelRank,
    declarations,
    references,
    referencesTo,
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}
