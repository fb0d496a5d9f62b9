import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { main } from '../src/cli.js';
import { displayWidth } from '../src/text/display-width.js';
import { runCli } from './run-cli.js';

/** A small organisation: two organisations, a sub-department, a department no file declares, an invalid role, a career ladder. */
const ORG = path.join(import.meta.dirname, 'fixtures', 'report-org');
const SNAPSHOTS = path.join(ORG, '__snapshots__', 'report');
const VIEWS: Array<[name: string, args: string[]]> = [
  ['summary', []],
  ['tree', ['tree']],
  ['role', ['role', 'config-supervisor']],
  ['role-invalid', ['role', 'quality-officer']],
  ['skills', ['skills']],
  ['skills-by-level', ['skills', '--group-by', 'level']],
  ['requirements', ['requirements']],
  ['careers', ['careers']],
  ['compliance', ['compliance']],
];
const EXTENSIONS: Record<string, string> = {
  table: 'txt',
  markdown: 'md',
  json: 'json',
  csv: 'csv',
  html: 'html',
  dot: 'dot',
};
const CHARTED = new Set(['summary', 'tree', 'role', 'role-invalid', 'careers']);

/** The role files as written, read independently of the code under test. */
function roleFiles(): Array<Record<string, unknown>> {
  const files: Array<Record<string, unknown>> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) {
        const data = YAML.parse(readFileSync(full, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
        if (data.kind !== 'department') files.push(data);
      }
    }
  };
  walk(path.join(ORG, 'roles'));
  return files;
}

async function report(args: string[], cwd = ORG): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['report', ...args], cwd);
}

async function json(args: string[]): Promise<any> {
  const result = await report([...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

/** Runs the CLI with a terminal of a given width. */
async function atWidth(
  args: string[],
  columns: number | undefined,
  env: Record<string, string> = { NO_COLOR: '1' },
): Promise<string> {
  let stdout = '';
  const code = await main(['report', ...args], {
    stdout: { write: (text: string) => (stdout += text), isTTY: true, ...(columns ? { columns } : {}) },
    stderr: { write: () => true },
    cwd: ORG,
    env,
  });
  expect(code).toBe(0);
  return stdout;
}

describe('roles report: every view in every format', () => {
  for (const [name, args] of VIEWS) {
    for (const [format, extension] of Object.entries(EXTENSIONS)) {
      if (format === 'dot' && !CHARTED.has(name)) continue;
      it(`${name} (${format})`, async () => {
        const result = await report([...args, '--format', format]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        await expect(result.stdout).toMatchFileSnapshot(path.join(SNAPSHOTS, `${name}.${extension}`));
      });
    }
  }

  it('prints the summary as a table by default', async () => {
    const byDefault = await report([]);
    expect(byDefault.stdout).toBe((await report(['summary', '--format', 'table'])).stdout);
    expect(byDefault.stdout.startsWith('Summary\n')).toBe(true);
  });

  it('gives byte-identical output for the same files', async () => {
    for (const [, args] of VIEWS) {
      for (const format of ['table', 'json', 'html']) {
        expect((await report([...args, '--format', format])).stdout).toBe(
          (await report([...args, '--format', format])).stdout,
        );
      }
    }
  });
});

describe('roles report summary', () => {
  it('sums the headcounts written in the files, per department and in total, and says how many are unknown', async () => {
    const files = roleFiles();
    const data = await json([]);
    for (const department of data.departments) {
      const members = files.filter((file) => (file.department ?? null) === department.id);
      const known = members.filter((file) => Number.isInteger(file.headcount));
      expect(department.roles, department.id).toBe(members.length);
      expect(department.headcount, department.id).toBe(
        known.reduce((sum, file) => sum + (file.headcount as number), 0),
      );
      expect(department.unknownHeadcount, department.id).toBe(members.length - known.length);
    }
    expect(data.totals).toMatchObject({
      roles: files.length,
      headcount: 21,
      unknownHeadcount: 2,
      departments: 4,
      invalid: 1,
      drafts: 3,
      excluded: 0,
    });
  });

  it('nests departments as their tree and lists a department no file declares', async () => {
    const data = await json([]);
    expect(data.departments.map((d: any) => [d.id, d.depth, d.state])).toEqual([
      ['branch', 0, 'valid'],
      ['gov-support', 1, 'valid'],
      ['service-center', 0, 'valid'],
      ['data-office', 0, 'undeclared'],
    ]);
  });

  it('counts the findings of `roles check` per department, and in total as check does', async () => {
    const check = JSON.parse((await runCli(['check', '--format', 'json'], ORG)).stdout);
    const data = await json([]);
    expect({ errors: data.totals.errors, warnings: data.totals.warnings }).toEqual({
      errors: check.summary.errors,
      warnings: check.summary.warnings,
    });
    // The fixture keeps each department's roles in a folder named after it.
    const govSupport = check.diagnostics.filter(
      (d: { file: string }) => d.file.startsWith('roles/gov-support/') || d.file === 'roles/departments/gov-support.md',
    );
    expect(data.departments.find((d: any) => d.id === 'gov-support')).toMatchObject({
      errors: govSupport.filter((d: any) => d.severity === 'error').length,
      warnings: govSupport.filter((d: any) => d.severity === 'warning').length,
    });
    expect(data.departments.reduce((sum: number, d: any) => sum + d.errors, 0)).toBe(check.summary.errors);
  });

  it('keeps a role whose front matter failed the schema, marked invalid', async () => {
    const table = (await report([])).stdout;
    expect(table).toContain('Invalid');
    const tree = await json(['tree']);
    expect(tree.roles.find((role: any) => role.id === 'quality-officer')).toMatchObject({
      valid: false,
      placement: 'unlinked',
      title: '服务质量主办',
      level: '主任',
      headcount: null,
      errors: 3,
    });
  });
});

describe('roles report filters', () => {
  it('--department keeps the department and its sub-departments, and counts the roles left out', async () => {
    const data = await json(['--department', 'branch']);
    expect(data.departments.map((d: any) => [d.id, d.depth])).toEqual([
      ['branch', 0],
      ['gov-support', 1],
    ]);
    expect(data.totals).toMatchObject({ roles: 6, excluded: 3 });
    expect((await report(['--department', 'branch'])).stdout.replace(/\n/g, ' ')).toContain(
      'Filtered to department `branch` and its sub-departments: 6 roles shown, 3 excluded.',
    );
  });

  it('--level and --status combine', async () => {
    const data = await json(['requirements', '--level', '主管', '--status', 'approved']);
    expect(data.roles.map((role: any) => role.id)).toEqual(['office-supervisor', 'config-supervisor', 'cs-supervisor']);
    expect(data.totals).toEqual({ roles: 3, excluded: 6 });
  });

  it('keeps the superiors of a filtered role in the tree, marked as context', async () => {
    const data = await json(['tree', '--level', '助理']);
    expect(data.roles.map((role: any) => [role.id, role.depth, role.match])).toEqual([
      ['gov-support-manager', 0, false],
      ['config-assistant', 1, true],
    ]);
    expect(data.totals).toMatchObject({ roles: 1, context: 1, excluded: 8 });
  });

  it('shows a ladder when any of its roles passes the filters', async () => {
    const data = await json(['careers', '--status', 'approved']);
    expect(data.ladders).toHaveLength(1);
    expect(data.totals.excluded).toBe(3);
  });

  it('rejects an unknown department or level with a suggestion (exit 2)', async () => {
    expect(await report(['--department', 'gov-suport'])).toMatchObject({
      code: 2,
      stderr: 'roles: Unexpected department `gov-suport`, did you mean `gov-support`?\n',
    });
    expect(await report(['--level', '总监'])).toMatchObject({
      code: 2,
      stderr: 'roles: Unexpected level `总监`, expected one of `助理`, `专员`, `主办`, `主管`, `副经理`, `经理`\n',
    });
  });
});

describe('roles report tree', () => {
  it('matches the reporting lines of the files', async () => {
    const files = roleFiles();
    const data = await json(['tree']);
    expect(data.roles.map((role: any) => role.id).sort()).toEqual(files.map((file) => file.id).sort());
    for (const role of data.roles.filter((r: any) => r.valid)) {
      const file = files.find((f) => f.id === role.id)!;
      expect(role.parent, role.id).toBe(file.reports_to ?? null);
      expect(role.headcount, role.id).toBe(file.headcount ?? null);
    }
    expect(data.roles.slice(0, 4).map((role: any) => [role.id, role.depth])).toEqual([
      ['gov-support-manager', 0],
      ['config-supervisor', 1],
      ['config-officer', 1],
      ['config-assistant', 1],
    ]);
  });

  it('draws the hierarchy with tree glyphs in the table', async () => {
    const lines = (await report(['tree'])).stdout.split('\n');
    expect(lines.some((line) => line.startsWith('│ ├─ 业务配置主管'))).toBe(true);
    expect(lines.some((line) => line.startsWith('│ └─ 业务配置助理'))).toBe(true);
  });
});

describe('roles report role', () => {
  it('shows every front-matter fact, the sections, the superior, career steps and who points to the role', async () => {
    const data = await json(['role', 'config-supervisor']);
    expect(data.facts.map((fact: any) => fact.key)).toContain('requirements.experience.alternative.level');
    expect(data.facts.find((fact: any) => fact.key === 'title')).toEqual({
      key: 'title',
      label: '岗位名称',
      value: '业务配置主管',
      inferred: false,
    });
    expect(data.sections).toEqual([{ heading: '职责任务', text: '1. 组织业务开通数据配置。' }]);
    expect(data.superior).toEqual({
      id: 'gov-support-manager',
      title: '省级操作维护中心副经理',
      level: '副经理',
      exists: true,
    });
    expect(data.referencedBy.map((r: any) => [r.from, r.field])).toEqual([
      ['config-officer', 'career_path'],
      ['gov-support-manager', 'direct_reports'],
    ]);
  });

  it('shows the notes as 说明 and marks each inferred value, in every format', async () => {
    const data = await json(['role', 'config-supervisor']);
    expect(data.notes).toEqual([
      {
        kind: 'inferred',
        label: 'inferred',
        about: ['requirements.experience.alternative.level'],
        text: '源文件写“或任下一职级2年以上”，下一职级按主办记。',
      },
    ]);
    const inferred = data.facts.filter((fact: any) => fact.inferred).map((fact: any) => fact.key);
    expect(inferred).toEqual(['requirements.experience.alternative.level']);
    expect(data.facts.map((fact: any) => fact.key)).not.toContain('notes.0.text');
    const table = (await report(['role', 'config-supervisor'])).stdout;
    expect(table).toContain('Notes (说明)');
    expect(table).toContain('主办 (inferred)');
    expect(table).toContain('源文件写');
    const chinese = (await report(['role', 'config-supervisor', '--lang', 'zh-CN'])).stdout;
    expect(chinese).toMatch(/^说明$/m);
    expect(chinese).toContain('主办（推定）');
    expect(chinese).toMatch(/│ 推定 /);
    const markdown = (await report(['role', 'config-supervisor', '--format', 'markdown', '--lang', 'zh-CN'])).stdout;
    expect(markdown).toContain('## 说明');
    expect(markdown).toContain('主办（推定）');
  });

  it("shows what the role's department states for all its roles, and career targets that are text", async () => {
    const bundled = path.join(import.meta.dirname, '..');
    const { stdout } = await report(['role', 'customer-support', '--format', 'markdown', '--lang', 'zh-CN'], bundled);
    expect(stdout).toContain('## 所属部门客户服务中心对各岗位的要求');
    expect(stdout).toContain('1. 具备良好的沟通能力和服务意识');
    expect(stdout).toContain('客服中心部门是一个企业对外沟通的重要门户');
    expect(stdout).toMatch(/career step \| 客户支持主管 \|.*源文件原文，本组织没有这个岗位的文件/);
  });

  it('gives the experience each career step asks for', async () => {
    const data = await json(['role', 'config-officer']);
    expect(data.careerPath).toEqual([
      expect.objectContaining({ id: 'config-supervisor', experienceText: '5年以上相关专业工作经验，或任主办2年以上' }),
    ]);
  });

  it('shows a role that failed the schema from its raw front matter', async () => {
    const data = await json(['role', 'quality-officer']);
    expect(data.valid).toBe(false);
    expect(data.facts.find((fact: any) => fact.key === 'headcount').value).toBe('两');
    expect(data.findings.map((f: any) => f.rule)).toContain('schema-invalid-value');
  });

  it('rejects a missing or unknown id, and an id for another view (exit 2)', async () => {
    expect(await report(['role'])).toMatchObject({
      code: 2,
      stderr: 'roles: Missing role id, expected `roles report role <id>`\n',
    });
    expect(await report(['role', 'config-officr'])).toMatchObject({
      code: 2,
      stderr: 'roles: Unexpected role `config-officr`, did you mean `config-officer`?\n',
    });
    expect((await report(['tree', 'config-officer'])).code).toBe(2);
  });
});

describe('roles report skills, requirements, careers, compliance', () => {
  it('shows missing skill levels as missing, never as 0', async () => {
    const data = await json(['skills']);
    const agent = data.groups.flatMap((group: any) => group.roles).find((role: any) => role.id === 'cs-agent');
    expect(agent.skills).toEqual({
      numeracy: null,
      communication: 4,
      information_technology: null,
      self_improvement: null,
      teamwork: 3,
      problem_solving: null,
    });
    expect(data.totals).toEqual({ roles: 9, levels: 54, recorded: 2, missing: 52, excluded: 0 });
    const table = (await report(['skills'])).stdout;
    expect(table).toContain('—');
    expect(table).not.toMatch(/│\s+0 │/);
  });

  it('groups skills by level, highest first', async () => {
    const data = await json(['skills', '--group-by', 'level']);
    expect(data.groups.map((group: any) => group.key)).toEqual(['副经理', '主管', '主办', '专员', '助理', '主任']);
  });

  it('tallies requirements per level', async () => {
    const data = await json(['requirements']);
    expect(data.byLevel.find((level: any) => level.level === '主管')).toEqual({
      level: '主管',
      roles: 3,
      education: [
        { value: '大专', roles: 1 },
        { value: '本科', roles: 1 },
        { value: null, roles: 1 },
      ],
      experienceYears: { min: 3, max: 5 },
      withoutExperience: 1,
      foreignLanguage: 1,
      computerSkills: 1,
    });
  });

  it('follows career_path into ladders with the experience of each step', async () => {
    const data = await json(['careers']);
    expect(
      data.ladders.map((ladder: any) => ladder.steps.map((step: any) => `${step.id}:${step.experienceText}`)),
    ).toEqual([
      [
        'config-assistant:1年以上相关专业工作经验',
        'config-officer:4年以上相关专业工作经验',
        'config-supervisor:5年以上相关专业工作经验，或任主办2年以上',
      ],
    ]);
  });

  it('groups the findings by department, then rule', async () => {
    const data = await json(['compliance']);
    expect(data.departments.map((d: any) => [d.id, d.rules.map((r: any) => r.rule)])).toEqual([
      ['branch', ['single-root']],
      ['gov-support', ['reports-both-ways', 'schema-invalid-value', 'single-root']],
      ['service-center', ['span-of-control']],
      ['data-office', ['reference-exists']],
    ]);
  });
});

describe('roles report formats', () => {
  it('csv: a byte-order mark, CRLF line ends, RFC 4180 quoting', async () => {
    const csv = (await report(['tree', '--format', 'csv'])).stdout;
    expect(csv.startsWith('\uFEFFdepth,id,title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv).toContain('\r\n0,office-supervisor,"综合办公室主管（行政, ""后勤"" & <文秘> | #1）",主管,1,branch,,');
  });

  it('markdown: Mermaid flowcharts with labels quoted for Chinese and special characters', async () => {
    const markdown = (await report(['tree', '--format', 'markdown'])).stdout;
    expect(markdown).toContain('```mermaid\nflowchart TD\n');
    expect(markdown).toContain(
      '["综合办公室主管（行政, #quot;后勤#quot; #38; #lt;文秘#gt; | #35;1）<br/>主管 · headcount 1"]',
    );
    expect(markdown).toContain('| 综合办公室主管（行政, "后勤" & &lt;文秘> \\| #1） |');
  });

  it('html: one self-contained page with print rules and an org chart', async () => {
    const html = (await report(['tree', '--format', 'html'])).stdout;
    expect(html).not.toMatch(/https?:|<script|<link|@import|src=/);
    expect(html).toContain('@media print');
    expect(html).toContain('<svg class="org-chart"');
    expect(html).toContain('综合办公室主管（行政, &quot;后勤&quot; &amp; &lt;文秘&gt; | #1）');
  });

  it('dot: only for views with a chart', async () => {
    expect((await report(['tree', '--format', 'dot'])).stdout).toMatch(/^digraph "Reporting tree" \{\n/);
    expect(await report(['skills', '--format', 'dot'])).toMatchObject({
      code: 2,
      stderr:
        'roles: Unexpected format `dot` for the `skills` view, expected a view with a chart: `summary`, `tree`, `role` or `careers`\n',
    });
  });

  it('table: colour only when the terminal wants it', async () => {
    expect(await atWidth(['compliance'], 100, { NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(await atWidth(['compliance'], 100, { FORCE_COLOR: '1' })).toContain('\u001b[31m');
  });
});

describe('roles report table layout', () => {
  /** The lines of each boxed table in the output. */
  const tables = (output: string) => {
    const found: string[][] = [];
    let inside = false;
    for (const line of output.split('\n')) {
      if (line.startsWith('┌')) {
        found.push([]);
        inside = true;
      }
      if (inside) found[found.length - 1]!.push(line);
      if (line.startsWith('└')) inside = false;
    }
    return found;
  };

  for (const columns of [60, 80, 100, 160]) {
    it(`aligns every table line to the same display width, within ${columns} columns`, async () => {
      for (const [, args] of VIEWS) {
        const output = await atWidth(args, columns);
        for (const lines of tables(output)) {
          const widths = new Set(lines.map((line) => displayWidth(line)));
          expect([...widths], `${args.join(' ')}:\n${lines.join('\n')}`).toHaveLength(1);
          expect([...widths][0], args.join(' ')).toBeLessThanOrEqual(columns);
        }
        for (const line of output.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      }
    });
  }

  it('wraps Chinese text inside its cell instead of cutting it', async () => {
    const output = await atWidth(['role', 'config-officer'], 80);
    const text = output
      .split('\n')
      .filter((line) => line.startsWith('│'))
      .map((line) => line.split('│')[3]?.trim() ?? '')
      .join('');
    expect(text).toContain(
      '按时限完成政企客户业务开通所涉及的传输和数据电路路由配置及工单填报，保证省级干线传输和数据电路的路由配置准确无误。',
    );
    expect(output).not.toContain('…');
  });

  it('fits 80 columns when the width is unknown', async () => {
    const output = await atWidth(['summary'], undefined);
    expect(Math.max(...output.split('\n').map((line) => displayWidth(line)))).toBeLessThanOrEqual(80);
  });
});

describe('roles report on bad input', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roles-report-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'roles.config.yaml': 'roles:\n  - roles\n',
    'roles/yaml-error.md': '---\nid: yaml-error\ntitle: [unclosed\n---\n\n## 职责任务\n',
    'roles/no-front-matter.md': '# 没有前言\n',
    'roles/list.md': '---\n- a\n- b\n---\n',
    'roles/dept.md': '---\nkind: department\nid: dept\nname: 部门\nparent: loop-dept\nstatus: approved\n---\n',
    'roles/loop-dept.md': '---\nkind: department\nid: loop-dept\nname: 循环部门\nparent: dept\nstatus: oops\n---\n',
    'roles/a.md':
      '---\nid: a\ntitle: 甲\ndepartment: dept\nreports_to: b\njob_level: 主管\npurpose: 甲。\ncareer_path: [b]\nstatus: approved\n---\n',
    'roles/b.md':
      '---\nid: b\ntitle: 乙\ndepartment: dept\nreports_to: a\njob_level: 主办\npurpose: 乙。\ncareer_path: [a, ghost]\nstatus: draft\n---\n',
    'roles/twin.md':
      '---\nid: a\ntitle: 甲的重复\ndepartment: dept\njob_level: 主管\npurpose: 重复。\nstatus: approved\n---\n',
    'roles/odd.md':
      '---\nid: 42\ntitle: {nested: map}\ndepartment: [x]\nheadcount: -3\nrequirements:\n  experience: 三年\n  core_skills:\n    numeracy: 9\n---\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }

  it('shows every file in every view and format without throwing', async () => {
    for (const args of [
      [],
      ['tree'],
      ['role', 'a'],
      ['role', '42'],
      ['skills'],
      ['skills', '--group-by', 'level'],
      ['requirements'],
      ['careers'],
      ['compliance'],
    ]) {
      for (const format of Object.keys(EXTENSIONS)) {
        const result = await report([...args, '--format', format], dir);
        if (format === 'dot' && ['skills', 'requirements', 'compliance'].includes(args[0]!)) continue;
        expect(result.stderr, `${args.join(' ')} ${format}`).toBe('');
        expect(result.code).toBe(0);
      }
    }
  });

  it('keeps files that failed to parse, duplicates and reporting cycles', async () => {
    const result = JSON.parse((await report(['tree', '--format', 'json'], dir)).stdout);
    expect(result.roles.map((role: any) => [role.id, role.placement, role.depth])).toEqual([
      ['a', 'cycle', 0],
      ['b', 'tree', 1],
      ['a', 'unlinked', 0],
      ['42', 'unlinked', 0],
      ['list', 'unlinked', 0],
      ['no-front-matter', 'unlinked', 0],
      ['yaml-error', 'unlinked', 0],
    ]);
    const summary = JSON.parse((await report(['--format', 'json'], dir)).stdout);
    expect(summary.departments.map((d: any) => [d.id, d.state, d.depth, d.roles])).toEqual([
      ['dept', 'valid', 0, 3],
      ['loop-dept', 'invalid', 1, 0],
      [null, 'none', 0, 4],
    ]);
    const careers = JSON.parse((await report(['careers', '--format', 'json'], dir)).stdout);
    expect(careers.ladders.map((ladder: any) => [ladder.steps.map((step: any) => step.id), ladder.loopsTo])).toEqual([
      [['a', 'b'], 'a'],
      [['a', 'b', 'ghost'], null],
    ]);
  });
});

describe('roles report --output', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roles-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the report to the file, replacing it whole, and leaves no temporary file', async () => {
    cpSync(ORG, dir, { recursive: true });
    writeFileSync(path.join(dir, 'out.html'), 'old');
    const result = await report(['--format', 'html', '--output', 'out.html'], dir);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, 'out.html'), 'utf8')).toBe((await report(['--format', 'html'], dir)).stdout);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('writes tables for a 100-column page without colour', async () => {
    cpSync(ORG, dir, { recursive: true });
    let stdout = '';
    await main(['report', '--output', 'out.txt'], {
      stdout: { write: (text: string) => (stdout += text), isTTY: true, columns: 60 },
      stderr: { write: () => true },
      cwd: dir,
      env: { FORCE_COLOR: '1' },
    });
    const written = readFileSync(path.join(dir, 'out.txt'), 'utf8');
    expect(stdout).toBe('');
    expect(written).not.toContain('\u001b[');
    expect(written).toBe((await report([], dir)).stdout);
  });

  it('reports a path that cannot be written in one line, writing nothing; creates a missing folder like every -o', async () => {
    cpSync(ORG, dir, { recursive: true });
    writeFileSync(path.join(dir, 'blocker'), '');
    const result = await report(['--output', 'blocker/out.txt'], dir);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roles: Cannot write `blocker/out.txt`: a part of the path is not a folder (ENOTDIR)\n',
    });
    expect((await report(['--output', 'missing/out.txt'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'missing', 'out.txt'), 'utf8')).toBe((await report([], dir)).stdout);
  });
});
