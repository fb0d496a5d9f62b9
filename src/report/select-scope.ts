import { compareStrings } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { DepartmentEntry, Organisation, RoleEntry } from './collect-organisation.js';
import { UsageError } from '../usage-error.js';
import { t } from '../i18n/t.js';

/** `--department`, `--level`, `--status`: which roles a report covers. */
export interface ReportFilters {
  /** A department id; its sub-departments are included. */
  department?: string;
  level?: string;
  status?: string;
}

/** The part of the organisation a report covers. */
export interface Scope {
  filters: ReportFilters;
  /** The roles that pass the filters, in report order. */
  roles: readonly RoleEntry[];
  /** How many roles the filters left out. */
  excluded: number;
  /** The departments covered, in tree order, depth counted from the filtered department. */
  departments: readonly DepartmentEntry[];
  includes(role: RoleEntry): boolean;
  /** The covered roles of one department (report order): grouped once, not filtered per department. */
  rolesIn(department: string | null): readonly RoleEntry[];
  /**
   * Whether a file's findings belong in the report: the files of included roles and covered
   * departments, and files that are neither (unreadable ones) unless a department is asked for.
   */
  coversFile(file: string): boolean;
}

/** Applies the filters; an unknown department or level is a usage error, with a suggestion. */
export function selectScope(organisation: Organisation, filters: ReportFilters): Scope {
  let departments = organisation.departments;
  if (filters.department !== undefined) {
    const root = organisation.department(filters.department);
    if (!root) {
      const known = organisation.departments
        .map((entry) => entry.id)
        .filter((id): id is string => id !== null)
        .sort(compareStrings);
      throw new UsageError(
        t('report.error.unknownDepartment', { id: filters.department, hint: suggest(filters.department, known) }),
      );
    }
    const start = departments.indexOf(root);
    let end = start + 1;
    while (end < departments.length && departments[end]!.depth > root.depth) end++;
    departments = departments.slice(start, end).map((entry) => ({ ...entry, depth: entry.depth - root.depth }));
  }
  if (filters.level !== undefined && !organisation.levels.includes(filters.level)) {
    // Levels are two or three characters: any two differ by an edit or two, so list them all rather than guess.
    throw new UsageError(
      t('report.error.unknownLevel', {
        level: filters.level,
        hint: suggest(filters.level, organisation.levels, false),
      }),
    );
  }
  const covered = new Set(departments.map((entry) => entry.id));
  const includes = (role: RoleEntry) =>
    covered.has(role.department) &&
    (filters.level === undefined || role.level === filters.level) &&
    (filters.status === undefined || role.status === filters.status);
  const roles = organisation.roles.filter(includes);
  const roleFiles = new Set(roles.map((role) => role.file));
  // Filtering every role for each department was quadratic: 21,000 departments × 100,000 roles took minutes.
  const byDepartment = new Map<string | null, RoleEntry[]>();
  for (const role of roles) {
    const group = byDepartment.get(role.department);
    if (group) group.push(role);
    else byDepartment.set(role.department, [role]);
  }
  return {
    filters,
    roles,
    excluded: organisation.roles.length - roles.length,
    departments,
    includes,
    rolesIn: (department) => byDepartment.get(department) ?? [],
    coversFile(file) {
      const kind = organisation.kindOf(file);
      if (kind === 'role') return roleFiles.has(file);
      if (kind === 'department') return covered.has(organisation.departmentOf(file));
      return filters.department === undefined;
    },
  };
}

/** The end of an "Unexpected" message: a suggestion, else the choices. */
export function suggest(word: string, known: readonly string[], guessing = true): string {
  const guess = guessing ? didYouMean(word, known) : undefined;
  if (guess) return t('report.hint.didYouMean', { candidate: guess });
  if (known.length === 0) return t('report.hint.noneDeclared');
  const shown = known
    .slice(0, 10)
    .map((id) => `\`${id}\``)
    .join(t('list.separator'));
  return (
    t('report.hint.oneOf', { choices: shown }) +
    (known.length > 10 ? t('report.hint.more', { count: known.length - 10 }) : '')
  );
}
