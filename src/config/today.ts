import { UsageError } from '../usage-error.js';
import { t } from '../i18n/t.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date rules check against: `ROLES_TODAY` (`YYYY-MM-DD`) when set, so CI and tests can pin
 * it, else the local calendar date. Read once, at the edge; rules only see the result.
 */
export function resolveToday(env: Record<string, string | undefined>, now: () => Date = () => new Date()): string {
  const pinned = env.ROLES_TODAY;
  if (pinned === undefined || pinned === '') return isoDate(now());
  if (!isValidIsoDate(pinned)) throw new UsageError(t('config.today', { value: pinned }));
  return pinned;
}

/** A date as `YYYY-MM-DD` in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function isValidIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
