import { t } from './t.js';

/** "`a`, `b` or `c`" / "`a`、`b` 或 `c`"; past `max` items, "… or 7 more". Items are shown as given. */
export function listOf(items: readonly string[], max = Infinity): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  const separator = t('list.separator');
  if (more > 0) return t('list.more', { items: shown.join(separator), more });
  if (shown.length <= 1) return shown[0] ?? '';
  if (shown.length === 2) return t('list.two', { first: shown[0]!, last: shown[1]! });
  return t('list.many', { items: shown.slice(0, -1).join(separator), last: shown.at(-1)! });
}

/** Values in backticks, as messages show them. */
export function code(value: string | number): string {
  return `\`${value}\``;
}
