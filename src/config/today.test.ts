import { describe, expect, it } from 'vitest';
import { resolveToday } from './today.js';

describe('resolveToday', () => {
  it('takes ROLES_TODAY when set, else the local calendar date of the injected clock', () => {
    expect(resolveToday({ ROLES_TODAY: '2024-02-29' })).toBe('2024-02-29');
    expect(resolveToday({}, () => new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(resolveToday({ ROLES_TODAY: '' }, () => new Date(2026, 11, 31))).toBe('2026-12-31');
  });

  it('refuses a date that does not exist or is not YYYY-MM-DD', () => {
    expect(() => resolveToday({ ROLES_TODAY: '2026-02-29' })).toThrow(
      'Unexpected `ROLES_TODAY=2026-02-29`, expected a date as `YYYY-MM-DD`',
    );
    expect(() => resolveToday({ ROLES_TODAY: '2026-6-1' })).toThrow('Unexpected `ROLES_TODAY=2026-6-1`');
  });
});
