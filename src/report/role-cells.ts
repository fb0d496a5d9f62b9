import type { CATALOGUE, MessageId } from '../i18n/catalogue.js';
import type { Placeholders } from '../i18n/format-message.js';
import { getLocale } from '../i18n/locale.js';
import { t } from '../i18n/t.js';
import type { Organisation, RoleEntry } from './collect-organisation.js';
import type { Cell, Column, Mark } from './report.js';

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

/** `invalid front matter, 2 errors, 1 warning` (头部信息无效，2 个错误，1 个警告), empty for a clean file. */
export function problemsCell(role: RoleEntry): Cell {
  const parts = [
    ...(role.valid ? [] : [t('report.problems.invalid')]),
    ...(role.errors > 0 ? [count(role.errors, 'error')] : []),
    ...(role.warnings > 0 ? [count(role.warnings, 'warning')] : []),
  ];
  const mark = roleMark(role);
  return { text: parts.join(t('report.problems.separator')), ...(mark ? { mark } : {}) };
}

/** The one word for a value the data does not give (未知 / unknown), marked as missing. */
export function missingCell(): Cell {
  return { text: t('word.missing'), mark: 'missing' };
}

/** A sum of headcounts that says how many roles left theirs out, rather than counting them as 0. */
export function headcountText(sum: number, unknown: number, roles: number): string {
  if (unknown === 0) return String(sum);
  if (unknown === roles) return t('word.missing');
  return t(unknown === 1 ? 'report.headcount.partial.one' : 'report.headcount.partial.other', { sum, unknown });
}

/** A department's name, or its id when it has no file. */
export function departmentName(organisation: Organisation, id: string | null): string {
  if (id === null) return t('report.noDepartment');
  return organisation.department(id)?.name ?? id;
}

/** The things a report counts. */
type Counted = 'role' | 'department' | 'error' | 'warning' | 'file' | 'ladder' | 'year';

/** `3 roles` / `3 个岗位`: a count with its noun, singular or plural as the language wants. */
export function count(n: number, noun: Counted): string {
  return t(`report.n.${noun}.${n === 1 ? 'one' : 'other'}`, { count: n });
}

/** `error` / `错误`. */
export function severityText(severity: 'error' | 'warning'): string {
  return t(severity === 'error' ? 'report.severity.error' : 'report.severity.warning');
}

/** A status as people read it: 草稿, 已批准, 已停用 (draft, approved, retired); other text as written. */
export function statusText(status: string | undefined): string | null {
  if (status === undefined) return null;
  return status === 'draft' || status === 'approved' || status === 'retired' ? t(`report.status.${status}`) : status;
}

/** 是/否 under zh-CN, true/false in English. */
export function yesNo(value: boolean): string {
  return t(value ? 'report.yes' : 'report.no');
}

/** The CSV header keys the catalogue names (`report.csv.<key>`). */
export type CsvKey = MessageId extends infer Id ? (Id extends `report.csv.${infer Key}` ? Key : never) : never;

/** CSV headers: Chinese words under zh-CN for spreadsheet readers, the JSON's snake_case keys in English. */
export function csvColumns(keys: readonly CsvKey[]): string[] {
  return keys.map((key) => t(`report.csv.${key}`));
}

/** A catalogue message without placeholders: a header, a word. */
export type PlainId = {
  [Id in MessageId]: [Placeholders<(typeof CATALOGUE)[Id]['en']>] extends [never] ? Id : never;
}[MessageId];

/** Table columns from catalogue ids; `[id, 'right']` for numbers, which are right-aligned. */
export function columns(...specs: Array<PlainId | [PlainId, 'right']>): Column[] {
  return specs.map((spec) => (Array.isArray(spec) ? { header: t(spec[0]), align: 'right' } : { header: t(spec) }));
}

/** What goes between two sentences: a space in English, nothing after a Chinese full stop. */
export function sentenceGap(): string {
  return getLocale() === 'zh-CN' ? '' : ' ';
}
