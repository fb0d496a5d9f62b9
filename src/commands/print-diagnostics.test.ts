import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../../test/check-files.js';
import { runCli } from '../../test/run-cli.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Io } from '../io.js';
import { printDiagnostics, type PrintOptions } from './print-diagnostics.js';
import { setLocale } from '../i18n/locale.js';
import { tempDir } from '../../test/temp-dir.js';

const error: Diagnostic = {
  file: 'roles/a.md',
  line: 6,
  column: 12,
  endLine: 6,
  endColumn: 14,
  rule: 'schema-invalid-value',
  severity: 'error',
  message: 'Bad',
};
const warning: Diagnostic = { ...error, line: 9, rule: 'span-of-control', severity: 'warning', message: 'Wide' };

function print(
  diagnostics: Diagnostic[],
  options: PrintOptions & { format?: 'json' | 'github'; env?: Io['env']; cwd?: string } = {},
) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd ?? tmpdir(),
    env: options.env ?? {},
  };
  const code = printDiagnostics(io, options.format, diagnostics, 1, options);
  return { code, stdout, stderr };
}

describe('printDiagnostics', () => {
  it('chooses github annotations inside GitHub Actions unless a format is given', () => {
    expect(print([error], { env: { GITHUB_ACTIONS: 'true' } }).stdout).toBe(
      '::error file=roles/a.md,line=6,col=12,endLine=6,endColumn=14,title=schema-invalid-value::Bad\n',
    );
    expect(print([error], { env: { GITHUB_ACTIONS: 'true' }, format: 'json' }).stdout).toContain('"diagnostics"');
    expect(print([error], { env: {} }).stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('--max-warnings: exit 1 with a message when warnings exceed the limit, as ESLint', () => {
    expect(print([warning, warning], { maxWarnings: 2 })).toMatchObject({
      code: 0,
      stderr: '⚠ 2 warnings in 1 file\n',
    });
    expect(print([warning, warning, warning], { maxWarnings: 2 })).toMatchObject({
      code: 1,
      stderr: '⚠ 3 warnings in 1 file\nroles: too many warnings: 3, expected at most 2 (`--max-warnings`)\n',
    });
  });

  it('ends human output with a one-line summary on stderr, in the chosen language; machine formats without', () => {
    expect(print([]).stderr).toBe('✔ 1 file, no problems\n');
    setLocale('zh-CN');
    try {
      expect(print([error, warning]).stderr).toBe('✖ 1 个错误，1 个警告，涉及 1 个文件\n');
    } finally {
      setLocale('en');
    }
    expect(print([error], { format: 'json' }).stderr).toBe('');
    expect(print([error], { env: { GITHUB_ACTIONS: 'true' } }).stderr).toBe('');
  });

  it('--quiet: reports errors only, but warnings still count toward --max-warnings', () => {
    const result = print([error, warning], { quiet: true, format: 'json' });
    expect((JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics.map((d) => d.rule)).toEqual([
      'schema-invalid-value',
    ]);
    expect(print([warning], { quiet: true, maxWarnings: 0, format: 'json' })).toMatchObject({ code: 1 });
    expect(print([warning], { quiet: true, format: 'json' })).toMatchObject({ code: 0 });
  });

  it('--output: writes the report to the file (folders created), nothing to stdout', () => {
    const dir = tempDir('roles-output-');
    const result = print([error], { format: 'github', output: 'reports/roles.txt', cwd: dir });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(readFileSync(path.join(dir, 'reports', 'roles.txt'), 'utf8')).toBe(
      '::error file=roles/a.md,line=6,col=12,endLine=6,endColumn=14,title=schema-invalid-value::Bad\n',
    );
  });
});

describe('checking options on the command line', () => {
  const dir = tempDir('roles-options-');
  for (const [file, text] of Object.entries(
    project('id: boss\ndepartment: center', 'kind: department\nid: center\nhead: boss'),
  )) {
    writeFileSync(path.join(dir, path.basename(file)), text);
  }

  it('accepts every machine format and --output on every checking command', async () => {
    for (const command of ['check', 'validate', 'lint', 'xref']) {
      for (const format of ['github', 'sarif', 'junit', 'gitlab']) {
        const result = await runCli([command, '.', '--format', format, '--output', `out/${command}.${format}`], dir);
        expect(result, `${command} --format ${format}`).toMatchObject({ stdout: '', stderr: '' });
        expect(result.code).toBeLessThan(2);
      }
    }
    expect(readFileSync(path.join(dir, 'out', 'validate.junit'), 'utf8')).toContain(
      '<testcase classname="boss.md" name="boss.md"/>',
    );
  });

  it('refuses a --max-warnings that is not a count, and an output path that cannot be written (exit 2)', async () => {
    const count = await runCli(['check', '.', '--max-warnings', 'many'], dir);
    expect(count.code).toBe(2);
    expect(count.stderr).toContain(
      "error: option '--max-warnings <n>' argument 'many' is invalid. Unexpected `many`, expected a whole number of 0 or more.",
    );
    writeFileSync(path.join(dir, 'blocker'), '');
    const output = await runCli(['check', '.', '--output', 'blocker/report.txt'], dir);
    expect(output).toMatchObject({ code: 2, stdout: '' });
    expect(output.stderr).toMatch(/^roles: Cannot write `blocker\/report\.txt`: [^\n]*\(E[A-Z]+\)\n$/);
  });
});
