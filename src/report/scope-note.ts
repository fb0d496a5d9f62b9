import { t } from '../i18n/t.js';
import type { Block } from './report.js';
import { count } from './role-cells.js';
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
    ...(department !== undefined ? [t('report.filter.department', { department })] : []),
    ...(level !== undefined ? [t('report.filter.level', { level })] : []),
    ...(status !== undefined ? [t('report.filter.status', { status })] : []),
  ];
  if (parts.length === 0) return [];
  return [
    {
      kind: 'note',
      text: t('report.filter.note', {
        filters: parts.join(t('list.separator')),
        roles: count(scope.roles.length, 'role'),
        excluded: scope.excluded,
      }),
      mark: 'muted',
    },
  ];
}
