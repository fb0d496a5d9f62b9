import path from 'node:path';
import { compareStrings, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';

/** A role file as the report shows it: read from the validated role, or from the raw front matter as far as it goes. */
export interface RoleEntry {
  /** The declared id, or the file name when the file declares none. */
  id: string;
  file: string;
  /** Whether the front matter passed the schema. */
  valid: boolean;
  title?: string;
  /** The department id it names; null when it names none. */
  department: string | null;
  level?: string;
  headcount?: number;
  status?: string;
  reportsTo?: string;
  directReports: string[];
  careerPath: string[];
  /** The front matter as plain data, as written (empty when it did not parse). */
  data: Record<string, unknown>;
  document: Document;
  /** Findings of the checks on this file. */
  errors: number;
  warnings: number;
}

/** A department as the report shows it, including those only named by roles. */
export interface DepartmentEntry {
  /** Null for the bucket of roles and files that belong to no department. */
  id: string | null;
  /** `undeclared`: roles name it but no file declares it; `none`: the no-department bucket. */
  state: 'valid' | 'invalid' | 'undeclared' | 'none';
  name?: string;
  parent?: string;
  file?: string;
  /** The department's file, parsed: the handbook reads its body (部门职责). */
  document?: Document;
  /** 0 for an organisation (a department without a parent). */
  depth: number;
}

/** Every role and department of the project, in report order, with the checks' findings. */
export interface Organisation {
  /** By department tree order, then level (highest first), then id, then file. */
  roles: readonly RoleEntry[];
  /** Department tree order (depth first, children by id), then undeclared departments, then the no-department bucket when used. */
  departments: readonly DepartmentEntry[];
  /** The configured ladder, lowest first. */
  levels: readonly string[];
  graph: Graph;
  /** Every finding of the full check, sorted. */
  diagnostics: readonly Diagnostic[];
  /** The role a reference resolves to: the graph's pick for a duplicated id, else the first file. */
  role(id: string): RoleEntry | undefined;
  roleOfDocument(document: Document): RoleEntry | undefined;
  department(id: string | null): DepartmentEntry | undefined;
  /** The department a file's findings count towards; null for none. */
  departmentOf(file: string): string | null;
  /** Whether a file is a role file, a department file, or neither (a file that could not be read or parsed as either). */
  kindOf(file: string): 'role' | 'department' | 'other';
  /** Sub-departments, by id. */
  children(id: string): readonly DepartmentEntry[];
  /** Sorts roles: department order, level (highest first, unknown last), id, file. */
  compareRoles(a: RoleEntry, b: RoleEntry): number;
}

/**
 * Reads every document once more as the report needs it. Files that failed the schema are kept
 * (marked invalid) and read leniently from their raw data, so a report never drops a file.
 */
export function collectOrganisation(
  documents: readonly Document[],
  graph: Graph,
  diagnostics: readonly Diagnostic[],
  levels: readonly string[],
): Organisation {
  const counts = countByFile(diagnostics);
  const roleEntries: RoleEntry[] = [];
  const declared = new Map<string, DepartmentEntry>();
  const departmentFiles = new Map<string, string>();

  for (const document of documents) {
    // The raw data, valid or not: its keys in the file's order, its values as written.
    const data = asRecord(document.frontMatter?.data);
    const { errors = 0, warnings = 0 } = counts.get(document.file) ?? {};
    const id = text(data.id) ?? path.posix.basename(document.file, path.posix.extname(document.file));
    if (document.department || (!document.role && data.kind === 'department')) {
      departmentFiles.set(document.file, id);
      if (declared.has(id)) continue;
      const parent = text(data.parent);
      declared.set(id, {
        id,
        state: document.department ? 'valid' : 'invalid',
        ...optional('name', text(data.name)),
        ...optional('parent', parent === id ? undefined : parent),
        file: document.file,
        document,
        depth: 0,
      });
      continue;
    }
    roleEntries.push({
      id,
      file: document.file,
      valid: document.role !== undefined,
      ...optional('title', text(data.title)),
      department: text(data.department) ?? null,
      ...optional('level', text(data.job_level)),
      ...optional(
        'headcount',
        typeof data.headcount === 'number' && Number.isInteger(data.headcount) && data.headcount >= 0
          ? data.headcount
          : undefined,
      ),
      ...optional('status', text(data.status)),
      ...optional('reportsTo', text(data.reports_to)),
      directReports: textList(data.direct_reports),
      careerPath: textList(data.career_path),
      data,
      document,
      errors,
      warnings,
    });
  }

  const children = new Map<string, DepartmentEntry[]>();
  for (const entry of [...declared.values()].sort(byId)) {
    if (entry.parent !== undefined && declared.has(entry.parent))
      children
        .set(entry.parent, children.get(entry.parent) ?? [])
        .get(entry.parent)!
        .push(entry);
  }
  const departments = walkDepartments(declared, children);
  const undeclared = [
    ...new Set(
      roleEntries.map((role) => role.department).filter((id): id is string => id !== null && !declared.has(id)),
    ),
  ].sort(compareStrings);
  for (const id of undeclared) departments.push({ id, state: 'undeclared', depth: 0 });

  const fileDepartment = new Map<string, string | null>(departmentFiles);
  for (const role of roleEntries) fileDepartment.set(role.file, role.department);
  const departmentOf = (file: string) => fileDepartment.get(file) ?? null;
  if (roleEntries.some((role) => role.department === null) || diagnostics.some((d) => !fileDepartment.has(d.file))) {
    departments.push({ id: null, state: 'none', depth: 0 });
  }

  const order = new Map(departments.map((entry, index) => [entry.id, index]));
  const rank = new Map(levels.map((level, index) => [level, index]));
  // A level off the ladder sorts below every known one, a missing level below that.
  const weight = (role: RoleEntry) => (role.level === undefined ? -2 : (rank.get(role.level) ?? -1));
  const compareRoles = (a: RoleEntry, b: RoleEntry) =>
    order.get(a.department)! - order.get(b.department)! ||
    weight(b) - weight(a) ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.file, b.file);
  const roles = roleEntries.sort(compareRoles);

  const byDocument = new Map(roles.map((role) => [role.document, role]));
  const byFile = new Set(roles.map((role) => role.file));
  const firstById = new Map<string, RoleEntry>();
  for (const role of [...roles].sort((a, b) => compareStrings(a.file, b.file)))
    if (!firstById.has(role.id)) firstById.set(role.id, role);
  const departmentById = new Map(departments.map((entry) => [entry.id, entry]));

  return {
    roles,
    departments,
    levels,
    graph,
    diagnostics,
    role: (id) => {
      const node = graph.roles.get(id);
      return (node && byDocument.get(node.document)) ?? firstById.get(id);
    },
    roleOfDocument: (document) => byDocument.get(document),
    department: (id) => departmentById.get(id),
    departmentOf,
    kindOf: (file) => (departmentFiles.has(file) ? 'department' : byFile.has(file) ? 'role' : 'other'),
    children: (id) => children.get(id) ?? [],
    compareRoles,
  };
}

/** Depth first from the organisations, children by id; departments caught in a parent cycle follow as extra roots. */
function walkDepartments(
  declared: ReadonlyMap<string, DepartmentEntry>,
  children: ReadonlyMap<string, DepartmentEntry[]>,
): DepartmentEntry[] {
  const sorted = [...declared.values()].sort(byId);
  const roots = sorted.filter((entry) => entry.parent === undefined || !declared.has(entry.parent));
  const out: DepartmentEntry[] = [];
  const seen = new Set<string>();
  const walk = (root: DepartmentEntry) => {
    const stack = [{ entry: root, depth: 0 }];
    while (stack.length > 0) {
      const { entry, depth } = stack.pop()!;
      if (seen.has(entry.id!)) continue;
      seen.add(entry.id!);
      out.push({ ...entry, depth });
      const kids = children.get(entry.id!) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ entry: kids[i]!, depth: depth + 1 });
    }
  };
  for (const root of roots) walk(root);
  for (const entry of sorted) if (!seen.has(entry.id!)) walk(entry);
  return out;
}

function countByFile(diagnostics: readonly Diagnostic[]): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    const count = counts.get(d.file) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') count.errors++;
    else count.warnings++;
    counts.set(d.file, count);
  }
  return counts;
}

function byId(a: DepartmentEntry, b: DepartmentEntry): number {
  return compareStrings(a.id ?? '', b.id ?? '');
}

/** Text as the report shows it: trimmed strings, numbers as written; anything else is unknown. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((item): item is string => item !== undefined) : [];
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** `{ key: value }` when the value is known, so optional keys stay absent rather than undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}
