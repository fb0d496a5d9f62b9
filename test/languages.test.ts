import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/registry.js';
import { CORE_RULES } from '../src/diagnostics/core-rules.js';
import { runCli } from './run-cli.js';

const ROOT = path.join(import.meta.dirname, '..');

/** Mistakes made to a copy of the bundled organisation: one or more per kind of check. */
const BREAK: Array<[file: string, change: (text: string) => string]> = [
  [
    'customer-service-center/customer-service-specialist.md',
    (text) => text.replace('\npurpose: ', '\npurpose：').replace('job_level: 专员', 'job_level: 主任'),
  ],
  ['customer-service-center/customer-support.md', (text) => text.replace('\nreports_to:', '\nreport_to:')],
  ['county-gov-enterprise-dept/account-manager.md', (text) => text.replace(/^## 职责任务$/m, '## 岗位描述')],
  ['county-gov-enterprise-dept/account-manager-support.md', (text) => text.replace(/\ntitle: .*/, '')],
  [
    'gov-enterprise-support-center/business-config-assistant.md',
    (text) => `${text}\n## 任职资格\n\n1. 男性，本科以上。。\n2. 具有XXXX经验...\n`,
  ],
  [
    'gov-enterprise-support-center/product-support-supervisor.md',
    (text) => text.replace(/\nreports_to: .*/, '\nreports_to: no-such-role'),
  ],
  [
    'gov-enterprise-support-center/service-quality-assistant.md',
    (text) => text.replace(/\nstatus: .*/, '\nstatus: 审核中'),
  ],
  [
    'gov-enterprise-dept/general-support.md',
    (text) => text.replace('\nstatus: draft\n', '\nstatus: draft\nrequirements:\n  education: 本科\n'),
  ],
];

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
  messageId?: string;
  message: string;
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'roles-languages-'));
  cpSync(path.join(ROOT, 'roles'), path.join(dir, 'roles'), { recursive: true });
  cpSync(path.join(ROOT, 'roles.config.yaml'), path.join(dir, 'roles.config.yaml'));
  for (const [file, change] of BREAK) {
    const absolute = path.join(dir, 'roles', file);
    const before = readFileSync(absolute, 'utf8');
    const after = change(before);
    expect(after, file).not.toBe(before);
    writeFileSync(absolute, after);
  }
  // YAML the parser rejects (a tab, a key over two lines): its English reason has Chinese words too.
  writeFileSync(
    path.join(dir, 'roles/gov-enterprise-dept/broken-yaml.md'),
    '---\nid: broken-yaml\ntitle: 综合支撑\n\tjob_level: 主办\npurpose 负责\n  综合工作\n---\n\n## 职责任务\n\n1. 负责综合工作。\n',
  );
  // A Chinese file name, a copy of a role: the id does not match, and the id is declared twice.
  cpSync(
    path.join(dir, 'roles/customer-service-center/customer-service-center-supervisor.md'),
    path.join(dir, 'roles/customer-service-center/客户支撑.md'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function json(lang: string): Promise<JsonDiagnostic[]> {
  const result = await runCli(['check', '--format', 'json', '--lang', lang], dir, { ROLES_TODAY: '2026-06-30' });
  expect(result.code).toBe(1);
  return (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}

/** The message with its code spans (ids, values, keys quoted from the files) taken out. */
const prose = (message: string) => message.replace(/`[^`]*`/g, '');
/** Two English words in a row: an English sentence or phrase. */
const ENGLISH = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;

describe('one language at a time, the same findings in each', () => {
  it('JSON has the same files, positions, rule ids and messageIds in zh-CN and en; only the text differs', async () => {
    const [zh, en] = [await json('zh-CN'), await json('en')];
    const key = (d: JsonDiagnostic) => `${d.file}:${d.line}:${d.column} ${d.rule}/${d.messageId ?? '(none)'}`;
    expect(zh.map(key)).toEqual(en.map(key));
    expect(zh.every((d) => d.messageId !== undefined)).toBe(true);
    // Every kind of mistake made above is found.
    const rules = new Set(zh.map((d) => d.rule));
    for (const rule of [
      'yaml-syntax',
      'schema-invalid-value',
      'schema-unknown-key',
      'schema-missing-key',
      'required-section',
      'reference-exists',
      'discriminatory-requirement',
      'duplicate-punctuation',
      'placeholder',
      'ellipsis',
      'id-matches-file',
      'duplicate-id',
    ])
      expect(rules, rule).toContain(rule);
    for (let i = 0; i < zh.length; i++) expect(zh[i]!.message, key(zh[i]!)).not.toBe(en[i]!.message);
  });

  it('LANG=zh_CN.UTF-8 roles check prints every message, the summary and the severities in Chinese', async () => {
    const result = await runCli(['check'], dir, { LANG: 'zh_CN.UTF-8', COLUMNS: '1000', ROLES_TODAY: '2026-06-30' });
    expect(result.code).toBe(1);
    const ids = new Set([...RULES.map((rule) => rule.id), ...CORE_RULES.map((rule) => rule.id)]);
    const findings = result.stdout.split('\n').filter((line) => /^ +\d+:\d+ /.test(line));
    expect(findings.length).toBeGreaterThan(10);
    for (const line of findings) {
      const [, severity, message, rule] = /^ +\d+:\d+ +(\S+) +(.*?) +([a-z-]+)$/.exec(line) ?? [];
      expect(['错误', '警告'], line).toContain(severity);
      expect(ids, line).toContain(rule);
      expect(prose(message!), line).toMatch(/\p{Script=Han}/u);
      expect(prose(message!), line).not.toMatch(ENGLISH);
    }
    const summary = result.stdout.trimEnd().split('\n').at(-1)!;
    expect(summary).toMatch(/^✖ \d+ 个问题（\d+ 个错误，\d+ 个警告）|^ +其中 \d+ 个可以用 `--fix` 自动修复$/);
    expect(result.stderr).toMatch(/^✖ \d+ 个错误(，\d+ 个警告)?，涉及 \d+ 个文件\n$/);
  });

  it('--lang en prints every message in English', async () => {
    for (const d of await json('en')) {
      expect(prose(d.message), d.message).toMatch(/\b(Unexpected|Missing|expected|[Nn]o|Invalid)\b/);
      // Laws are cited by their Chinese names, in parentheses.
      expect(prose(d.message).replace(/\([^)]*\)/g, ''), d.message).not.toMatch(/\p{Script=Han}{3,}/u);
    }
  });
});

describe('help in Chinese', () => {
  const COMMANDS = ['check', 'validate', 'lint', 'xref', 'rules', 'diff', 'schema', 'refs', 'mv', 'fmt', 'init'];
  const MORE = ['new', 'import', 'tree', 'lsp', 'report', 'help'];

  it('names every placeholder in Chinese: [选项] <文件> [路径...], as git does, and no choice list opens a second bracket', async () => {
    for (const command of [undefined, ...COMMANDS, ...MORE]) {
      const args = command === undefined ? ['--help'] : [command, '--help'];
      const { stdout } = await runCli([...args, '--lang', 'zh-CN'], ROOT, { COLUMNS: '80' });
      // GitHub's own `<owner>/<repo>@<ref>` is a format to copy, not a placeholder of roles.
      const text = stdout.replaceAll('<owner>/<repo>@<ref>', '');
      expect(text, command).toMatch(/^用法： roles/);
      expect(text, command).not.toMatch(/[<[][a-z-]+(?:\.\.\.)?[>\]]|\[options\]|\[command\]/);
      expect(text, command).not.toMatch(/）（/);
    }
    const { stdout } = await runCli(['mv', '--help', '--lang', 'zh-CN'], ROOT, { COLUMNS: '80' });
    expect(stdout).toContain('用法： roles mv [选项] <原编号> <新编号>');
    expect(stdout).toMatch(/^ {2}原编号 +/m);
    // Commander's own errors name them the same way.
    expect((await runCli(['mv', '--lang', 'zh-CN'], ROOT)).stderr).toBe(
      '错误：缺少必需的参数 `原编号`\n（用 --help 查看更多信息）\n',
    );
  });

  it('leaves the English help as commander writes it', async () => {
    const { stdout } = await runCli(['mv', '--help', '--lang', 'en'], ROOT, { COLUMNS: '80' });
    expect(stdout).toContain('Usage: roles mv [options] <old-id> <new-id>');
  });
});
