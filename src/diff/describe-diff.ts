import type { FieldChange, OrgDiff } from './org-diff.js';

/** The longest value shown in a table or comment; JSON keeps every value whole. */
const MAX_VALUE = 60;

/** A value on one line, shortened: block scalars and long purposes would break a table. */
export function clip(value: string): string {
  const line = value.replace(/\s*\n\s*/g, ' ');
  const chars = [...line];
  return chars.length > MAX_VALUE ? `${chars.slice(0, MAX_VALUE - 1).join('')}…` : line;
}

/** Whether a change is to a `##` section, which is shown as what happened to it rather than before and after. */
export function isSection(change: FieldChange): boolean {
  return change.field.startsWith('## ');
}

/** `2 roles added, 1 removed; 3 reporting lines moved; …`, or that nothing changed. */
export function headline(diff: OrgDiff): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const byKind = (kind: 'role' | 'department', list: Array<{ kind: string }>) =>
    list.filter((item) => item.kind === kind).length;
  const parts: string[] = [];
  for (const kind of ['role', 'department'] as const) {
    const numbers = [
      [byKind(kind, diff.added), 'added'],
      [byKind(kind, diff.removed), 'removed'],
      [byKind(kind, diff.renamed), 'renamed'],
      [byKind(kind, diff.changed), 'changed'],
    ] as const;
    const said = numbers.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
    if (said.length > 0) parts.push(`${kind === 'role' ? 'roles' : 'departments'}: ${said.join(', ')}`);
  }
  if (diff.moved.length > 0) parts.push(`${count(diff.moved.length, 'reporting line')} moved`);
  if (parts.length === 0) parts.push('no changes to roles or departments');
  if (diff.skipped.length > 0) parts.push(`${count(diff.skipped.length, 'file')} not compared`);
  return parts.join('; ');
}
