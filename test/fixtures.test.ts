import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
/** Every diagnostic format, each snapshotted for every scenario. */
const FORMATS = ['stylish', 'json'];
/** The formats for machines, which only the checking commands have. */
const MACHINE_FORMATS = ['github', 'sarif', 'junit', 'gitlab'];
const CHECKING_COMMANDS = new Set(['check', 'validate', 'lint', 'xref']);

/**
 * One folder per scenario under test/fixtures/<case>/. A folder may hold `args.json`
 * (the command and its arguments, default `["check"]`); its expected output per format
 * lives in `__snapshots__/<format>.txt` beside it (update with `npx vitest -u`).
 */
describe('fixtures', () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of cases) {
    const dir = path.join(FIXTURES, name);
    const argsFile = path.join(dir, 'args.json');
    const args: string[] = existsSync(argsFile) ? (JSON.parse(readFileSync(argsFile, 'utf8')) as string[]) : ['check'];
    for (const format of CHECKING_COMMANDS.has(args[0]!) ? [...FORMATS, ...MACHINE_FORMATS] : FORMATS) {
      it(`${name} (${format})`, async () => {
        const result = await runCli([...args, '--format', format], dir);
        const output = `exit code: ${result.code}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`;
        await expect(output).toMatchFileSnapshot(path.join(dir, '__snapshots__', `${format}.txt`));
      });
    }
  }
});
