import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';
import { IT_MANAGER, itProject, listFiles } from '../../test/it-project.js';
import { main } from '../cli.js';
import { FIELD_HINTS, fieldHint } from '../i18n/field-hints.js';
import { createRoleSchema, departmentSchema } from '../schema/role-schema.js';
import { fieldPaths, schemaFields } from '../schema/schema-fields.js';

const project = (): string => itProject('roles-new-');

describe('roles new', () => {
  it('writes a role that passes roles check, in the department folder, and updates direct_reports', async () => {
    const dir = project();
    const created = await runCli(
      ['new', '网络安全主管', '--department', '信息部', '--reports-to', '信息技术部经理', '--level', '主管'],
      dir,
      { LANG: 'zh_CN.UTF-8' },
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toBe(
      '已创建 roles/it/wang-luo-an-quan-zhu-guan.md（`wang-luo-an-quan-zhu-guan`），并已加入 `it-manager` 的 `direct_reports`\n',
    );
    const text = readFileSync(path.join(dir, 'roles/it/wang-luo-an-quan-zhu-guan.md'), 'utf8');
    expect(text).toContain('\nid: wang-luo-an-quan-zhu-guan\n');
    expect(text).toContain(
      '\ndepartment: it-dept\n# 直接上级的岗位编号；只有汇报线的根才省略\nreports_to: it-manager\n',
    );
    expect(text).toContain('\nstatus: draft\n');
    expect(text).toContain('\n## 职责任务\n');
    expect(readFileSync(path.join(dir, 'roles/it/it-manager.md'), 'utf8')).toBe(
      IT_MANAGER.replace('  - it-officer\n', '  - it-officer\n  - wang-luo-an-quan-zhu-guan\n'),
    );
    // What roles new writes is already formatted, the superior's edit included.
    expect(await runCli(['fmt', '--check'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    const check = await runCli(['check', '--format', 'json'], dir);
    expect(check.code).toBe(0);
    const { summary, diagnostics } = JSON.parse(check.stdout) as {
      summary: { errors: number };
      diagnostics: Array<{ rule: string }>;
    };
    expect(summary.errors).toBe(0);
    // The one reminder left: the duties are still to be written.
    expect(diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['empty-section']);
  });

  it('names the file after title_en or --id, and creates departments next to the others', async () => {
    const dir = project();
    expect(
      (
        await runCli(
          [
            'new',
            '网络安全主管',
            '--title-en',
            'Network Security Lead',
            '--department',
            'it-dept',
            '--reports-to',
            'it-manager',
            '--level',
            '主管',
          ],
          dir,
        )
      ).code,
    ).toBe(0);
    expect(
      (await runCli(['new', '安全部', '--kind', 'department', '--id', 'security-dept', '--parent', 'it-dept'], dir))
        .code,
    ).toBe(0);
    expect(listFiles(dir)).toEqual([
      'roles.config.yaml',
      'roles/departments/it-dept.md',
      'roles/departments/security-dept.md',
      'roles/it/it-manager.md',
      'roles/it/it-officer.md',
      'roles/it/network-security-lead.md',
    ]);
    expect(readFileSync(path.join(dir, 'roles/departments/security-dept.md'), 'utf8')).toMatch(
      /\nkind: department\n[^]*\nid: security-dept\n[^]*\nname: 安全部\n[^]*\nparent: it-dept\n[^]*\n## 部门职责\n/,
    );
    expect((await runCli(['check'], dir)).code).toBe(0);
  });

  it('without a terminal (or with --yes) never asks, names the missing flags and writes nothing', async () => {
    const dir = project();
    const before = listFiles(dir);
    const result = await runCli(['new', '网络安全主管', '--level', '主管'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roles: Missing `--department`, `--reports-to`, expected `roles new <title> --department <id> --reports-to <id> --level <level>` (on a terminal without --yes, roles asks for them)\n',
    );
    expect(listFiles(dir)).toEqual(before);
  });

  it('offers did-you-mean for near misses and never takes them silently', async () => {
    const dir = project();
    const args = ['new', '网络安全主管', '--department', 'it-dep', '--reports-to', '信息技术部经理', '--level', '主管'];
    expect((await runCli(args, dir)).stderr).toBe(
      'roles: Unexpected unknown department `it-dep` for `--department`, did you mean `it-dept`?\n',
    );
    args[3] = 'it-dept';
    args[5] = '信息技术部径理';
    expect((await runCli(args, dir)).stderr).toBe(
      'roles: Unexpected unknown role `信息技术部径理` for `--reports-to`, did you mean `it-manager`?\n',
    );
    args[5] = 'it-manager';
    args[7] = '主任';
    expect((await runCli(args, dir)).stderr).toBe(
      'roles: Unexpected level `主任` for `--level`, did you mean `主办`?\n',
    );
    expect(
      (
        await runCli(
          [
            'new',
            '信息专员',
            '--department',
            'it-dept',
            '--reports-to',
            'it-manager',
            '--level',
            '专员',
            '--id',
            'it-officer',
          ],
          dir,
        )
      ).stderr,
    ).toBe(
      'roles: Unexpected id `it-officer`: `roles/it/it-officer.md` already declares it, expected a new id (`--id`)\n',
    );
    expect(listFiles(dir)).toHaveLength(4);
  });

  it('--dry-run prints the new file and the superior change as a diff and writes nothing', async () => {
    const dir = project();
    const before = listFiles(dir);
    const result = await runCli(
      ['new', '网络安全主管', '--department', 'it-dept', '--reports-to', 'it-manager', '--level', '主管', '-n'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+++ b/roles/it/wang-luo-an-quan-zhu-guan.md\n');
    expect(result.stdout).toContain('   - it-officer\n+  - wang-luo-an-quan-zhu-guan\n');
    expect(listFiles(dir)).toEqual(before);
  });

  it('asks for missing values on a terminal, completing ids by title', async () => {
    const dir = project();
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
    let screen = '';
    const stderr = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          screen += String(chunk);
          done();
        },
      }),
      // A terminal is never ended by the prompts that write to it (process.stderr ignores end()).
      { isTTY: true, columns: 80, rows: 24, end: () => stderr },
    );
    let stdout = '';
    const running = main(['new', '--level', '主管'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr,
      stdin,
      cwd: dir,
      env: { NO_COLOR: '1' },
    });
    // Each answer is typed once its prompt is on the screen, as a person would.
    const type = async (prompt: string, keys: string) => {
      for (let i = 0; i < 500 && !screen.includes(prompt); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(screen).toContain(prompt);
      screen = '';
      stdin.write(keys);
    };
    await type('Title', '网络安全主管\r');
    await type('Department', '信息部');
    await type('信息技术部  it-dept', '\r');
    await type('Reports to', '经理');
    await type('信息技术部经理  it-manager', '\r');
    expect(await running).toBe(0);
    expect(stdout).toBe(
      'Created roles/it/wang-luo-an-quan-zhu-guan.md (`wang-luo-an-quan-zhu-guan`), added to `direct_reports` of `it-manager`\n',
    );
    expect(readFileSync(path.join(dir, 'roles/it/wang-luo-an-quan-zhu-guan.md'), 'utf8')).toContain(
      '\nreports_to: it-manager\n',
    );
  });
});

describe('template hints', () => {
  it('say what goes in every key the schemas know, in both languages', () => {
    const paths = [
      ...fieldPaths(schemaFields(createRoleSchema(['专员']))),
      ...fieldPaths(schemaFields(departmentSchema)),
    ];
    expect(paths.filter((field) => !fieldHint(field, 'zh-CN') || !fieldHint(field, 'en'))).toEqual([]);
    for (const [key, hint] of Object.entries(FIELD_HINTS))
      expect([key, hint['zh-CN'] !== '', hint.en !== '']).toEqual([key, true, true]);
  });
});
