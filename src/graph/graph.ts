import type { Document } from '../parse/document.js';
import type { Department, Role } from '../schema/role-schema.js';

/** A role that passed the schema, with the file it came from. */
export interface RoleNode {
  id: string;
  role: Role;
  document: Document;
}

/** A department that passed the schema, with the file it came from. */
export interface DepartmentNode {
  id: string;
  department: Department;
  document: Document;
}

/** The organisation as built once after parsing; checks and reports only read it. */
export interface Graph {
  /** Roles by id; when an id is declared twice, the first file in path order. */
  roles: ReadonlyMap<string, RoleNode>;
  departments: ReadonlyMap<string, DepartmentNode>;
  /** Roles whose `reports_to` names the key, sorted by id. */
  subordinates: ReadonlyMap<string, readonly RoleNode[]>;
  /** Roles whose `department` names the key, sorted by id. */
  members: ReadonlyMap<string, readonly RoleNode[]>;
  /** Departments whose `parent` names the key, sorted by id. */
  childDepartments: ReadonlyMap<string, readonly DepartmentNode[]>;
  /** The configured job levels, lowest first, and each level's rank. */
  levelRank: ReadonlyMap<string, number>;
}
