import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

const FRONT =
  '---\nid: NAME\ntitle: 测试岗位\ndepartment: center\njob_level: 专员\npurpose: 测试。\nstatus: draft\n---\n';
const env = { ROLES_TODAY: '2026-06-30' };
let dir: string;

function project(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'roles-fix-'));
  mkdirSync(path.join(dir, 'roles'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, 'roles', name), content);
  return dir;
}

const read = (name: string) => readFileSync(path.join(dir, 'roles', name));
const role = (id: string, body: string, eol = '\n') => `${FRONT.replace('NAME', id)}\n${body}`.replace(/\n/g, eol);

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('roles lint --fix', () => {
  const messy = role(
    'messy',
    '## 岗位职责\n\n1、负责测试,验收。。\n2、负责⼀体化(含上线)工作...\n\n## 工作难点\n\nXXXX\n',
    '\r\n',
  );
  const clean = role('clean', '## 职责任务\n\n1. 负责测试。\n');

  it('writes the fixed text, keeping BOM and CRLF, and prints what remains', async () => {
    project({ 'messy.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(messy)]), 'clean.md': clean });
    const cleanBefore = statSync(path.join(dir, 'roles', 'clean.md')).mtimeMs;
    const result = await runCli(['lint', '--fix'], dir, env);
    const expected = role(
      'messy',
      '## 职责任务\n\n1. 负责测试，验收。\n2. 负责一体化（含上线）工作……\n\n## 工作难点\n\nXXXX\n',
      '\r\n',
    );
    expect(read('messy.md')).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(expected)]));
    expect(read('clean.md').toString()).toBe(clean);
    expect(statSync(path.join(dir, 'roles', 'clean.md')).mtimeMs).toBe(cleanBefore);
    expect(readdirSync(path.join(dir, 'roles')).sort()).toEqual(['clean.md', 'messy.md']);
    expect(result.stdout).toBe(
      [
        'roles/messy.md',
        '  17:1  error  Unexpected placeholder `XXXX`, expected the real text',
        '               placeholder',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);

    // A second run changes nothing, and plain `roles lint` agrees with what --fix printed.
    const again = await runCli(['lint', '--fix'], dir, env);
    expect(read('messy.md').subarray(3).toString()).toBe(expected);
    expect(again).toEqual(result);
    expect(await runCli(['lint'], dir, env)).toEqual(result);
  });

  it('prints a unified diff with --fix-dry-run and writes nothing', async () => {
    project({ 'messy.md': messy, 'clean.md': clean });
    const result = await runCli(['lint', '--fix-dry-run', 'roles/messy.md'], dir, env);
    expect(read('messy.md').toString()).toBe(messy);
    expect(result.stdout).toBe(
      [
        '--- a/roles/messy.md',
        '+++ b/roles/messy.md',
        '@@ -7,10 +7,10 @@',
        ' status: draft\r',
        ' ---\r',
        ' \r',
        '-## 岗位职责\r',
        '+## 职责任务\r',
        ' \r',
        '-1、负责测试,验收。。\r',
        '-2、负责⼀体化(含上线)工作...\r',
        '+1. 负责测试，验收。\r',
        '+2. 负责一体化（含上线）工作……\r',
        ' \r',
        ' ## 工作难点\r',
        ' \r',
        'roles/messy.md',
        '  17:1  error  Unexpected placeholder `XXXX`, expected the real text',
        '               placeholder',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
  });

  it('prints what `roles check` prints of the fixed files: each graph finding once, fixed files included', async () => {
    // Before the one engine path, `check --fix` printed the other files' graph findings once per fixed file.
    const other = role('other', '## 职责任务\n\n1. 负责测试。\n').replace(
      'status: draft',
      'status: draft\nreports_to: nobody',
    );
    project({ 'messy.md': messy, 'other.md': other });
    await runCli(['check', '--fix'], dir, env);
    const after = await runCli(['check'], dir, env);
    expect(after.stdout.match(/`nobody`/g)).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
    project({ 'messy.md': messy, 'other.md': other });
    expect(await runCli(['check', '--fix'], dir, env)).toEqual(after);
  });

  it("applies the per-file stage's fixes too: a full-width colon after a key", async () => {
    project({ 'colon.md': role('colon', '## 职责任务\n\n1. 负责测试。\n').replace('title: ', 'title：') });
    const before = await runCli(['lint'], dir, env);
    expect(before.stdout).toContain('1 fixable with `--fix`');
    const fixed = await runCli(['lint', '--fix'], dir, env);
    expect(read('colon.md').toString()).toContain('\ntitle: 测试岗位\n');
    expect(fixed.code).toBe(0);
  });

  it('refuses --fix with --staged, and a malformed ROLES_TODAY', async () => {
    project({ 'clean.md': clean });
    const staged = await runCli(['lint', '--fix', '--staged'], dir, env);
    expect(staged.code).toBe(2);
    expect(staged.stderr).toBe(
      'roles: Unexpected `--fix` with `--staged`, expected one of them: fixes are written to the working tree, not the index\n',
    );
    const today = await runCli(['lint'], dir, { ROLES_TODAY: '2026-02-30' });
    expect(today.code).toBe(2);
    expect(today.stderr).toBe('roles: Unexpected `ROLES_TODAY=2026-02-30`, expected a date as `YYYY-MM-DD`\n');
  });
});
