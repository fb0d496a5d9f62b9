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

/** A file of a version that is not a valid role or department, with what it seems to declare and why it fails. */
export interface InvalidFile {
  file: string;
  /** The `id` its front matter names, when it can be read. */
  id: string | null;
  /** Its `title` or `name`, when it can be read. */
  name: string | null;
  /** The first thing `roles check` says about it. */
  problem: Problem;
}

export interface Problem {
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** The organisation at one version (a commit or the working tree). */
export interface OrgVersion {
  /** How to name this version: the ref as given, or `working tree`. */
  label: string;
  roles: ReadonlyMap<string, Entity<Role>>;
  departments: ReadonlyMap<string, Entity<Department>>;
  /** Files that cannot be read, fail the schema or repeat an id. */
  invalid: readonly InvalidFile[];
}

export type EntityKind = 'role' | 'department';

/** A role or department named for people, with its id for machines. */
export interface Ref {
  id: string;
  /** Its title or name; the id when the version does not have it. */
  name: string;
}

/** One changed fact of a role or department present, valid, on both sides. */
export type FieldChange =
  /** A list (`direct_reports`, `aliases`, …): what came and went, references with names. */
  | { field: string; type: 'list'; added: Array<Ref | string>; removed: Array<Ref | string> }
  /** A single value; `null` means absent on that side. For `headcount`, absent means unknown. */
  | {
      field: string;
      type: 'value';
      before: string | number | boolean | null;
      after: string | number | boolean | null;
    }
  /** A `##` section: added, removed, or edited with the words that changed. */
  | { field: string; type: 'section'; change: 'added' | 'removed' | 'edited'; words: WordChange[] };

/** One place where a section's text changed: the words removed and the words put in their place. */
export interface WordChange {
  removed: string;
  added: string;
}

/** The semantic difference between two versions of the organisation. */
export interface OrgDiff {
  base: string;
  head: string;
  added: Array<
    Ref & {
      kind: EntityKind;
      file: string;
      level: string | null;
      department: Ref | null;
      reportsTo: Ref | null;
      headcount: number | null;
    }
  >;
  removed: Array<Ref & { kind: EntityKind; file: string }>;
  /** An id that disappeared while another with the same title, or the same content, appeared. */
  renamed: Array<Ref & { kind: EntityKind; from: string; by: 'title' | 'content' }>;
  /** Valid before, invalid now (or new and invalid): not removed, and what is wrong. */
  madeInvalid: Array<{ file: string; id: string | null; name: string | null; problem: Problem }>;
  /** Invalid before, valid now: with what was wrong. */
  madeValid: Array<{ file: string; id: string; name: string; problem: Problem }>;
  /** Roles whose superior changed (a renamed superior is not a move), by name. */
  moved: Array<Ref & { from: Ref | null; to: Ref | null }>;
  /** Everything else that changed in roles and departments present and valid on both sides. */
  changed: Array<Ref & { kind: EntityKind; file: string; changes: FieldChange[] }>;
  /** Departments whose number of roles or known headcount changed; `null` headcount: no role says. */
  departments: Array<
    Ref & {
      roles: [before: number, after: number];
      headcount: [before: number | null, after: number | null];
      unknown: [before: number, after: number];
    }
  >;
}
