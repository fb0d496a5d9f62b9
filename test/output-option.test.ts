import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const PROJECT = path.join(import.meta.dirname, 'fixtures', 'graph-tree');
const out = mkdtempSync(path.join(tmpdir(), 'roles-output-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('-o/--output on every command that prints', () => {
  for (const args of [['tree'], ['refs', 'center-director'], ['rules'], ['check'], ['report', 'tree']]) {
    it(`roles ${args.join(' ')} -o writes what it would print`, async () => {
      const printed = await runCli(args, PROJECT);
      const file = path.join(out, `${args.join('-')}.txt`);
      const written = await runCli([...args, '-o', file], PROJECT);
      expect(written).toMatchObject({ code: printed.code, stdout: '' });
      expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
    });
  }
});
