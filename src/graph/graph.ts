import type { Document } from '../parse/document.js';
import type { PathSegment } from '../parse/locate.js';
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
  /**
   * Every id some file declares, read from the raw front matter so that a file failing the
   * schema still counts as existing; when an id is declared twice, the first file in path order.
   */
  declarations: ReadonlyMap<string, Declaration>;
  /** Every reference of every file whose YAML parsed, in path order, then source order. */
  references: readonly Reference[];
  /** References by the id they name, as written. */
  referencesTo: ReadonlyMap<string, readonly Reference[]>;
}

/** The front-matter fields that name another role or department. */
export type ReferenceField =
  'reports_to' | 'direct_reports' | 'career_path' | 'department' | 'parent' | 'head' | 'collaboration.internal';

/** One place where a file names another role or department by id. */
export interface Reference {
  /** The file it is written in. */
  document: Document;
  /** The id that file declares, when it declares one as text. */
  from?: string;
  field: ReferenceField;
  /** Front-matter path of the value, such as `['direct_reports', 2]`. */
  path: readonly PathSegment[];
  /** The id as written; null for an empty value (`reports_to:` alone). */
  value: string | null;
  /** What the value must name. */
  target: 'role' | 'department' | 'role or department';
  /** Offsets of the value in the document text, quotes included; of its key when the value is empty. */
  start: number;
  end: number;
}

/** A role or department id declared by a file, whether or not the file passed the schema. */
export interface Declaration {
  id: string;
  kind: 'role' | 'department';
  document: Document;
  /** Title (or name) and aliases as written: what people call it, for "did you mean". */
  names: readonly string[];
  /** The references written in this file. */
  references: readonly Reference[];
}
