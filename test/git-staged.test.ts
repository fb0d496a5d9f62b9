import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRepository, createTemplate, organisation, type TestRepository } from './git-repo.js';
import { runCli, type CliResult } from './run-cli.js';

const ROOT = path.join(import.meta.dirname, '..');

function compact(result: CliResult): string[] {
  const output = JSON.parse(result.stdout) as {
    diagnostics: Array<{ file: string; line: number; column: number; rule: string; message: string }>;
  };
  return output.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`);
}

const BAD_LEVEL =
  'roles/a.md:5:12 schema-invalid-value Unexpected `组长` for `job_level`, expected one of `助理`, `专员`, `主办`, `主管`, `副经理`, `经理`: did you mean `主管`?';

describe('roles check --staged', () => {
  let repo: TestRepository;
  const file = (name: string) => path.join(repo.dir, name);
  const edit = (name: string, from: string, to: string) =>
    writeFileSync(file(name), readFileSync(file(name), 'utf8').replace(from, to));

  // One repository made with git per file, copied for each test.
  let template: TestRepository;
  beforeAll(() => {
    template = createTemplate(organisation());
  });
  afterAll(() => template.cleanup());
  beforeEach(() => {
    repo = template.copy();
  });
  afterEach(() => repo.cleanup());

  it('checks the staged content, not the working tree', async () => {
    edit('roles/a.md', 'job_level: 主管', 'job_level: 组长');
    repo.git('add', 'roles/a.md');
    // Fixed in the working tree but not staged: the commit would still carry the error.
    edit('roles/a.md', 'job_level: 组长', 'job_level: 主管');
    const staged = await runCli(['check', '--staged', '--format', 'json'], repo.dir);
    expect(staged.code).toBe(1);
    expect(compact(staged)).toEqual([BAD_LEVEL]);
    expect((await runCli(['check', '--format', 'json'], repo.dir)).code).toBe(0);
  });

  it('passes when the error is only in the working tree, and ignores untracked files', async () => {
    edit('roles/a.md', 'job_level: 主管', 'job_level: 组长');
    repo.write({ 'roles/untracked.md': '---\nid: [\n---\n' });
    expect(await runCli(['check', '--staged', '--format', 'json'], repo.dir)).toMatchObject({
      code: 0,
      stderr: 'roles: no role files changed against HEAD: nothing to check\n',
    });
    expect((await runCli(['check', '--format', 'json'], repo.dir)).code).toBe(1);
  });

  it('a staged deletion has its referrers checked against the staged organisation', async () => {
    repo.git('rm', '--quiet', '--cached', 'roles/b.md');
    // Still on disk, but not in what would be committed.
    const result = await runCli(['xref', '--staged', '--format', 'json'], repo.dir);
    expect(compact(result)).toEqual([
      'roles/boss.md:7:21 reference-exists Unexpected unknown role `b` in `direct_reports`, did you mean `a`?',
    ]);
  });

  it('before the first commit, checks everything staged', async () => {
    const fresh = createRepository();
    try {
      fresh.write(organisation());
      fresh.git('add', '--all');
      const clean = await runCli(['check', '--staged', '--format', 'junit'], fresh.dir);
      expect(clean.code).toBe(0);
      expect([...clean.stdout.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1])).toEqual([
        'roles/a.md',
        'roles/b.md',
        'roles/boss.md',
        'roles/c.md',
        'roles/center.md',
      ]);
    } finally {
      fresh.cleanup();
    }
  });

  it('refuses --staged with --changed or --base (exit 2)', async () => {
    const result = await runCli(['check', '--staged', '--base', 'main'], repo.dir);
    expect(result).toMatchObject({
      code: 2,
      stderr:
        'roles: Unexpected `--staged` with `--changed`/`--base`, expected one of them: `--staged` compares the index with HEAD\n',
    });
  });

  it('outside git, checks the working tree with a notice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roles-nogit-'));
    try {
      writeFileSync(path.join(dir, 'x.md'), '---\nid: x\n---\n');
      const result = await runCli(['validate', 'x.md', '--staged', '--format', 'json'], dir);
      expect(result.stderr).toMatch(
        /^roles: `--staged` needs a git repository: .*; checking the working tree instead\n$/,
      );
      expect(result.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The hook runs the built CLI, as a user's would; `npm test` builds first.
  it.skipIf(!existsSync(path.join(ROOT, 'dist', 'cli.js')))(
    'works as a plain git pre-commit hook: a bad staged file stops the commit',
    () => {
      const hook = path.join(repo.dir, '.git', 'hooks', 'pre-commit');
      writeFileSync(
        hook,
        `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'roles.js')}" check --staged\n`,
      );
      chmodSync(hook, 0o755);
      edit('roles/a.md', 'job_level: 主管', 'job_level: 组长');
      repo.git('add', 'roles/a.md');
      const refused = spawnSync('git', ['commit', '-m', 'bad level'], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(refused.status).toBe(1);
      // git shows a hook's output on stderr.
      expect(refused.stdout + refused.stderr).toContain('5:12  error  Unexpected `组长` for `job_level`');
      edit('roles/a.md', 'job_level: 组长', 'job_level: 主管');
      edit('roles/a.md', 'title: 产品支撑主管', 'title: 产品支持主管');
      repo.git('add', 'roles/a.md');
      const accepted = spawnSync('git', ['commit', '--quiet', '-m', 'retitle'], { cwd: repo.dir, encoding: 'utf8' });
      expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
      expect(execFileSync('git', ['log', '--format=%s'], { cwd: repo.dir, encoding: 'utf8' })).toBe('retitle\nbase\n');
    },
  );
});
