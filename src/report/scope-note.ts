import type { Block } from './report.js';
import type { Scope } from './select-scope.js';

/** The filters as JSON: every key present, null when unset. */
export function filtersData(scope: Scope): { department: string | null; level: string | null; status: string | null } {
  const { department, level, status } = scope.filters;
  return { department: department ?? null, level: level ?? null, status: status ?? null };
}

/** Says which filters apply and how many roles they left out; nothing when none apply. */
export function scopeNote(scope: Scope): Block[] {
  const { department, level, status } = scope.filters;
  const parts = [
    ...(department !== undefined ? [`department \`${department}\` and its sub-departments`] : []),
    ...(level !== undefined ? [`level \`${level}\``] : []),
    ...(status !== undefined ? [`status \`${status}\``] : []),
  ];
  if (parts.length === 0) return [];
  return [
    {
      kind: 'note',
      text: `Filtered to ${parts.join(', ')}: ${scope.roles.length} ${scope.roles.length === 1 ? 'role' : 'roles'} shown, ${scope.excluded} excluded.`,
      mark: 'muted',
    },
  ];
}
