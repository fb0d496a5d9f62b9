import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { main } from '../src/cli.js';
import { CHECK_KINDS } from '../src/commands/check.js';
import { sourceVersion } from '../src/commands/report.js';
import { loadConfig } from '../src/config/load-config.js';
import { resolveToday } from '../src/config/today.js';
import { AREAS } from '../src/i18n/catalogue.js';
import { getLocale, parseLocale, setLocale } from '../src/i18n/locale.js';
import { DEFAULT_COLUMNS } from '../src/io.js';
import { buildReport, type Checked } from '../src/report/build-report.js';
import { renderReport } from '../src/report/render-report.js';
import type { ReportFormat, ReportView } from '../src/report/report.js';
import { run } from '../src/run.js';
import { displayWidth } from '../src/text/display-width.js';
import { guardWorkflowCommands } from '../src/text/guard-workflow-commands.js';
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
/** The formats the bad-input test runs every view through. */
const EXTENSIONS: Record<string, string> = {
  table: 'txt',
  markdown: 'md',
  json: 'json',
  csv: 'csv',
  html: 'html',
  dot: 'dot',
};
/** Each format a person reads is frozen once in each language, on different views, so every view is seen in some format. */
const FROZEN: Array<[format: string, extension: string, zh: string, en: string]> = [
  ['markdown', 'md', 'role', 'tree'],
  ['html', 'html', 'role', 'summary'],
  ['csv', 'csv', 'requirements', 'tree'],
  ['dot', 'dot', 'careers', 'role'],
];
const HUMAN_FORMATS = ['table', 'markdown', 'html', 'csv'];

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

/** `roles report <args>` through the command line: for what the command itself does (defaults, errors, `-o`). */
async function report(args: string[], cwd = ORG): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['report', ...args], cwd);
}

/** The checks `roles report` runs on a folder (those of `roles check`), and the configuration's levels. */
function checkFolder(cwd: string): { checked: Checked; levels: readonly string[] } {
  const loaded = loadConfig(cwd);
  const checked = run({ cwd, targets: [], loaded, kinds: CHECK_KINDS.check, today: resolveToday({}), env: {} });
  return { checked, levels: loaded.config.levels };
}

/**
 * Each fixture checked once for the whole file in each language (findings are worded as they are
 * found): the views and formats below are all built from that one result.
 */
const checkedOnce = new Map<string, ReturnType<typeof checkFolder>>();

/**
 * What `roles report <args>` prints for a fixture (`--format`, `--lang`, `--group-by`, `--department`,
 * `--level`, `--status`, `--all`), built and rendered as the command builds and renders it, from the
 * fixture's one check (or from `checks`, a check of its own). In English unless `--lang` says otherwise,
 * on a terminal of `columns` columns without colour unless asked.
 */
function view(
  args: readonly string[],
  {
    cwd = ORG,
    columns = DEFAULT_COLUMNS,
    color = false,
    checks,
  }: { cwd?: string; columns?: number; color?: boolean; checks?: ReturnType<typeof checkFolder> } = {},
): string {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--all') flags.set('all', 'true');
    else if (arg.startsWith('--')) flags.set(arg.slice(2), args[++i]!);
    else positional.push(arg);
  }
  const [name = 'summary', id] = positional;
  setLocale(parseLocale(flags.get('lang')) ?? 'en');
  const format = (flags.get('format') ?? 'table') as ReportFormat;
  const once = `${getLocale()} ${cwd}`;
  const { checked, levels } = checks ?? checkedOnce.get(once) ?? checkedOnce.set(once, checkFolder(cwd)).get(once)!;
  const filters = Object.fromEntries(
    ['department', 'level', 'status'].flatMap((key) => (flags.has(key) ? [[key, flags.get(key)!]] : [])),
  );
  const built = buildReport(
    {
      view: name as ReportView,
      ...(id !== undefined ? { id } : {}),
      ...(flags.has('all') ? { all: true } : {}),
      language: getLocale(),
      ...(name === 'handbook' ? { edition: { date: resolveToday({}), version: sourceVersion(cwd) } } : {}),
      filters,
      groupBy: (flags.get('group-by') ?? 'department') as 'department' | 'level',
    },
    checked,
    levels,
  );
  const syntax = format === 'markdown' ? 'markdown' : ['html', 'svg'].includes(format) ? 'markup' : 'text';
  return guardWorkflowCommands(renderReport(built, format, { color, columns }), syntax);
}

function json(args: string[], lang = 'en'): any {
  return JSON.parse(view([...args, '--format', 'json', '--lang', lang]));
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

const args = (name: string) => VIEWS.find(([view]) => view === name)![1];

describe('roles report: every view, frozen', () => {
  for (const [name, viewArgs] of VIEWS) {
    it(`${name} (json)`, async () => {
      await expect(view([...viewArgs, '--format', 'json'])).toMatchFileSnapshot(path.join(SNAPSHOTS, `${name}.json`));
    });
  }

  for (const lang of ['zh-CN', 'en']) {
    it(`every view as a terminal table (${lang})`, async () => {
      const out: string[] = [];
      for (const [name, viewArgs] of VIEWS) {
        out.push(`=== roles report ${viewArgs.join(' ')} (${name})\n\n${view([...viewArgs, '--lang', lang])}`);
      }
      await expect(out.join('\n')).toMatchFileSnapshot(path.join(SNAPSHOTS, `views.${lang}.txt`));
    });
  }

  for (const [format, extension, zh, en] of FROZEN) {
    for (const [lang, name] of [
      ['zh-CN', zh],
      ['en', en],
    ] as const) {
      it(`${name} (${format}, ${lang})`, async () => {
        await expect(view([...args(name), '--format', format, '--lang', lang])).toMatchFileSnapshot(
          path.join(SNAPSHOTS, `${name}.${lang}.${extension}`),
        );
      });
    }
  }

  it('prints the summary as a table by default', async () => {
    const byDefault = await report([]);
    expect(byDefault).toMatchObject({ code: 0, stderr: '' });
    expect(byDefault.stdout).toBe(view(['summary', '--format', 'table']));
    expect(byDefault.stdout.startsWith('Summary\n')).toBe(true);
  });

  it('gives byte-identical output for the same files', () => {
    // A second check of the same files, from scratch.
    const again = checkFolder(ORG);
    for (const [, viewArgs] of VIEWS) {
      for (const format of ['table', 'json', 'html']) {
        expect(view([...viewArgs, '--format', format], { checks: again })).toBe(
          view([...viewArgs, '--format', format]),
        );
      }
    }
  });
});

/** Every view, the printed ones too. */
const ALL_VIEWS: Array<[name: string, args: string[]]> = [
  ...VIEWS,
  ['card', ['card', 'config-supervisor']],
  ['card-all', ['card', '--all']],
  ['handbook', ['handbook']],
];

describe('roles report speaks the chosen language', () => {
  /** Every English text of the report catalogue: the words a zh-CN report must not contain. */
  const english = englishTexts();

  for (const [name, viewArgs] of ALL_VIEWS) {
    for (const format of HUMAN_FORMATS) {
      it(`${name} (${format}) has no English text under --lang zh-CN`, () => {
        // Wide enough that no id or path is wrapped across lines.
        const output = view([...viewArgs, '--format', format, '--lang', 'zh-CN'], { columns: 1000 });
        const text = withoutData(readable(output, format));
        expect(english.filter((phrase) => phrase.test(text)).map(String)).toEqual([]);
        expect([...new Set(text.match(/\b[A-Za-z]{3,}\b/g) ?? [])]).toEqual([]);
      });
    }
  }

  it('has the same JSON keys in both languages, and the same ids and numbers', () => {
    for (const [name, viewArgs] of ALL_VIEWS) {
      const zh = JSON.parse(view([...viewArgs, '--format', 'json', '--lang', 'zh-CN']));
      const en = JSON.parse(view([...viewArgs, '--format', 'json', '--lang', 'en']));
      expect(shape(zh), name).toEqual(shape(en));
    }
  });

  it('writes HTML in the language it is in', () => {
    expect(view(['--format', 'html', '--lang', 'zh-CN'])).toContain('<html lang="zh-CN">');
    expect(view(['--format', 'html', '--lang', 'en'])).toContain('<html lang="en">');
  });

  it('uses one word for a missing value in every view: 未知 / unknown', () => {
    for (const [lang, word] of [
      ['zh-CN', '未知'],
      ['en', 'unknown'],
    ] as const) {
      for (const [name, viewArgs] of VIEWS) {
        const table = view([...viewArgs, '--lang', lang]);
        expect(table, name).not.toMatch(/│ *[—-] *│|not stated|\(unknown\)/);
        if (['skills', 'requirements', 'tree', 'summary'].includes(name)) expect(table, name).toContain(word);
      }
    }
  });
});

/** The catalogue's English texts as whole-word patterns, placeholders left out; short words (`ID`, `of`) are too common to tell. */
function englishTexts(): RegExp[] {
  const phrases = new Set<string>();
  for (const area of [AREAS.report, AREAS.form, AREAS.provenance])
    for (const message of Object.values(area))
      for (const piece of message.en.split(/\{\{\w+\}\}/)) {
        const phrase = piece.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
        if (/[A-Za-z]{4,}/.test(phrase)) phrases.add(phrase);
      }
  return [...phrases].map((phrase) => new RegExp(`(?<![A-Za-z_-])${escapeRegExp(phrase)}(?![A-Za-z_-])`));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a reader sees of an output: HTML without its markup and style, Markdown without Mermaid's syntax words. */
function readable(output: string, format: string): string {
  if (format === 'html')
    return output
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<code>[\s\S]*?<\/code>/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&\w+;/g, ' ');
  if (format === 'markdown')
    return output.replace(/^\s*(```mermaid|flowchart \w+|classDef .*|class .*)$/gm, '').replace(/\bn\d+\b|#\w+;/g, ' ');
  return output;
}

/**
 * An output without what is data rather than the report's own text: quoted code (`roles check`),
 * the tool's name (an HTML page's title ends `· roles report`), file paths, ids and rule ids, the fixture's ids of one word, and the English data it holds.
 */
function withoutData(text: string): string {
  return text
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\broles report\b/g, ' ')
    .replace(/[\w./-]+\.md\b/g, ' ')
    .replace(/\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b/g, ' ')
    .replace(/\b[A-Za-z]{3,}\b/g, (word) => (DATA_WORDS.has(word) ? ' ' : word));
}

/** ASCII words of the fixture's data: ids of one word, what its files write in English. */
const DATA_WORDS = new Set(['branch', 'CRM']);

/** The JSON's keys all the way down, with ids, numbers and booleans; text that is language may differ. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shape(item)]));
  return typeof value === 'string' ? 'text' : value;
}

describe('roles report summary', () => {
  it('sums the headcounts written in the files, per department and in total, and says how many are unknown', () => {
    const files = roleFiles();
    const data = json([]);
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

  it('nests departments as their tree and lists a department no file declares', () => {
    const data = json([]);
    expect(data.departments.map((d: any) => [d.id, d.depth, d.state])).toEqual([
      ['branch', 0, 'valid'],
      ['gov-support', 1, 'valid'],
      ['service-center', 0, 'valid'],
      ['data-office', 0, 'undeclared'],
    ]);
  });

  it('counts the findings of `roles check` per department, and in total as check does', async () => {
    const check = JSON.parse((await runCli(['check', '--format', 'json'], ORG)).stdout);
    const data = json([]);
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

  it('keeps a role whose front matter failed the schema, marked invalid', () => {
    const table = view([]);
    expect(table).toContain('Invalid');
    const tree = json(['tree']);
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
  it('--department keeps the department and its sub-departments, and counts the roles left out', () => {
    const data = json(['--department', 'branch']);
    expect(data.departments.map((d: any) => [d.id, d.depth])).toEqual([
      ['branch', 0],
      ['gov-support', 1],
    ]);
    expect(data.totals).toMatchObject({ roles: 6, excluded: 3 });
    expect(view(['--department', 'branch']).replace(/\n/g, ' ')).toContain(
      'Filtered to department `branch` and its sub-departments: 6 roles shown, 3 excluded.',
    );
  });

  it('--level and --status combine', () => {
    const data = json(['requirements', '--level', '主管', '--status', 'approved']);
    expect(data.roles.map((role: any) => role.id)).toEqual(['office-supervisor', 'config-supervisor', 'cs-supervisor']);
    expect(data.totals).toEqual({ roles: 3, excluded: 6 });
  });

  it('keeps the superiors of a filtered role in the tree, marked as context', () => {
    const data = json(['tree', '--level', '助理']);
    expect(data.roles.map((role: any) => [role.id, role.depth, role.match])).toEqual([
      ['gov-support-manager', 0, false],
      ['config-assistant', 1, true],
    ]);
    expect(data.totals).toMatchObject({ roles: 1, context: 1, excluded: 8 });
  });

  it('shows a ladder when any of its roles passes the filters', () => {
    const data = json(['careers', '--status', 'approved']);
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
  it('matches the reporting lines of the files', () => {
    const files = roleFiles();
    const data = json(['tree']);
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

  it('draws the hierarchy with tree glyphs in the table', () => {
    const lines = view(['tree']).split('\n');
    expect(lines.some((line) => line.startsWith('│ ├─ 业务配置主管'))).toBe(true);
    expect(lines.some((line) => line.startsWith('│ └─ 业务配置助理'))).toBe(true);
  });
});

describe('roles report role', () => {
  it('shows every front-matter fact under its name, ids as names, the sections, the superior, career steps and who points to the role', () => {
    const data = json(['role', 'config-supervisor'], 'zh-CN');
    expect(data.facts.find((fact: any) => fact.key === 'title')).toEqual({
      key: 'title',
      label: '岗位名称',
      value: '业务配置主管',
      inferred: false,
      inferredParts: [],
    });
    expect(data.facts.find((fact: any) => fact.key === 'reports_to')).toMatchObject({
      label: '直接上级',
      value: '省级操作维护中心副经理',
    });
    expect(data.facts.find((fact: any) => fact.key === 'requirements.experience')).toMatchObject({
      label: '工作经验',
      value: '5年以上相关专业工作经验，或任主办2年以上',
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

  it('reads as a card for people: no dotted keys, no ids where a name will do, relations in the chosen language', () => {
    const zh = view(['role', 'config-supervisor', '--lang', 'zh-CN']);
    expect(zh).not.toMatch(/requirements\.|reports_to|direct_reports|career_path|\bsuperior\b|direct report/);
    expect(zh).toMatch(/│ 直接上级 +│ 省级操作维护中心副经理 +│/);
    expect(zh).toMatch(/│ 在“职业发展”中提到本岗位 +│ 业务配置主办 +│/);
    // The superior lists it in direct_reports: the reporting line says so already.
    expect(zh).not.toContain('在“直接下级”中提到本岗位');
    const en = view(['role', 'config-supervisor', '--lang', 'en']);
    expect(en).toMatch(/│ Reports to +│ 省级操作维护中心副经理 +│/);
    expect(en).toMatch(/│ Experience +│ 5\+ years of 相关专业工作经验, or 2\+ years as 主办 \(inferred: +│/);
  });

  it('never draws the superior below the role, even when it is also the next career step', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roles-report-superior-'));
    try {
      cpSync(ORG, dir, { recursive: true });
      const file = path.join(dir, 'roles', 'gov-support', 'config-supervisor.md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(/^career_path:.*$/m, '')
          .replace(/^---\n/, '---\ncareer_path: [gov-support-manager]\n'),
      );
      const data = JSON.parse((await runCli(['report', 'role', 'config-supervisor', '--format', 'json'], dir)).stdout);
      expect(data.careerPath.map((step: any) => step.id)).toEqual(['gov-support-manager']);
      const dot = (await runCli(['report', 'role', 'config-supervisor', '--format', 'dot', '--lang', 'zh-CN'], dir))
        .stdout;
      // One edge between the two, from the superior down to the role, labelled as the career step it also is.
      expect(dot).toContain('"gov-support-manager" -> "config-supervisor" [label="也是职业发展方向"];');
      expect(dot).not.toContain('"config-supervisor" -> "gov-support-manager"');
      const svg = (await runCli(['report', 'role', 'config-supervisor', '--format', 'svg', '--lang', 'zh-CN'], dir))
        .stdout;
      // The top of a box, from the chart's own markup.
      const top = (id: string) =>
        Number(new RegExp(`data-id="${id}"><title>[^<]*</title><rect x="[\\d.]+" y="([\\d.]+)"`).exec(svg)![1]);
      expect(top('gov-support-manager')).toBeLessThan(top('config-supervisor'));
      expect(svg).toContain('>也是职业发展方向</text>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the notes as 说明 and marks each inferred value, in every format', () => {
    const data = json(['role', 'config-supervisor']);
    expect(data.notes).toEqual([
      {
        kind: 'inferred',
        label: 'inferred',
        about: ['requirements.experience.alternative.level'],
        text: '源文件写“或任下一职级2年以上”，下一职级按主办记。',
      },
    ]);
    expect(data.inferred).toEqual(['requirements.experience.alternative.level']);
    const inferred = data.facts.filter((fact: any) => fact.inferred);
    expect(inferred).toMatchObject([{ key: 'requirements.experience', inferredParts: ['alternative.level'] }]);
    expect(data.facts.map((fact: any) => fact.key)).not.toContain('notes.0.text');
    const table = view(['role', 'config-supervisor', '--format', 'markdown']);
    expect(table).toContain('Notes (说明)');
    expect(table).toContain('(inferred: alternative · level)');
    expect(table).toContain('源文件写');
    const chinese = view(['role', 'config-supervisor', '--lang', 'zh-CN']);
    expect(chinese).toMatch(/^说明$/m);
    expect(chinese).toContain('或任主办2年以上（推定：或任 · 职级）');
    const markdown = view(['role', 'config-supervisor', '--format', 'markdown', '--lang', 'zh-CN']);
    expect(markdown).toContain('## 说明');
    expect(markdown).toContain('（推定：或任 · 职级）');
    expect(markdown).toContain('| 推定 | 工作经验 · 或任 · 职级 | 源文件写');
  });

  it("shows what the role's department states for all its roles, and career targets that are text", async () => {
    const bundled = path.join(import.meta.dirname, '..');
    const { stdout } = await report(['role', 'customer-support', '--format', 'markdown', '--lang', 'zh-CN'], bundled);
    expect(stdout).toContain('## 所属部门客户服务中心对各岗位的要求');
    expect(stdout).toContain('1. 具备良好的沟通能力和服务意识');
    expect(stdout).toContain('客服中心部门是一个企业对外沟通的重要门户');
    expect(stdout).toMatch(/\| 职业发展 \| 客户支持主管 \|.*源文件原文，本组织没有这个岗位的文件/);
  });

  it('gives the experience each career step asks for, in the chosen language', () => {
    expect(json(['role', 'config-officer'], 'zh-CN').careerPath).toEqual([
      expect.objectContaining({ id: 'config-supervisor', experienceText: '5年以上相关专业工作经验，或任主办2年以上' }),
    ]);
    expect(json(['role', 'config-officer']).careerPath).toEqual([
      expect.objectContaining({ experienceText: '5+ years of 相关专业工作经验, or 2+ years as 主办' }),
    ]);
  });

  it('shows a role that failed the schema from its raw front matter', () => {
    const data = json(['role', 'quality-officer']);
    expect(data.valid).toBe(false);
    expect(data.facts.find((fact: any) => fact.key === 'headcount').value).toBe('两');
    expect(data.findings.map((f: any) => f.rule)).toContain('schema-invalid-value');
  });

  it('rejects a missing or unknown id, and an id for another view (exit 2)', async () => {
    expect(await report(['role', '--lang', 'zh-CN'])).toMatchObject({
      code: 2,
      stderr: 'roles: 缺少岗位编号，应为 `roles report role <编号>`\n',
    });
    expect(await report(['role', 'config-officr', '--lang', 'zh-CN'])).toMatchObject({
      code: 2,
      stderr: 'roles: 没有编号为 `config-officr` 的岗位，是不是指 `config-officer`？\n',
    });
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
  it('shows missing skill levels as missing, never as 0', () => {
    const data = json(['skills']);
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
    const table = view(['skills', '--lang', 'zh-CN']);
    expect(table).toContain('未知');
    expect(table).not.toMatch(/│\s+0 │/);
  });

  it('groups skills by level, highest first', () => {
    const data = json(['skills', '--group-by', 'level']);
    expect(data.groups.map((group: any) => group.key)).toEqual(['副经理', '主管', '主办', '专员', '助理', '主任']);
  });

  it('tallies requirements per level', () => {
    const data = json(['requirements']);
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

  it('follows career_path into ladders with the experience of each step', () => {
    const data = json(['careers'], 'zh-CN');
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

  it('groups the findings by department, then rule', () => {
    const data = json(['compliance']);
    expect(data.departments.map((d: any) => [d.id, d.rules.map((r: any) => r.rule)])).toEqual([
      ['branch', ['single-root']],
      ['gov-support', ['reports-both-ways', 'schema-invalid-value', 'single-root']],
      ['service-center', ['span-of-control']],
      ['data-office', ['reference-exists']],
    ]);
  });
});

describe('roles report formats', () => {
  it('csv: a byte-order mark, CRLF line ends, RFC 4180 quoting', () => {
    const csv = view(['tree', '--format', 'csv']);
    expect(csv.startsWith('\uFEFFdepth,id,title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv).toContain('\r\n0,office-supervisor,"综合办公室主管（行政, ""后勤"" & <文秘> | #1）",主管,1,branch,,');
  });

  it('markdown: Mermaid flowcharts with labels quoted for Chinese and special characters', () => {
    const markdown = view(['tree', '--format', 'markdown']);
    expect(markdown).toContain('```mermaid\nflowchart TD\n');
    expect(markdown).toContain(
      '["综合办公室主管（行政, #quot;后勤#quot; #38; #lt;文秘#gt; | #35;1）<br/>主管 · headcount 1"]',
    );
    expect(markdown).toContain('| 综合办公室主管（行政, "后勤" & &lt;文秘> \\| #1） |');
  });

  it('html: one self-contained page with print rules and an org chart', () => {
    const html = view(['tree', '--format', 'html']);
    expect(html).not.toMatch(/https?:|<script|<link|@import|src=/);
    expect(html).toContain('@media print');
    expect(html).toContain('<svg class="org-chart"');
    expect(html).toContain('综合办公室主管（行政, &quot;后勤&quot; &amp; &lt;文秘&gt; | #1）');
  });

  it('dot: only for views with a chart', async () => {
    expect(view(['tree', '--format', 'dot'])).toMatch(/^digraph "Reporting tree" \{\n/);
    expect(await report(['skills', '--format', 'dot'])).toMatchObject({
      code: 2,
      stderr:
        'roles: Unexpected format `dot` for the `skills` view, expected a view with a chart: `summary`, `tree`, `role`, `careers` or `handbook`\n',
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
    it(`aligns every table line to the same display width, within ${columns} columns`, () => {
      for (const [, args] of VIEWS) {
        const output = view(args, { columns });
        for (const lines of tables(output)) {
          const widths = new Set(lines.map((line) => displayWidth(line)));
          expect([...widths], `${args.join(' ')}:\n${lines.join('\n')}`).toHaveLength(1);
          expect([...widths][0], args.join(' ')).toBeLessThanOrEqual(columns);
        }
        for (const line of output.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      }
    });
  }

  it('wraps Chinese text inside its cell instead of cutting it', () => {
    const output = view(['role', 'config-officer'], { columns: 80 });
    const text = output
      .split('\n')
      .filter((line) => line.startsWith('│'))
      .map((line) => line.split('│')[2]?.trim() ?? '')
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

  it('shows every file in every view and format without throwing', () => {
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
        if (format === 'dot' && ['skills', 'requirements', 'compliance'].includes(args[0]!)) continue;
        expect(view([...args, '--format', format], { cwd: dir }), `${args.join(' ')} ${format}`).not.toBe('');
      }
    }
  });

  it('keeps files that failed to parse, duplicates and reporting cycles', () => {
    const result = JSON.parse(view(['tree', '--format', 'json'], { cwd: dir }));
    expect(result.roles.map((role: any) => [role.id, role.placement, role.depth])).toEqual([
      ['a', 'cycle', 0],
      ['b', 'tree', 1],
      ['a', 'unlinked', 0],
      ['42', 'unlinked', 0],
      ['list', 'unlinked', 0],
      ['no-front-matter', 'unlinked', 0],
      ['yaml-error', 'unlinked', 0],
    ]);
    const summary = JSON.parse(view(['--format', 'json'], { cwd: dir }));
    expect(summary.departments.map((d: any) => [d.id, d.state, d.depth, d.roles])).toEqual([
      ['dept', 'valid', 0, 3],
      ['loop-dept', 'invalid', 1, 0],
      [null, 'none', 0, 4],
    ]);
    const careers = JSON.parse(view(['careers', '--format', 'json'], { cwd: dir }));
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
