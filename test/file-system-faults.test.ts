import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from './run-cli.js';

// Issue #10, item 6: every file-system fault is a diagnostic on its file or one line with exit 2, never a stack trace.
const BIN = path.resolve(import.meta.dirname, '../bin/roles.js');
const ROLE =
  '---\nid: tester\ntitle: 测试岗位\ndepartment: center\njob_level: 专员\npurpose: 测试。\nstatus: draft\n---\n\n## 职责任务\n\n1. 负责测试。\n';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    // `rm` of coreutils, which removes folders deeper than PATH_MAX.
    spawnSync('rm', ['-rf', dir]);
  }
});

function project(config = 'roles: [roles]\nrules: { single-root: off, reference-exists: off }\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-fs-faults-'));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  writeFileSync(path.join(dir, 'roles.config.yaml'), config);
  mkdirSync(path.join(dir, 'roles'));
  writeFileSync(path.join(dir, 'roles', 'tester.md'), ROLE);
  return dir;
}

/** One line on stderr, no stack frame. */
function expectOneLine(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(new RegExp(`^roles: [^\\n]*${pattern.source}[^\\n]*\\n$`));
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

const isRoot = process.getuid?.() === 0;

describe('faults of the folders walked', () => {
  it('reports an unreadable folder on the folder and checks the rest', () => {
    const dir = project();
    mkdirSync(path.join(dir, 'roles', 'locked'));
    writeFileSync(path.join(dir, 'roles', 'locked', 'hidden.md'), ROLE);
    chmodSync(path.join(dir, 'roles', 'locked'), 0o000);
    chmodSync(path.join(dir, 'roles'), 0o755);
    chmodSync(path.join(dir, 'roles', 'tester.md'), 0o644);
    chmodSync(path.join(dir, 'roles.config.yaml'), 0o644);
    // Root reads every folder: run as `nobody` then, as a maintainer without the permission would.
    const asOther = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const command = isRoot ? 'setpriv' : process.execPath;
    const prefix = isRoot ? [...asOther.slice(1), process.execPath] : [];
    const result = spawnSync(command, [...prefix, BIN, 'check', 'roles', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8', ROLES_TODAY: '2026-06-30' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Array<Record<string, unknown>> };
    expect(diagnostics.map((d) => `${String(d.file)} ${String(d.rule)} ${String(d.message)}`)).toEqual([
      'roles/locked file-unreadable Cannot read folder: permission denied (EACCES); the files in it were not checked',
    ]);
  });

  it('reports a folder whose path is longer than PATH_MAX, however deep', async () => {
    const dir = project();
    // Built with relative `cd`s, as only a shell can: each step is short, the whole path is not.
    const made = spawnSync(
      'bash',
      ['-c', `cd roles && for i in $(seq 45); do mkdir ${'d'.repeat(100)} && cd ${'d'.repeat(100)} || exit 1; done`],
      { cwd: dir },
    );
    expect(made.status).toBe(0);
    const result = await runCli(['check', 'roles', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Array<Record<string, string>> };
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.rule).toBe('file-unreadable');
    expect(diagnostics[0]!.message).toContain('ENAMETOOLONG');
    expect(diagnostics[0]!.file!.length).toBeGreaterThan(4096);
  });

  it('says in one line that a path argument is longer than PATH_MAX', async () => {
    const result = await runCli(['check', `roles/${'a'.repeat(5000)}.md`], project());
    expectOneLine(result, /Cannot read `roles\/a+\.md`: path or file name longer than the system allows/);
  });

  it('checks overlapping paths once each, without "No files matching"', async () => {
    const dir = project();
    const result = await runCli(['check', 'roles', 'roles/tester.md', 'roles/*.md', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { summary: { files: number } }).summary.files).toBe(1);
  });

  it('refuses a FIFO named like a role file instead of waiting for a writer', async () => {
    const dir = project();
    expect(spawnSync('mkfifo', [path.join(dir, 'roles', 'pipe.md')]).status).toBe(0);
    const result = await runCli(['check', 'roles/pipe.md', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('not a regular file');
  });

  it('says in one line that the current folder is gone, when it was deleted under the shell', () => {
    const dir = project();
    // Only a shell can stand in a folder while it is removed: `cd` in, remove it, then run roles there.
    const result = spawnSync(
      'sh',
      ['-c', 'cd "$1" && rm -r "$1" && exec "$2" "$3" check', 'sh', dir, process.execPath, BIN],
      {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C.UTF-8' },
      },
    );
    expect(result.stderr).toBe(
      'roles: Cannot read the current folder: it was deleted or moved away; `cd` into a folder that exists and run again\n',
    );
    expect(result.status).toBe(2);
  });
});

describe('configuration faults', () => {
  it.each([['/'], ['..'], ['roles/../..']])(
    'refuses `roles: [%s]`, outside the project, in one line',
    async (entry) => {
      const result = await runCli(['check'], project(`roles: ['${entry}']\n`));
      expectOneLine(result, /unexpected `[^`]+` in `roles` outside the project folder/);
    },
  );

  it.each([
    ['rules: { __proto__: { placeholder: off } }', 'rules'],
    ['rules:\n  constructor: off', 'rules'],
    ["overrides:\n  - files: ['**']\n    rules: { __proto__: { placeholder: off } }", 'overrides.0.rules'],
  ])('refuses a `__proto__`-like key instead of ignoring it: %s', async (config, where) => {
    const result = await runCli(['check'], project(`roles: [roles]\n${config}\n`));
    expectOneLine(result, new RegExp(`unexpected key \`[_a-z]+\` in \`${where.replaceAll('.', '\\.')}\``));
  });
});

describe('faults of what a command writes', () => {
  it('says in one line when the cache location cannot be written (a file stands where its folder should)', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'plain.txt'), 'x');
    const result = await runCli(['check', 'roles', '--cache', '--cache-location', 'plain.txt/cache'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toMatch(/^roles: Cannot write the cache `[^`]*plain\.txt\/cache`: [^\n]+$/);
  });

  it('refuses `schema --write` onto an existing file in one line, leaving it as it was', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'schemas'), 'mine');
    expectOneLine(await runCli(['schema', '--write', 'schemas'], dir), /existing file `schemas` for `--write`/);
    expect(readFileSync(path.join(dir, 'schemas'), 'utf8')).toBe('mine');
  });

  it('`schema --write` writes all three files, all or nothing', async () => {
    const dir = project();
    const first = await runCli(['schema', '--write', 'schemas'], dir);
    expect(first.code).toBe(0);
    expect(readdirSync(path.join(dir, 'schemas')).sort()).toEqual([
      'config.schema.json',
      'department.schema.json',
      'role.schema.json',
    ]);
    // A folder where one of the files should be: nothing is written, in one line.
    rmSync(path.join(dir, 'schemas'), { recursive: true });
    mkdirSync(path.join(dir, 'schemas', 'role.schema.json'), { recursive: true });
    expectOneLine(await runCli(['schema', '--write', 'schemas'], dir), /schemas/);
    expect(readdirSync(path.join(dir, 'schemas'))).toEqual(['role.schema.json']);
  });

  it('writes `--output` into a FIFO directly, and the FIFO stays a FIFO', async () => {
    const dir = project();
    const fifo = path.join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString('utf8')));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const result = await runCli(['rules', '-f', 'json', '-o', 'pipe'], dir);
    await closed;
    expect(result.code).toBe(0);
    expect(JSON.parse(read)).toBeInstanceOf(Array);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(!isRoot)('writes `--output` into a character device directly, never replacing the node', async () => {
    const dir = project();
    // A null device of the test's own, so that a regression cannot replace the system's /dev/null.
    expect(spawnSync('mknod', [path.join(dir, 'null'), 'c', '1', '3']).status).toBe(0);
    const result = await runCli(['rules', '-o', 'null'], dir);
    expect(result.code).toBe(0);
    expect(statSync(path.join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  it('writes `--output /dev/stdout` to standard output: in-process, to a pipe, appending to a redirected file', async () => {
    const dir = project();
    const inProcess = await runCli(['rules', '-f', 'json', '-o', '/dev/stdout'], dir);
    expect(inProcess.code).toBe(0);
    expect(JSON.parse(inProcess.stdout)).toBeInstanceOf(Array);
    const piped = spawnSync(process.execPath, [BIN, 'rules', '-f', 'json', '-o', '/dev/stdout'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout)).toBeInstanceOf(Array);
    const log = path.join(dir, 'log.txt');
    writeFileSync(log, 'before\n');
    const redirected = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" rules -f json -o /dev/stdout >> log.txt`],
      {
        cwd: dir,
      },
    );
    expect(redirected.status).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text.startsWith('before\n')).toBe(true);
    expect(JSON.parse(text.slice('before\n'.length))).toBeInstanceOf(Array);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('writes `--output` through a symlink, which stays a symlink', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'real.json'), 'old');
    spawnSync('ln', ['-s', 'real.json', path.join(dir, 'link.json')]);
    expect((await runCli(['rules', '-f', 'json', '-o', 'link.json'], dir)).code).toBe(0);
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'real.json'), 'utf8'))).toBeInstanceOf(Array);
  });

  it('writes `--output` with a name near the 255-byte limit (the temporary has a short name)', async () => {
    const dir = project();
    const name = `${'r'.repeat(250)}.json`;
    expect((await runCli(['rules', '-f', 'json', '-o', name], dir)).code).toBe(0);
    expect(readdirSync(dir).filter((entry) => entry.startsWith('.roles-'))).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).toBeInstanceOf(Array);
  });
});
