import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../src/text/display-width.js';
import { runCli } from './run-cli.js';

const ROOT = path.join(import.meta.dirname, '..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** What a person runs in a terminal, on the bundled organisation and on fixtures with many findings. */
const RUNS: Array<[cwd: string, args: string[]]> = [
  [ROOT, ['check']],
  [ROOT, ['tree']],
  [ROOT, ['rules']],
  [ROOT, ['rules', '--lang', 'zh-CN']],
  ...['summary', 'tree', 'skills', 'requirements', 'careers', 'compliance'].map((view): [string, string[]] => [
    ROOT,
    ['report', view],
  ]),
  [ROOT, ['report', 'skills', '--group-by', 'level']],
  [ROOT, ['report', 'role', 'product-support-supervisor']],
  [ROOT, ['report', 'role', 'business-analysis-admin-supervisor']],
  // The same views as a Chinese reader gets them.
  ...['summary', 'tree', 'skills', 'requirements', 'careers', 'compliance'].map((view): [string, string[]] => [
    ROOT,
    ['--lang', 'zh-CN', 'report', view],
  ]),
  [ROOT, ['--lang', 'zh-CN', 'report', 'role', 'business-config-supervisor']],
  [ROOT, ['--lang', 'zh-CN', 'report', 'role', 'customer-support']],
  [path.join(FIXTURES, 'report-org'), ['--lang', 'zh-CN', 'report', 'role', 'quality-officer']],
  [path.join(FIXTURES, 'report-org'), ['--lang', 'zh-CN', 'report', 'compliance']],
  ...['graph-problems', 'schema-problems', 'lint-seed-customer-service', 'bad-input', 'report-org'].map(
    (name): [string, string[]] => [path.join(FIXTURES, name), ['check']],
  ),
  [path.join(FIXTURES, 'graph-tree'), ['tree']],
  ...['summary', 'tree', 'skills', 'requirements', 'careers', 'compliance'].map((view): [string, string[]] => [
    path.join(FIXTURES, 'report-org'),
    ['report', view],
  ]),
];

/** The runs of ASCII letters and digits: a word split across lines shows up as runs the wide output does not have. */
const words = (text: string) => new Set(text.match(/[A-Za-z0-9]+/g) ?? []);

describe('terminal output at COLUMNS=80', () => {
  for (const [cwd, args] of RUNS) {
    it(`${path.relative(ROOT, cwd) || '.'}: roles ${args.join(' ')}`, async () => {
      const narrow = await runCli(args, cwd, { NO_COLOR: '1', COLUMNS: '80' });
      const wide = await runCli(args, cwd, { NO_COLOR: '1', COLUMNS: '1000' });
      expect(narrow.code).toBe(wide.code);
      const lines = narrow.stdout.split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      const whole = words(wide.stdout);
      const split = [...words(narrow.stdout)].filter((word) => !whole.has(word));
      expect(split, narrow.stdout).toEqual([]);
    });
  }
});
