import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFixes } from '../src/commands/lint-fix.js';
import { loadConfig } from '../src/config/load-config.js';
import { run } from '../src/run.js';
import { runCli } from './run-cli.js';

const BIN = path.resolve(import.meta.dirname, '../bin/roles.js');
const env = { ROLES_TODAY: '2026-06-30' };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    spawnSync('chattr', ['-R', '-i', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

const role = (id: string, extra = '', body = '## 职责任务\n\n1. 负责测试。\n') =>
  `---\nid: ${id}\ntitle: 测试岗位\ndepartment: center\njob_level: 专员\npurpose: 测试。\nstatus: draft\n${extra}---\n\n${body}`;
const DEPARTMENT =
  '---\nkind: department\nid: center\nname: 中心\nhead: lead\nstatus: approved\n---\n\n## 部门职责\n\n1. 负责。\n';
const MESSY = '## 职责任务\n\n1、负责测试,验收。。\n';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-hostile-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'roles.config.yaml'), 'roles: [roles]\n');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'roles', file)), { recursive: true });
    writeFileSync(path.join(dir, 'roles', file), content);
  }
  return dir;
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = entry.isSymbolicLink() ? '(link)' : readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const team = () => ({
  'center.md': DEPARTMENT,
  'lead.md': role('lead', 'direct_reports: [worker]\n'),
  'worker.md': role('worker', 'reports_to: lead\n'),
});

describe('roles mv is all or nothing', () => {
  it('renames to a 250-character id: side files have short names of their own', async () => {
    const dir = project(team());
    const id = 'a'.repeat(250);
    const result = await runCli(['mv', 'worker', id], dir);
    expect(result.code).toBe(0);
    expect(Object.keys(tree(dir)).sort()).toEqual(
      ['roles.config.yaml', 'roles/center.md', `roles/${id}.md`, 'roles/lead.md'].sort(),
    );
  });

  it('changes nothing, in one line, when the new file name is too long for the file system', async () => {
    const dir = project(team());
    const before = tree(dir);
    const result = await runCli(['mv', 'worker', 'a'.repeat(253)], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roles: [^\n]*ENAMETOOLONG[^\n]*: nothing was changed\n$/);
    expect(tree(dir)).toEqual(before);
  });

  it('changes nothing when a later file cannot be replaced (immutable)', async (context) => {
    const dir = project(team());
    if (spawnSync('chattr', ['+i', path.join(dir, 'roles/worker.md')]).status !== 0) return context.skip();
    const before = tree(dir);
    const result = await runCli(['mv', 'lead', 'team-lead'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roles: [^\n]*: nothing was changed\n$/);
    expect(tree(dir)).toEqual(before);
  });

  it('two `roles mv` at once: one renames, the other refuses, and the old file is not recreated', async () => {
    const dir = project(team());
    const start = () =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'mv', 'worker', 'helper'], { cwd: dir });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all([start(), start()]);
    expect(codes.sort()).toEqual([0, 2]);
    const files = tree(dir);
    expect(Object.keys(files).sort()).toEqual([
      'roles.config.yaml',
      'roles/center.md',
      'roles/helper.md',
      'roles/lead.md',
    ]);
    expect(files['roles/lead.md']).toContain('direct_reports: [helper]');
  });
});

describe('roles lint --fix never loses a user edit or a file property', () => {
  it('refuses when a file was edited after it was read, keeping the edit', () => {
    const dir = project({ 'center.md': DEPARTMENT, 'messy.md': role('messy', '', MESSY) });
    const loaded = loadConfig(dir);
    const kinds = new Set(['document'] as const);
    const result = run({ cwd: dir, targets: [], loaded, kinds, today: env.ROLES_TODAY, fix: true });
    writeFileSync(path.join(dir, 'roles/messy.md'), role('messy', '', `${MESSY}\n2. 新加的一行。\n`));
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir, env: {} };
    expect(() => writeFixes(result, loaded.root, io, false)).toThrow(/`roles\/messy.md` changed since it was read/);
    expect(readFileSync(path.join(dir, 'roles/messy.md'), 'utf8')).toContain('新加的一行');
  });

  it('writes through an in-project symlink, and keeps mode', async () => {
    const dir = project({ 'center.md': DEPARTMENT });
    mkdirSync(path.join(dir, 'shared'));
    writeFileSync(path.join(dir, 'shared/messy.md'), role('messy', '', MESSY));
    chmodSync(path.join(dir, 'shared/messy.md'), 0o600);
    symlinkSync('../shared/messy.md', path.join(dir, 'roles/messy.md'));
    await runCli(['lint', '--fix', 'roles/messy.md'], dir, env);
    expect(lstatSync(path.join(dir, 'roles/messy.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'shared/messy.md'), 'utf8')).toContain('1. 负责测试，验收。');
    expect(statSync(path.join(dir, 'shared/messy.md')).mode & 0o777).toBe(0o600);
  });

  it('fixes a file whose name is 250 characters long', async () => {
    const name = `${'m'.repeat(247)}.md`;
    const dir = project({ 'center.md': DEPARTMENT, [name]: role('messy', '', MESSY) });
    await runCli(['lint', '--fix'], dir, env);
    expect(readFileSync(path.join(dir, 'roles', name), 'utf8')).toContain('1. 负责测试，验收。');
    expect(readdirSync(path.join(dir, 'roles')).sort()).toEqual(['center.md', name]);
  });
});

/** Runs the CLI and kills it with SIGKILL after `delay` ms (or lets it finish first). */
function runAndKill(dir: string, args: string[], delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, ...env } });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('kill -9 at random moments of `mv` and `lint --fix`', () => {
  const isSideFile = (file: string) => /\.roles-(tmp|bak)-|\.roles\.lock$/.test(file);

  it('leaves every file fully old or fully new, and the next run leaves no side file behind', async () => {
    // Many reference files, so the write phase is long enough for random kills to land in it.
    const files: Record<string, string> = { 'center.md': DEPARTMENT, 'lead.md': role('lead', '', MESSY) };
    for (let i = 0; i < 40; i++) files[`w${i}.md`] = role(`w${i}`, 'reports_to: lead\n', MESSY);
    const seed = Number(process.env.ROLES_KILL_SEED ?? Date.now());
    let random = seed;
    const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // What each command leaves when nothing stops it, run once in process: only the killed runs need a process.
    const completed = new Map<string, Record<string, string>>();
    const rounds = [];
    for (let round = 0; round < 4; round++) {
      const mv = round % 2 === 0;
      const args = mv ? ['mv', 'lead', 'chief'] : ['lint', '--fix'];
      if (!completed.has(args[0]!)) {
        const reference = project(files);
        expect((await runCli(args, reference, env)).code).toBe(0);
        completed.set(args[0]!, tree(reference));
      }
      const dir = project(files);
      rounds.push({ mv, args, dir, old: tree(dir), delay: 150 + Math.floor(next() * 900) });
    }
    // The four processes run at once, each in its own project, and each is killed at its own moment.
    await Promise.all(rounds.map(({ dir, args, delay }) => runAndKill(dir, args, delay)));
    for (const { mv, args, dir, old } of rounds) {
      const complete = completed.get(args[0]!)!;
      for (const [file, content] of Object.entries(tree(dir))) {
        if (!isSideFile(file)) expect([old[file], complete[file]], `${file} (seed ${seed})`).toContain(content);
      }
      // The next run, which nothing stops, in process: it finds the dead run's lock and journal (or,
      // after a finished `mv`, no `lead` to rename).
      await runCli(args, dir, env);
      const final = tree(dir);
      expect(Object.keys(final).filter(isSideFile), `seed ${seed}`).toEqual([]);
      if (mv) {
        expect(existsSync(path.join(dir, 'roles/lead.md')), `seed ${seed}`).toBe(false);
        expect(final['roles/w7.md']).toContain('reports_to: chief');
      } else {
        expect(final['roles/w7.md']).toContain('1. 负责测试，验收。');
      }
    }
  }, 120_000);
});
