import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTemplate, organisation, roleFile, type TestRepository } from './git-repo.js';
import { runCli, type CliResult } from './run-cli.js';
import { resetWorkCounts, workCounts } from '../src/work-counts.js';

interface JsonOutput {
  diagnostics: Array<{ file: string; line: number; column: number; rule: string; message: string }>;
}

/** The files a run reported on, read from the JUnit report (which lists clean files too). */
function scopeOf(result: CliResult): string[] {
  return [...result.stdout.matchAll(/<testsuite name="([^"]+)"/g)].map((match) => match[1]!);
}

function compact(result: CliResult): string[] {
  return (JSON.parse(result.stdout) as JsonOutput).diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`,
  );
}

const EVERY_FILE = ['roles/a.md', 'roles/b.md', 'roles/boss.md', 'roles/c.md', 'roles/center.md'];

describe('roles check --changed', () => {
  let repo: TestRepository;
  const edit = (file: string, from: string, to: string) => {
    const full = path.join(repo.dir, file);
    writeFileSync(full, readFileSync(full, 'utf8').replace(from, to));
  };
  const scope = async (...args: string[]) => {
    const result = await runCli(['check', '--changed', '--format', 'junit', ...args], repo.dir);
    return { scope: scopeOf(result), stderr: result.stderr, code: result.code };
  };

  // One repository made with git per file, copied for each test.
  let template: TestRepository;
  beforeAll(() => {
    template = createTemplate(organisation());
    template.git('checkout', '--quiet', '-b', 'feature');
  });
  afterAll(() => template.cleanup());
  beforeEach(() => {
    repo = template.copy();
  });
  afterEach(() => repo.cleanup());

  it('checks a file edited in the working tree, and its neighbours: what it references and what references it', async () => {
    edit('roles/c.md', 'title: 业务配置主办', 'title: 业务配置岗');
    // c references a and center; a references c. boss and b are untouched.
    expect(await scope()).toEqual({ scope: ['roles/a.md', 'roles/c.md', 'roles/center.md'], stderr: '', code: 0 });
  });

  it('with a warm cache prints what an uncached run prints, and the whole check after it too', async () => {
    const env = { ROLES_CACHE_SECRET: 'the key of this machine', ROLES_TODAY: '2026-11-29' };
    const json = (...args: string[]) => runCli(['check', '--format', 'json', ...args], repo.dir, env);
    await json('--cache');
    edit('roles/c.md', 'reports_to: a', 'reports_to: b');
    edit('roles/b.md', 'title: ', 'title: 新');
    const uncached = await json('--changed');
    expect(compact(uncached).length).toBeGreaterThan(0);
    expect(await json('--changed', '--cache')).toEqual(uncached);
    expect(await json('--changed', '--cache')).toEqual(uncached);
    expect(await json('--cache')).toEqual(await json());
  });

  it.each([
    ['a body edit', 'roles/c.md', '', '\n更多说明。\n', true],
    [
      'a body edit with a comment that disables a document rule',
      'roles/c.md',
      '',
      '\n<!-- roles-disable-next-line placeholder -- 待定 -->\nXXXX\n',
      true,
    ],
    [
      'a body edit beside a comment that disables a graph rule',
      'roles/a.md',
      '<!-- roles-disable reports-both-ways -->\n',
      '\n更多说明。\n',
      false,
    ],
    ['an edit of the front matter', 'roles/boss.md', '', '', false],
  ])('with a warm cache, after %s, prints what an uncached run prints', async (_name, file, before, after, reused) => {
    const env = { ROLES_CACHE_SECRET: 'the key of this machine', ROLES_TODAY: '2026-11-29' };
    const json = (...args: string[]) => runCli(['check', '--format', 'json', ...args], repo.dir, env);
    edit('roles/c.md', 'reports_to: a', 'reports_to: b');
    const full = path.join(repo.dir, file);
    writeFileSync(full, readFileSync(full, 'utf8') + before);
    repo.commit('base of the edit');
    await json('--cache');
    if (after) writeFileSync(full, readFileSync(full, 'utf8') + after);
    else edit(file, 'title: 中心经理', 'title: 经理');
    const uncached = await json('--changed', '--base', 'HEAD');
    expect(compact(uncached).length).toBeGreaterThan(0);
    // The facts part made unreadable (same length, so the links after it stay in place): needing it means checking every file.
    const cacheFile = path.join(repo.dir, '.rolescache');
    const lines = readFileSync(cacheFile, 'utf8').split('\n');
    lines[3] = 'x'.repeat(Buffer.byteLength(lines[3]!));
    writeFileSync(cacheFile, lines.join('\n'));
    resetWorkCounts();
    expect(await json('--changed', '--base', 'HEAD', '--cache')).toEqual(uncached);
    // Around an edit that kept the front matter, only the edited file (and its base version) is parsed.
    if (reused) expect(workCounts.fileParses).toBe(2);
    else expect(workCounts.fileParses).toBeGreaterThan(EVERY_FILE.length);
    expect(await json('--cache')).toEqual(await json());
  });

  it('works from a subfolder, with paths relative to it', async () => {
    edit('roles/c.md', 'title: 业务配置主办', 'title: 业务配置岗');
    const result = await runCli(['check', '--changed', '--format', 'junit'], path.join(repo.dir, 'roles'));
    expect(scopeOf(result)).toEqual(['a.md', 'c.md', 'center.md']);
  });

  it('re-parenting a role re-checks the old and the new superior, and finds their disagreement', async () => {
    edit('roles/c.md', 'reports_to: a', 'reports_to: b');
    repo.commit('move c under b');
    expect((await scope()).scope).toEqual(['roles/a.md', 'roles/b.md', 'roles/c.md', 'roles/center.md']);
    const result = await runCli(['xref', '--changed', '--format', 'json'], repo.dir);
    expect(result.code).toBe(1);
    expect(compact(result)).toEqual([
      'roles/a.md:8:18 reports-both-ways Unexpected `c` in `direct_reports`: `c` reports to `b`, expected both sides to agree (`reports_to: a` in `roles/c.md`, or `c` left out here)',
    ]);
  });

  it('a deleted file has its referrers checked', async () => {
    repo.git('rm', '--quiet', 'roles/b.md');
    repo.commit('remove b');
    expect((await scope()).scope).toEqual(['roles/boss.md', 'roles/center.md']);
    const result = await runCli(['xref', '--changed', '--format', 'json'], repo.dir);
    expect(compact(result)).toEqual([
      'roles/boss.md:7:21 reference-exists Unexpected unknown role `b` in `direct_reports`, did you mean `a`?',
    ]);
  });

  it('a renamed id makes every referrer of the old id re-checked', async () => {
    repo.git('mv', 'roles/b.md', 'roles/b2.md');
    edit('roles/b2.md', 'id: b', 'id: b2');
    repo.commit('rename b to b2');
    expect((await scope()).scope).toEqual(['roles/b2.md', 'roles/boss.md', 'roles/center.md']);
    const result = await runCli(['xref', '--changed', '--format', 'json'], repo.dir);
    expect(compact(result)).toEqual([
      'roles/b2.md:6:13 reports-both-ways Unexpected `boss` in `reports_to`: `boss` lists its `direct_reports` without `b2`, expected both sides to agree (`b2` added there in `roles/boss.md`, or another `reports_to` here)',
      'roles/boss.md:7:21 reference-exists Unexpected unknown role `b` in `direct_reports`, did you mean `a`?',
    ]);
  });

  it('counts untracked files as added', async () => {
    repo.write({
      'roles/d.md': roleFile([
        'id: d',
        'title: 新岗位',
        'department: center',
        'job_level: 专员',
        'reports_to: boss',
        'purpose: 新的。',
        'status: approved',
      ]),
    });
    expect((await scope()).scope).toEqual(['roles/boss.md', 'roles/center.md', 'roles/d.md']);
  });

  it('reports a binary or non-UTF-8 file in the change, and survives one at the base', async () => {
    repo.write({ 'roles/gbk.md': Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xbf, 0xcd, 0xbb, 0xa7, 0x0a]) });
    repo.commit('a GBK file');
    repo.git('checkout', '--quiet', '-b', 'fix');
    repo.write({
      'roles/gbk.md': roleFile([
        'id: gbk',
        'title: 客户',
        'department: center',
        'job_level: 专员',
        'reports_to: c',
        'purpose: 转换了。',
        'status: approved',
      ]),
    });
    repo.write({ 'roles/binary.md': Uint8Array.from([0x2d, 0x2d, 0x2d, 0x00, 0x0a]) });
    const result = await runCli(['check', '--changed', '--base', 'feature', '--format', 'json'], repo.dir);
    expect(compact(result)).toEqual([
      'roles/binary.md:1:1 file-binary Unexpected binary content (a NUL byte at byte 3), expected a UTF-8 text file',
    ]);
    expect((await scope('--base', 'feature')).scope).toEqual([
      'roles/binary.md',
      'roles/c.md',
      'roles/center.md',
      'roles/gbk.md',
    ]);
  });

  it('says so on stderr when no role file changed, and reports nothing', async () => {
    repo.write({ 'README.md': '# notes\n' });
    expect(await scope()).toEqual({
      scope: [],
      stderr: 'roles: no role files changed against `main`: nothing to check\n',
      code: 0,
    });
  });

  it('checks every file, with a notice, when the configuration changed', async () => {
    repo.write({ 'roles.config.yaml': 'roles: [roles]\nmaxFileSize: 100000\n' });
    expect(await scope()).toEqual({
      scope: EVERY_FILE,
      stderr: 'roles: `roles.config.yaml` changed, so any file may be affected: checking every file\n',
      code: 0,
    });
  });

  it('compares with --base, which implies --changed', async () => {
    repo.commit('nothing');
    edit('roles/boss.md', 'title: 中心经理', 'title: 经理');
    const result = await runCli(['check', '--base', 'HEAD', '--format', 'junit'], repo.dir);
    expect(scopeOf(result)).toEqual(['roles/a.md', 'roles/b.md', 'roles/boss.md', 'roles/center.md']);
  });

  it('falls back to every file, with a notice, when the base does not exist', async () => {
    edit('roles/c.md', 'title: 业务配置主办', 'title: 业务配置岗');
    expect(await scope('--base', 'origin/nope')).toEqual({
      scope: EVERY_FILE,
      stderr: 'roles: cannot find `origin/nope` in this repository; checking every file instead\n',
      code: 0,
    });
    expect((await scope('--base', '--output=x')).stderr).toBe(
      'roles: Unexpected base `--output=x`, expected a git commit, branch or tag; checking every file instead\n',
    );
  });

  it('falls back to every file, with a notice, when there is no default branch', async () => {
    repo.git('branch', '--quiet', '-m', 'main', 'trunk');
    expect(await scope()).toEqual({
      scope: EVERY_FILE,
      stderr:
        'roles: cannot find the default branch (none of `origin/HEAD`, `main`, `master`, `origin/main`, `origin/master`): name one with `--base <ref>`; checking every file instead\n',
      code: 0,
    });
  });

  it('prefers origin/HEAD, as a clone has it', async () => {
    repo.git('checkout', '--quiet', 'main');
    const clone = mkdtempSync(path.join(tmpdir(), 'roles-clone-'));
    try {
      execFileSync('git', ['clone', '--quiet', repo.dir, clone]);
      execFileSync('git', ['checkout', '--quiet', '-b', 'feature'], { cwd: clone });
      // A local `main` that moved on must not be the base: origin/HEAD is.
      execFileSync(
        'git',
        ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '--allow-empty', '-m', 'x'],
        { cwd: clone },
      );
      execFileSync('git', ['branch', '--quiet', '-f', 'main', 'HEAD'], { cwd: clone });
      writeFileSync(
        path.join(clone, 'roles/b.md'),
        readFileSync(path.join(clone, 'roles/b.md'), 'utf8').replace('headcount: 1', 'headcount: 3'),
      );
      const result = await runCli(['check', '--changed', '--format', 'junit'], clone);
      expect(scopeOf(result)).toEqual(['roles/b.md', 'roles/boss.md', 'roles/center.md']);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('in a shallow clone: a missing base falls back with a hint; a base without shared history is compared directly', async () => {
    edit('roles/c.md', 'title: 业务配置主办', 'title: 业务配置岗');
    repo.commit('retitle c');
    const clone = mkdtempSync(path.join(tmpdir(), 'roles-shallow-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, clone]);
      const missing = await runCli(['check', '--changed', '--base', 'origin/main', '--format', 'junit'], clone);
      expect(missing.stderr).toBe(
        'roles: cannot find `origin/main` in this repository (this is a shallow clone: fetch more history, e.g. `actions/checkout` with `fetch-depth: 0`); checking every file instead\n',
      );
      expect(scopeOf(missing)).toEqual(EVERY_FILE);
      execFileSync('git', ['fetch', '--quiet', '--depth', '1', 'origin', 'main:refs/remotes/origin/main'], {
        cwd: clone,
      });
      const direct = await runCli(['check', '--changed', '--base', 'origin/main', '--format', 'junit'], clone);
      expect(direct.stderr).toBe(
        'roles: HEAD and `origin/main` share no history in this clone (this is a shallow clone: fetch more history, e.g. `actions/checkout` with `fetch-depth: 0`): comparing with `origin/main` itself\n',
      );
      expect(scopeOf(direct)).toEqual(['roles/a.md', 'roles/c.md', 'roles/center.md']);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('roles check --changed outside git', () => {
  it('checks every file, with a notice, in a folder that is not a repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roles-nogit-'));
    try {
      for (const [file, text] of Object.entries(organisation())) {
        execFileSync('mkdir', ['-p', path.dirname(path.join(dir, file))]);
        writeFileSync(path.join(dir, file), text);
      }
      const result = await runCli(['check', '--changed', '--format', 'junit'], dir);
      expect(result.stderr).toMatch(
        /^roles: `--changed` needs a git repository: `.+` is not inside a git work tree \(fatal: not a git repository.*\); checking every file instead\n$/,
      );
      expect(scopeOf(result)).toEqual(EVERY_FILE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
