import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGitlab } from './gitlab.js';

const base: Diagnostic = {
  file: 'roles/a.md',
  line: 6,
  column: 12,
  endLine: 6,
  endColumn: 14,
  rule: 'schema-invalid-value',
  severity: 'error',
  message: 'Unexpected `主任`',
};

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const parse = (diagnostics: Diagnostic[]) => JSON.parse(formatGitlab(diagnostics)) as Issue[];

describe('formatGitlab', () => {
  it('writes Code Quality issues: major for errors, minor for warnings', () => {
    const [error, warning] = parse([
      base,
      { ...base, line: 9, rule: 'span-of-control', severity: 'warning', message: 'Too many' },
    ]);
    expect(error).toEqual({
      description: 'Unexpected `主任`',
      check_name: 'schema-invalid-value',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'roles/a.md', lines: { begin: 6 } },
    });
    expect(warning).toMatchObject({
      severity: 'minor',
      check_name: 'span-of-control',
      location: { lines: { begin: 9 } },
    });
  });

  it('keeps the fingerprint when only the line moves, and changes it with the file, rule or message', () => {
    const [original] = parse([base]);
    const [moved] = parse([{ ...base, line: 20, column: 1 }]);
    expect(moved!.fingerprint).toBe(original!.fingerprint);
    for (const other of [
      { ...base, file: 'roles/b.md' },
      { ...base, rule: 'other' },
      { ...base, message: 'Unexpected `组长`' },
    ]) {
      expect(parse([other])[0]!.fingerprint).not.toBe(original!.fingerprint);
    }
  });

  it('tells identical issues in one file apart, so GitLab shows each', () => {
    const issues = parse([base, { ...base, line: 7 }, { ...base, line: 8 }]);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(3);
  });

  it('is an empty array when clean', () => {
    expect(formatGitlab([])).toBe('[]\n');
  });
});
