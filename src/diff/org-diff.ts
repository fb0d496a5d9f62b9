import type { Department, Role } from '../schema/role-schema.js';

/** One role or department as a version of the repository has it. */
export interface Entity<T> {
  id: string;
  /** Display path of its file. */
  file: string;
  value: T;
  /** Canonical `##` section name → its text, normalised; undefined when the body was not parsed. */
  sections: ReadonlyMap<string, string> | undefined;
}

/** The organisation at one version (a commit or the working tree), from the files that passed the schema. */
export interface OrgVersion {
  /** How to name this version: the ref as given, or `working tree`. */
  label: string;
  roles: ReadonlyMap<string, Entity<Role>>;
  departments: ReadonlyMap<string, Entity<Department>>;
  /** Files left out of the comparison, and why (cannot be read, fail the schema, duplicate id). */
  skipped: readonly SkippedFile[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export type EntityKind = 'role' | 'department';

/** What a role or department is called, for people: its title or name. */
export interface Named {
  kind: EntityKind;
  id: string;
  name: string;
  file: string;
}

/** One changed fact of a role or department; `null` means absent on that side. */
export interface FieldChange {
  /** The front-matter path, such as `job_level` or `requirements.education.minimum`, or `## 职责任务` for a section. */
  field: string;
  before: string | null;
  after: string | null;
}

/** The semantic difference between two versions of the organisation. */
export interface OrgDiff {
  base: string;
  head: string;
  added: Array<Named & { summary: string }>;
  removed: Named[];
  /** An id that disappeared while another with the same title or content appeared. */
  renamed: Array<Named & { from: string; by: 'title' | 'content' }>;
  /** Roles whose `reports_to` changed (renamed superiors do not count as moves). */
  moved: Array<Named & { from: string | null; to: string | null }>;
  /** Everything else that changed in roles and departments present on both sides, by id. */
  changed: Array<Named & { changes: FieldChange[] }>;
  /** Departments whose number of roles or summed headcount changed. */
  totals: Array<Named & { roles: [before: number, after: number]; headcount: [before: number, after: number] }>;
  skipped: Array<SkippedFile & { version: string }>;
}
