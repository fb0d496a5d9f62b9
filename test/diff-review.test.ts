import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgDiff } from '../src/diff/org-diff.js';
import { displayWidth } from '../src/text/display-width.js';
import { createRepository, roleFile, type TestRepository } from './git-repo.js';
import { runCli } from './run-cli.js';

function role(id: string, title: string, level: string, fields: string[] = []): string {
  return roleFile([
    `id: ${id}`,
    `title: ${title}`,
    'department: center',
    `job_level: ${level}`,
    ...fields,
    `purpose: ${title}的工作。`,
    'status: approved',
  ]);
}

const REPORTS = [
  'business-config-assistant',
  'business-config-officer',
  'business-config-supervisor',
  'service-quality-assistant',
];

/**
 * The reviewer's repository of issue #16: a long `direct_reports`, a role whose file breaks, a
 * renamed subordinate, a moved reporting line, a department without known headcounts, and a
 * file that was broken and is fixed.
 */
const BASE: Record<string, string> = {
  'roles.config.yaml': 'roles: [roles]\n',
  'roles/center.md':
    '---\nkind: department\nid: center\nname: 支撑中心\nhead: boss\nstatus: approved\n---\n\n## 部门职责\n\n1. 负责支撑。\n',
  'roles/boss.md': role('boss', '中心经理', '经理', [`direct_reports: [${REPORTS.join(', ')}]`]),
  'roles/business-config-assistant.md': role('business-config-assistant', '业务配置助理', '助理', ['reports_to: boss']),
  'roles/business-config-officer.md': role('business-config-officer', '业务配置主办', '主办', ['reports_to: boss']),
  'roles/business-config-supervisor.md': role('business-config-supervisor', '业务配置主管', '主管', [
    'reports_to: boss',
  ]),
  'roles/service-quality-assistant.md': role('service-quality-assistant', '服务质量助理', '助理', ['reports_to: boss']),
  'roles/legacy.md': role('legacy', '综合支撑', '主任', ['reports_to: boss']),
};

describe('roles diff answers the reviewer of issue #16', () => {
  let repo: TestRepository;
  beforeAll(() => {
    repo = createRepository();
    repo.write(BASE);
    repo.commit('base');
    repo.git('tag', 'base');
    repo.git('mv', 'roles/service-quality-assistant.md', 'roles/sq-assistant.md');
    repo.write({
      'roles/boss.md': role('boss', '中心经理', '经理', [
        'direct_reports: [business-config-officer, business-config-supervisor, sq-assistant, service-quality-officer]',
      ]),
      // Broken: a level that is not on the ladder. Not a removed role.
      'roles/business-config-supervisor.md': role('business-config-supervisor', '业务配置主管', '主任', [
        'reports_to: boss',
      ]),
      // Renamed (same title): boss's list follows it, so that is no change.
      'roles/sq-assistant.md': role('sq-assistant', '服务质量助理', '助理', ['reports_to: boss']),
      'roles/service-quality-officer.md': role('service-quality-officer', '服务质量主办', '主办', [
        'reports_to: boss',
        'headcount: 1',
      ]),
      // Moved under the new officer.
      'roles/business-config-officer.md': role('business-config-officer', '业务配置主办', '主办', [
        'reports_to: service-quality-officer',
      ]),
      // Fixed: valid again.
      'roles/legacy.md': role('legacy', '综合支撑', '主办', ['reports_to: boss']),
    });
    repo.git('rm', '--quiet', 'roles/business-config-assistant.md');
    repo.commit('head');
  });
  afterAll(() => repo.cleanup());

  const json = async () =>
    JSON.parse((await runCli(['diff', 'base', 'HEAD', '--format', 'json'], repo.dir)).stdout) as OrgDiff;

  it('json: a broken file is made invalid with its first problem, never removed; a fixed one is valid again', async () => {
    const diff = await json();
    expect(diff.removed.map((item) => item.id)).toEqual(['business-config-assistant']);
    expect(diff.madeInvalid).toEqual([
      {
        file: 'roles/business-config-supervisor.md',
        id: 'business-config-supervisor',
        name: '业务配置主管',
        problem: expect.objectContaining({ line: 5, column: 12, rule: 'schema-invalid-value' }),
      },
    ]);
    expect(diff.madeValid).toEqual([
      {
        file: 'roles/legacy.md',
        id: 'legacy',
        name: '综合支撑',
        problem: expect.objectContaining({ rule: 'schema-invalid-value' }),
      },
    ]);
    expect(diff.added.map((item) => item.id)).toEqual(['service-quality-officer']);
  });

  it('json: lists as items added and removed, with names and ids; a renamed item is no change', async () => {
    const diff = await json();
    expect(diff.renamed).toEqual([
      { kind: 'role', id: 'sq-assistant', from: 'service-quality-assistant', name: '服务质量助理', by: 'title' },
    ]);
    expect(diff.changed).toEqual([
      {
        kind: 'role',
        id: 'boss',
        name: '中心经理',
        file: 'roles/boss.md',
        changes: [
          {
            field: 'direct_reports',
            type: 'list',
            added: [{ id: 'service-quality-officer', name: '服务质量主办' }],
            removed: [{ id: 'business-config-assistant', name: '业务配置助理' }],
          },
        ],
      },
    ]);
    expect(diff.moved).toEqual([
      {
        id: 'business-config-officer',
        name: '业务配置主办',
        from: { id: 'boss', name: '中心经理' },
        to: { id: 'service-quality-officer', name: '服务质量主办' },
      },
    ]);
  });

  it('json: headcount is a number, unknown (null) kept apart from 0', async () => {
    const diff = await json();
    expect(diff.departments).toEqual([
      { id: 'center', name: '支撑中心', roles: [5, 5], headcount: [null, 1], unknown: [5, 4] },
    ]);
    expect(diff.added[0]).toMatchObject({ headcount: 1, reportsTo: { id: 'boss', name: '中心经理' } });
  });

  it('table: every case in words, fitted to 80 columns', async () => {
    const wide = (await runCli(['diff', 'base', 'HEAD'], repo.dir, { NO_COLOR: '1', COLUMNS: '200' })).stdout;
    expect(wide).toContain('+服务质量主办 −业务配置助理');
    expect(wide).toMatch(/业务配置主管\s*│ roles\/business-config-supervisor\.md\s*│ 5:12 Unexpected `主任`/);
    expect(wide).toContain('unknown → 1');
    expect(wide).toMatch(/业务配置主办\s*│ 中心经理\s*│ 服务质量主办/);
    expect(wide.slice(wide.indexOf('\nRemoved\n'), wide.indexOf('\nRenamed\n'))).not.toContain('业务配置主管');
    const narrow = (await runCli(['diff', 'base', 'HEAD'], repo.dir, { NO_COLOR: '1', COLUMNS: '80' })).stdout;
    for (const line of narrow.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    // No ASCII word split: every run of letters and digits at 80 columns is one the wide table has too.
    const words = (text: string) => new Set(text.match(/[A-Za-z0-9]+/g) ?? []);
    const whole = words(wide);
    expect([...words(narrow)].filter((word) => !whole.has(word))).toEqual([]);
  });

  it('markdown: the summary sentence first, in the chosen language, then the details and a chart', async () => {
    const result = await runCli(['diff', 'base', 'HEAD', '--format', 'markdown', '--lang', 'zh-CN'], repo.dir);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('# 组织变更：base → HEAD');
    expect(lines[2]).toBe(
      '新增 1 个岗位，删除 1 个岗位，1 个编号改名，1 个文件变为无效，1 个文件恢复有效，调整 1 条汇报关系，修改 1 个岗位或部门，定员 +1。',
    );
    expect(result.stdout).toContain('| 中心经理<br>boss | direct_reports | +服务质量主办 −业务配置助理 |');
    expect(result.stdout).toContain('| 支撑中心<br>center | 5 → 5 | 未知 → 1 |');
    expect(result.stdout).toContain('```mermaid\nflowchart TD');
  });

  it('writes any format to a file with -o', async () => {
    const out = path.join(repo.dir, 'out', 'diff.md');
    const result = await runCli(['diff', 'base', 'HEAD', '--format', 'markdown', '-o', out], repo.dir);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8')).toContain('+服务质量主办 −业务配置助理');
  });

  it('reports nothing when nothing changed', async () => {
    const result = await runCli(['diff', 'HEAD', 'HEAD', '--format', 'json'], repo.dir);
    expect(JSON.parse(result.stdout)).toMatchObject({
      added: [],
      removed: [],
      renamed: [],
      madeInvalid: [],
      madeValid: [],
      moved: [],
      changed: [],
      departments: [],
    });
    expect((await runCli(['diff', 'HEAD', 'HEAD'], repo.dir)).stdout).toContain('No change to the organisation.');
  });
});
