import type { Organisation, RoleEntry } from './collect-organisation.js';
import type { Cell, Mark } from './report.js';

/** What a role is called in a report: its title, else its id. */
export function roleName(role: RoleEntry): string {
  return role.title ?? role.id;
}

/** Invalid front matter outranks errors, errors outrank warnings. */
export function roleMark(role: RoleEntry): Mark | undefined {
  if (!role.valid) return 'invalid';
  if (role.errors > 0) return 'error';
  return role.warnings > 0 ? 'warning' : undefined;
}

/** `invalid front matter, 2 errors, 1 warning`, empty for a clean file. */
export function problemsCell(role: RoleEntry): Cell {
  const parts = [
    ...(role.valid ? [] : ['invalid front matter']),
    ...(role.errors > 0 ? [plural(role.errors, 'error')] : []),
    ...(role.warnings > 0 ? [plural(role.warnings, 'warning')] : []),
  ];
  const mark = roleMark(role);
  return { text: parts.join(', '), ...(mark ? { mark } : {}) };
}

/** A sum of headcounts that says how many roles left theirs out, rather than counting them as 0. */
export function headcountText(sum: number, unknown: number, roles: number): string {
  if (unknown === 0) return String(sum);
  if (unknown === roles) return 'unknown';
  return `${sum} (${unknown} ${unknown === 1 ? 'role' : 'roles'} unknown)`;
}

/** A department's name, or its id when it has no file. */
export function departmentName(organisation: Organisation, id: string | null): string {
  if (id === null) return '(no department)';
  return organisation.department(id)?.name ?? id;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
