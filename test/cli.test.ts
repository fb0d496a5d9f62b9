import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempDir } from './temp-dir.js';

const ROOT = path.join(import.meta.dirname, '..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('the command line', () => {
  it('prints the version from the executable, with and without the fast path', async () => {
    expect(
      execFileSync(process.execPath, [path.join(ROOT, 'bin', 'roles.js'), '--version'], { encoding: 'utf8' }),
    ).toBe(`${VERSION}\n`);
    expect((await runCli(['--version'], ROOT)).stdout).toBe(`${VERSION}\n`);
  });

  it('sets the exit code from the executable: 0 clean, 1 errors, 2 usage', () => {
    const dir = tempDir('roles-cli-');
    writeFileSync(path.join(dir, 'bad.md'), '---\nid: bad\n---\n');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin', 'roles.js'), ...args], { cwd: dir, encoding: 'utf8' });
    expect(run('validate', 'bad.md').status).toBe(1);
    expect(run('validate', 'missing.md').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
  });

  it('stops quietly when the reader closes the pipe early (`roles report … | head -1`)', () => {
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'bin', 'roles.js'))} report handbook --format markdown | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`;
    const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 2 with a message for usage and configuration errors', async () => {
    const dir = tempDir('roles-cli-');
    expect(await runCli(['validate', 'nothing-here'], dir)).toMatchObject({
      code: 2,
      stderr: 'roles: No files matching `nothing-here` were found.\n',
    });
    expect((await runCli(['validate', '--format', 'xml'], dir)).code).toBe(2);
    writeFileSync(path.join(dir, 'roles.config.yaml'), 'levels: 3\n');
    const result = await runCli(['validate', '.'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roles: roles.config.yaml: `levels`: Invalid input: expected array, received number\n');
  });

  it('lists the docs page of each rule a stylish report names with --show-docs, once, in catalogue order', async () => {
    const fixture = path.join(ROOT, 'test', 'fixtures', 'graph-problems');
    const plain = await runCli(['check'], fixture);
    const result = await runCli(['check', '--show-docs'], fixture);
    expect(result.stdout.startsWith(plain.stdout)).toBe(true);
    const docs = result.stdout.slice(plain.stdout.length).split('\n');
    expect(docs[1]).toBe('Rule docs:');
    const rows = docs.slice(2).filter((line) => line !== '');
    // package.json names no repository: the links open the docs installed beside bin/ and dist/.
    const base = pathToFileURL(path.join(ROOT, 'docs')).href + '/';
    expect(rows).toContain(`  reporting-cycle       ${base}rules/reporting-cycle.md`);
    expect(rows).toContain(`  schema-invalid-value  ${base}file-format.md`);
    expect(rows).toHaveLength(new Set(rows).size);
    expect(rows.length).toBeGreaterThan(4);
  });

  it('colours stylish output only when asked to', async () => {
    const dir = tempDir('roles-cli-');
    writeFileSync(path.join(dir, 'bad.md'), '---\nid: bad\n---\n');
    expect((await runCli(['validate', 'bad.md'], dir)).stdout).not.toContain('\u001b[');
    expect((await runCli(['validate', 'bad.md'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' })).stdout).toContain(
      '\u001b[',
    );
  });
});
