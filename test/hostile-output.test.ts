import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
});
