import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgDiff } from '../src/diff/org-diff.js';
import { createRepository, roleFile, type TestRepository } from './git-repo.js';
import { runCli } from './run-cli.js';

const SNAPSHOTS = path.join(import.meta.dirname, '__snapshots__');

function role(id: string, title: string, fields: string[], body?: string): string {
  return roleFile([`id: ${id}`, `title: ${title}`, ...fields, `purpose: ${title}的工作。`, 'status: approved'], body);
}

function department(id: string, name: string, fields: string[] = []): string {
  return `---\nkind: department\nid: ${id}\nname: ${name}\n${fields.map((line) => `${line}\n`).join('')}status: approved\n---\n\n## 部门职责\n\n1. 负责${name}。\n`;
}

const DUTIES = '## 职责任务\n\n1. 负责产品支撑。\n2. 负责方案审核。\n';

/** The organisation before: `center` with boss, a, b, c (under a), e and f (under c), and a GBK file. */
const BASE: Record<string, string | Uint8Array> = {
  'roles.config.yaml': 'roles: [roles]\n',
  'roles/center.md': department('center', '支撑中心', ['head: boss']),
  'roles/boss.md': role('boss', '中心经理', [
    'department: center',
    'job_level: 经理',
    'headcount: 1',
    'direct_reports: [a, b]',
  ]),
  'roles/a.md': role(
    'a',
    '产品支撑主管',
    [
      'department: center',
      'job_level: 主管',
      'reports_to: boss',
      'headcount: 1',
      'requirements:',
      '  experience: { years: 3 }',
      '  core_skills: { communication: 3 }',
    ],
    DUTIES,
  ),
  'roles/b.md': role('b', '业务配置主管', [
    'department: center',
    'job_level: 主管',
    'reports_to: boss',
    'headcount: 1',
  ]),
  'roles/c.md': role('c', '业务配置主办', ['department: center', 'job_level: 主办', 'reports_to: a', 'headcount: 2']),
  'roles/e.md': role(
    'e',
    '质量专员',
    ['department: center', 'job_level: 专员', 'reports_to: boss', 'headcount: 1'],
    '## 职责任务\n\n1. 负责质量检查。\n',
  ),
  'roles/f.md': role('f', '配置助理', ['department: center', 'job_level: 助理', 'reports_to: c', 'headcount: 3']),
  'roles/gbk.md': Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xbf, 0xcd, 0xbb, 0xa7, 0x0a]),
};

describe('roles diff', () => {
  let repo: TestRepository;

  beforeAll(() => {
    repo = createRepository();
    repo.write(BASE);
    repo.commit('base');
    repo.git('tag', 'v1');
    // Remove b; rename c to c2 (same title); retitle, re-level and re-require a; add department ops and role d in it;
    // rename e to quality-officer (same purpose and sections, new title) and move it under a; f keeps reporting to c, now c2.
    repo.git('rm', '--quiet', 'roles/b.md', 'roles/c.md', 'roles/e.md', 'roles/gbk.md');
    repo.write({
      'roles/boss.md': role('boss', '中心经理', [
        'department: center',
        'job_level: 经理',
        'headcount: 1',
        'direct_reports: [a]',
      ]),
      'roles/a.md': role(
        'a',
        '产品支持主管',
        [
          'department: center',
          'job_level: 副经理',
          'reports_to: boss',
          'headcount: 2',
          'requirements:',
          '  education: { minimum: 本科 }',
          '  experience: { years: 5 }',
          '  core_skills: { communication: 4 }',
        ],
        `${DUTIES}3. 负责客户培训。\n\n## 考核指标\n\n1. 支撑及时。\n`,
      ),
      'roles/c2.md': role('c2', '业务配置主办', [
        'department: center',
        'job_level: 主办',
        'reports_to: a',
        'headcount: 2',
      ]),
      'roles/quality-officer.md': roleFile(
        [
          'id: quality-officer',
          'title: 质量管理专员',
          'department: center',
          'job_level: 专员',
          'reports_to: a',
          'headcount: 1',
          'purpose: 质量专员的工作。',
          'status: approved',
        ],
        '## 职责任务\n\n1. 负责质量检查。\n',
      ),
      'roles/f.md': role('f', '配置助理', ['department: center', 'job_level: 助理', 'reports_to: c2', 'headcount: 3']),
      'roles/ops/ops.md': department('ops', '运维部', ['parent: center']),
      'roles/ops/d.md': role('d', '运维专员 | <b>粗</b> @team', [
        'department: ops',
        'job_level: 专员',
        'reports_to: a',
        'headcount: 4',
      ]),
    });
    repo.commit('reorganise');
    // Uncommitted: a file that does not parse, and a binary one.
    repo.write({ 'roles/broken.md': '---\nid: [broken\n---\n', 'roles/binary.md': Uint8Array.from([0x2d, 0x00]) });
  });
  afterAll(() => repo.cleanup());

  it('renders a markdown summary for a pull-request comment', async () => {
    const result = await runCli(['diff', 'v1', '--format', 'markdown'], repo.dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(result.stdout).toMatchFileSnapshot(path.join(SNAPSHOTS, 'diff-markdown.md'));
  });

  it('renders an aligned table for the terminal', async () => {
    const result = await runCli(['diff', 'v1', 'HEAD'], repo.dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    await expect(result.stdout).toMatchFileSnapshot(path.join(SNAPSHOTS, 'diff-table.txt'));
  });

  it('tells adds, removes, renames (by title and by content), moves and totals apart in JSON', async () => {
    const diff = JSON.parse((await runCli(['diff', 'v1', 'HEAD', '--format', 'json'], repo.dir)).stdout) as OrgDiff;
    expect(diff.added.map((item) => `${item.kind} ${item.id}`)).toEqual(['department ops', 'role d']);
    expect(diff.removed.map((item) => `${item.kind} ${item.id}`)).toEqual(['role b']);
    expect(diff.renamed.map((item) => `${item.from} → ${item.id} by ${item.by}`)).toEqual([
      'c → c2 by title',
      'e → quality-officer by content',
    ]);
    // f follows c to c2: a renamed superior is not a move.
    expect(diff.moved.map((item) => `${item.id}: ${item.from?.id} → ${item.to?.id}`)).toEqual([
      'quality-officer: boss → a',
    ]);
    expect(diff.moved[0]).toMatchObject({
      from: { id: 'boss', name: '中心经理' },
      to: { id: 'a', name: '产品支持主管' },
    });
    const a = diff.changed.find((item) => item.id === 'a')!;
    expect(a.changes).toEqual([
      { field: 'title', type: 'value', before: '产品支撑主管', after: '产品支持主管' },
      { field: 'job_level', type: 'value', before: '主管', after: '副经理' },
      { field: 'headcount', type: 'value', before: 1, after: 2 },
      { field: 'purpose', type: 'value', before: '产品支撑主管的工作。', after: '产品支持主管的工作。' },
      { field: 'requirements.experience.years', type: 'value', before: 3, after: 5 },
      { field: 'requirements.core_skills.communication', type: 'value', before: 3, after: 4 },
      { field: 'requirements.education.minimum', type: 'value', before: null, after: '本科' },
      { field: '## 职责任务', type: 'section', change: 'edited', words: [{ removed: '', added: '3. 负责客户培训。' }] },
      { field: '## 考核要点', type: 'section', change: 'added', words: [] },
    ]);
    expect(diff.changed.find((item) => item.id === 'boss')!.changes).toEqual([
      { field: 'direct_reports', type: 'list', added: [], removed: [{ id: 'b', name: '业务配置主管' }] },
    ]);
    expect(
      diff.departments.map(
        (item) => `${item.id}: roles ${item.roles.join(' → ')}, headcount ${item.headcount.join(' → ')}`,
      ),
    ).toEqual(['center: roles 6 → 5, headcount 9 → 9', 'ops: roles 0 → 1, headcount 0 → 4']);
    // The GBK file was invalid at v1 and is gone: nothing a reviewer needs.
    expect(diff.madeInvalid.map((item) => item.file)).toEqual([]);
  });

  it('compares with the working tree by default, naming the files that are not valid roles', async () => {
    const diff = JSON.parse((await runCli(['diff', 'HEAD', '--format', 'json'], repo.dir)).stdout) as OrgDiff;
    expect(diff).toMatchObject({
      base: 'HEAD',
      head: 'working tree',
      added: [],
      removed: [],
      renamed: [],
      moved: [],
      changed: [],
      departments: [],
    });
    expect(diff.madeInvalid).toEqual([
      {
        file: 'roles/binary.md',
        id: null,
        name: null,
        problem: expect.objectContaining({ rule: 'file-binary' }),
      },
      {
        file: 'roles/broken.md',
        id: null,
        name: null,
        problem: expect.objectContaining({ rule: 'yaml-syntax' }),
      },
    ]);
    expect((await runCli(['diff', 'HEAD', 'HEAD'], repo.dir)).stdout).toBe(
      'Organisation changes: HEAD → HEAD\n\nNo change to the organisation.\n',
    );
  });

  it('refuses a ref that does not exist, and a folder without git (exit 2)', async () => {
    expect(await runCli(['diff', 'v9'], repo.dir)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'roles: Unexpected ref `v9`, expected a commit, branch or tag of this repository\n',
    });
    expect(await runCli(['diff', '--', '--output=x'], repo.dir)).toMatchObject({
      code: 2,
      stderr: 'roles: Unexpected ref `--output=x`, expected a commit, branch or tag of this repository\n',
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'roles-nogit-'));
    try {
      const result = await runCli(['diff', 'main'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^roles: `roles diff` needs a git repository: `.+` is not inside a git work tree \(fatal: not a git repository.*\)\n$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
