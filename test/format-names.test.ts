import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = path.join(import.meta.dirname, '..');

/** Every command that prints for a person, with arguments that work on the bundled organisation. */
const COMMANDS: string[][] = [
  ['check'],
  ['tree'],
  ['refs', 'customer-service-center-supervisor'],
  ['rules'],
  ['report', 'summary'],
];

/**
 * One name for the default human format: `stylish` on every command, shown in `--help`; the
 * former name `table` (report, rules, diff) is still accepted and prints the same.
 */
describe('the default human format has one name', () => {
  for (const args of COMMANDS) {
    it(`roles ${args.join(' ')}: default = --format stylish = --format table`, async () => {
      const byDefault = await runCli(args, ROOT, { ROLES_TODAY: '2026-06-30' });
      const stylish = await runCli([...args, '--format', 'stylish'], ROOT, { ROLES_TODAY: '2026-06-30' });
      const table = await runCli([...args, '-f', 'table'], ROOT, { ROLES_TODAY: '2026-06-30' });
      expect(stylish.stderr).toBe(byDefault.stderr);
      expect(stylish.stdout).toBe(byDefault.stdout);
      expect(table).toEqual(stylish);
      expect(byDefault.stdout.length + byDefault.stderr.length).toBeGreaterThan(0);
    });

    it(`roles ${args[0]} --help names stylish, not table`, async () => {
      const help = await runCli([args[0]!, '--help'], ROOT);
      expect(help.stdout).toMatch(/choices: stylish/);
      expect(help.stdout).not.toMatch(/\btable\b/);
    });
  }
});
