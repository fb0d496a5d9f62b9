import { compareStrings } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import type { DepartmentNode, Graph, RoleNode } from './graph.js';

/** Indexes valid documents by id and by the links between them; linear in the number of files. */
export function buildGraph(documents: readonly Document[], levels: readonly string[]): Graph {
  const roles = new Map<string, RoleNode>();
  const departments = new Map<string, DepartmentNode>();
  for (const document of documents) {
    if (document.role && !roles.has(document.role.id)) roles.set(document.role.id, { id: document.role.id, role: document.role, document });
    if (document.department && !departments.has(document.department.id)) {
      departments.set(document.department.id, { id: document.department.id, department: document.department, document });
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
  return { roles, departments, subordinates, members, childDepartments, levelRank: new Map(levels.map((level, rank) => [level, rank])) };
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}
