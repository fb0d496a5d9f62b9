import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepository } from './git-repo.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'roles-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, 'roles'));
writeFileSync(path.join(dir, 'roles.config.yaml'), 'roles: [roles]\n');
writeFileSync(
  path.join(dir, 'roles/center.md'),
  '---\nkind: department\nid: center\nname: 中心\nstatus: approved\n---\n\n## 部门职责\n\n1. 负责。\n',
);
/** A title with a lone CR and a heading after it, an ANSI colour, a bidi override; a formula and a workflow command. */
const LEAD = (level: string) =>
  `---\nid: lead\ntitle: "主管\\r## 注入\\u001b[31m红\\u202e反"\ndepartment: center\njob_level: "${level}"\npurpose: =HYPERLINK("http://x")\nstatus: approved\n---\n\n## 职责任务\n\n1. 负责。\n`;

/** Raw control characters, and `::` at the start of a line. */
// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const BREAKOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|^::/m;

describe('output that data cannot break', () => {
  it('stylish shows controls escaped and never starts a line with `::`', async () => {
    writeFileSync(path.join(dir, 'roles/lead.md'), LEAD('::error::x\\u001b[2J'));
    const { stdout } = await runCli(['check'], dir);
    expect(stdout).toContain('`::error::x\\u001B[2J`');
    expect(stdout).not.toMatch(BREAKOUT);
  });

  it.each([
    ['report', 'role', 'lead'],
    ['report', 'role', 'lead', '--format', 'markdown'],
    ['report', 'summary'],
    ['tree'],
  ])('`roles %s` shows a lone CR, ESC and bidi controls as `\\r`, `\\u001B`, `\\u202E`', async (...args) => {
    writeFileSync(path.join(dir, 'roles/lead.md'), LEAD('经理'));
    const { stdout } = await runCli(args, dir);
    expect(stdout).not.toMatch(BREAKOUT);
    if (args.includes('lead') || args[0] === 'tree')
      expect(stdout).toMatch(/主管\\+r## 注入\\+u001B\\?\[31m红\\+u202E反/);
  });

  it('CSV neutralises a cell that starts like a formula, and keeps numbers numeric', async () => {
    writeFileSync(path.join(dir, 'roles/lead.md'), LEAD('经理'));
    const { stdout } = await runCli(['report', 'role', 'lead', '--format', 'csv'], dir);
    expect(stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(stdout).not.toMatch(/,[=+@\t]/);
  });

  /** A title and a purpose that try to start workflow commands and Markdown blocks on lines of their own. */
  const SMUGGLER =
    '---\nid: lead\ntitle: "::error::t\\n## 标题\\n::warning::u|v\\rw"\ndepartment: center\njob_level: 经理\npurpose: "::add-mask::b\\n| x | y |"\nstatus: approved\n---\n\n## 职责任务\n\n1. 负责。\n::error::body\n';
  const WORKFLOW_COMMAND = /^\s*::/m;

  it.each([
    ['check'],
    ['check', '--format', 'json'],
    ['check', '--format', 'junit'],
    ['check', '--format', 'sarif'],
    ['check', '--format', 'gitlab'],
    ['report', 'role', 'lead'],
    ...['markdown', 'html', 'csv', 'json', 'dot', 'svg'].map((format) => [
      'report',
      'role',
      'lead',
      '--format',
      format,
    ]),
    ['report', 'summary', '--format', 'markdown'],
    ['report', 'card', 'lead', '--format', 'markdown'],
    ['tree'],
    ['refs', 'lead'],
  ])('`roles %s` starts no line with `::`, however the data tries', async (...args) => {
    writeFileSync(path.join(dir, 'roles/lead.md'), SMUGGLER);
    const { stdout } = await runCli(args, dir);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stdout).not.toMatch(WORKFLOW_COMMAND);
  });

  it('`--format github` still prints its workflow commands, data inside them escaped', async () => {
    writeFileSync(path.join(dir, 'roles/lead.md'), SMUGGLER);
    const { stdout } = await runCli(['check', '--format', 'github'], dir);
    expect(stdout).toMatch(/^::(?:error|warning) /m);
    expect(
      stdout
        .split('\n')
        .filter((line) => line !== '')
        .every((line) => line.startsWith('::')),
    ).toBe(true);
  });

  it('Markdown reports keep a line feed, a lone CR and a pipe of the data inside their line', async () => {
    writeFileSync(path.join(dir, 'roles/lead.md'), SMUGGLER);
    const { stdout } = await runCli(['report', 'role', 'lead', '--format', 'markdown'], dir);
    expect(stdout.split('\n')[0]).toBe('# ::error::t<br>## 标题<br>::warning::u\\|v\\\\rw (lead)');
    expect(stdout).not.toMatch(/^## 标题/m);
    expect(stdout).not.toMatch(/^\| x \| y \|/m);
  });

  it('`roles diff --format markdown` (the job summary and the PR comment) keeps CR, LF and pipes of a title inside its table row', async () => {
    const repo = createRepository();
    try {
      repo.write({
        'roles.config.yaml': 'roles: [roles]\n',
        'roles/center.md':
          '---\nkind: department\nid: center\nname: 中心\nstatus: approved\n---\n\n## 部门职责\n\n1. 负责。\n',
        'roles/lead.md': LEAD('经理'),
      });
      repo.commit('base');
      repo.write({ 'roles/lead.md': SMUGGLER });
      const { code, stdout } = await runCli(['diff', 'main', '--format', 'markdown'], repo.dir);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(WORKFLOW_COMMAND);
      expect(stdout).not.toMatch(BREAKOUT);
      // Every line of a table is a whole row: it starts and ends with a pipe.
      const tableLines = stdout.split('\n').filter((line) => line.startsWith('|'));
      expect(tableLines.length).toBeGreaterThan(2);
      for (const line of tableLines) expect(line.endsWith('|'), line).toBe(true);
      expect(stdout).toContain('::error::t<br>## 标题<br>::warning::u\\|v\\\\rw');
    } finally {
      repo.cleanup();
    }
  });
});
