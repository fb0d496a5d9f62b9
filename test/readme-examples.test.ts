import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = path.join(import.meta.dirname, '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const ENV = { COLUMNS: '80', ROLES_TODAY: '2026-06-30' };

/**
 * The README's Chinese examples are real output: each ```console block that starts with
 * `$ [cd <dir> && ]npx roles … --lang zh-CN …` shows what that command prints (standard output,
 * then standard error) at 80 columns; a last line `…` means the output goes on.
 */
const BLOCKS = [...README.matchAll(/^```console\n\$ (?:cd (\S+) && )?npx roles ([^\n]*)\n([\s\S]*?)^```$/gm)].filter(
  (block) => block[2]!.includes('--lang zh-CN'),
);

describe('the README shows what roles prints', () => {
  it('stays under 15 KB', () => {
    expect(statSync(path.join(ROOT, 'README.md')).size).toBeLessThan(15_000);
  });

  it('has the bundled organisation in Chinese: a report, the tree and a check', () => {
    expect(BLOCKS.filter((block) => block[3] !== '')).toHaveLength(4);
  });

  for (const [, dir, command, shown] of BLOCKS.filter((block) => block[3] !== '')) {
    it(`roles ${command}`, async () => {
      const result = await runCli(command!.split(' '), path.join(ROOT, dir ?? '.'), ENV);
      const printed = `${result.stdout}${result.stderr}`;
      const expected = shown!.replace(/…\n$/, '');
      if (expected === shown) expect(printed).toBe(expected);
      else expect(printed.startsWith(expected), printed).toBe(true);
    });
  }
});
