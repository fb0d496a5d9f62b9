import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DEPARTMENT =
  '---\nkind: department\nid: it-dept\nname: 信息技术部\naliases:\n  - 信息部\nhead: it-manager\nstatus: approved\n---\n\n## 部门职责\n\n1. 负责信息系统。\n';
const MANAGER =
  '---\nid: it-manager\ntitle: 信息技术部经理\ndepartment: it-dept\njob_level: 经理\npurpose: 管理信息技术部。\nstatus: approved\n---\n\n## 职责任务\n\n1. 负责部门管理。\n';
/** The trial of the issue: every slip a new maintainer made, each with a did-you-mean. */
const TRIAL =
  '---\nid: wang-luo-an-quan-zhu-guan\ntitle: 网络安全主管\ndepartment: 信息部\nreport_to: 信息技术部经理\njob_level: 主管\npurpose: 负责网络安全。\nstatus: 草稿\ncareer_path:\n  - IT-Manager\n---\n\n## 岗位职责\n\n1、负责网络安全。\n';
const FIXED =
  '---\nid: wang-luo-an-quan-zhu-guan\ntitle: 网络安全主管\ndepartment: it-dept\nreports_to: it-manager\njob_level: 主管\npurpose: 负责网络安全。\nstatus: 草稿\ncareer_path:\n  - it-manager\n---\n\n## 职责任务\n\n1. 负责网络安全。\n';

function project(trial = TRIAL): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-suggest-'));
  dirs.push(dir);
  const files = {
    'roles.config.yaml': 'roles:\n  - roles\n',
    'roles/it-dept.md': DEPARTMENT,
    'roles/it-manager.md': MANAGER,
    'roles/wang-luo-an-quan-zhu-guan.md': trial,
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const read = (dir: string) => readFileSync(path.join(dir, 'roles/wang-luo-an-quan-zhu-guan.md'), 'utf8');

describe('--fix-suggestions', () => {
  it('fixes each did-you-mean of the trial, and roles check then passes', async () => {
    const dir = project();
    const before = await runCli(['check', '--format', 'json'], dir);
    const rules = (
      JSON.parse(before.stdout) as { diagnostics: Array<{ rule: string; suggestion?: unknown }> }
    ).diagnostics
      .filter((diagnostic) => diagnostic.suggestion)
      .map((diagnostic) => diagnostic.rule);
    // `status: 草稿` is an alias the schema accepts (#12), so it needs no suggestion and stays as written.
    expect(rules).toEqual(['reference-exists', 'schema-unknown-key', 'reference-exists']);
    const fixed = await runCli(['check', '--fix-suggestions'], dir);
    expect(read(dir)).toBe(FIXED);
    expect(fixed).toMatchObject({ code: 0, stdout: '' });
    expect(await runCli(['check'], dir)).toMatchObject({ code: 0, stdout: '' });
  });

  it('--fix alone applies only the safe fixes, on roles check as on roles lint', async () => {
    const dir = project();
    const result = await runCli(['check', '--fix'], dir);
    expect(result.code).toBe(1);
    expect(read(dir)).toBe(TRIAL.replace('## 岗位职责', '## 职责任务').replace('1、', '1. '));
  });

  it('suggests nothing when two candidates are equally close', async () => {
    const dir = project(TRIAL.replace('job_level: 主管', 'job_level: 主任'));
    const result = await runCli(['check', '--format', 'json'], dir);
    const levels = (
      JSON.parse(result.stdout) as { diagnostics: Array<{ message: string; suggestion?: unknown }> }
    ).diagnostics.filter((diagnostic) => diagnostic.message.includes('`主任`'));
    expect(levels).toHaveLength(1);
    expect(levels[0]!.suggestion).toBeUndefined();
    await runCli(['check', '--fix-suggestions'], dir);
    expect(read(dir)).toContain('\njob_level: 主任\n');
  });
});
