import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
/** Rule links point at the docs installed with roles (package.json names no repository): where this checkout is varies. */
const INSTALLED_DOCS = pathToFileURL(path.join(import.meta.dirname, '..', 'docs')).href;
/** The formats for machines, which only the checking commands have. */
const MACHINE_FORMATS = ['github', 'sarif', 'junit', 'gitlab'];
const CHECKING_COMMANDS = new Set(['check', 'validate', 'lint', 'xref']);
/**
 * The one scenario every format is snapshotted for (related locations, schema and graph findings,
 * clean files), and in Chinese too: a change to a formatter or a message touches these files
 * only, not one file per scenario.
 */
const SHOWCASE = 'graph-problems';

/** Which snapshots a scenario has: `[format, language]`. */
function snapshotsOf(name: string, command: string): Array<[format: string, lang: 'en' | 'zh-CN']> {
  if (name === SHOWCASE)
    return [
      ...['stylish', 'json', ...MACHINE_FORMATS].map((format): [string, 'en'] => [format, 'en']),
      ['stylish', 'zh-CN'],
      ['json', 'zh-CN'],
    ];
  // What a checking command found is its JSON; other commands' human output is theirs alone.
  return CHECKING_COMMANDS.has(command)
    ? [['json', 'en']]
    : [
        ['stylish', 'en'],
        ['json', 'en'],
      ];
}

/**
 * One folder per scenario under test/fixtures/<case>/. A folder may hold `args.json`
 * (the command and its arguments, default `["check"]`); its expected output lives in
 * `__snapshots__/<format>[.<lang>].txt` beside it (update with `npx vitest -u`).
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
    const snapshots = snapshotsOf(name, args[0]!);
    const fileOf = (format: string, lang: string) => `${format}${lang === 'en' ? '' : `.${lang}`}.txt`;
    for (const [format, lang] of snapshots) {
      it(`${name} (${format}, ${lang})`, async () => {
        const result = await runCli([...args, '--format', format, ...(lang === 'en' ? [] : ['--lang', lang])], dir);
        const output = `exit code: ${result.code}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`.replaceAll(
          INSTALLED_DOCS,
          'file:///…/roles/docs',
        );
        await expect(output).toMatchFileSnapshot(path.join(dir, '__snapshots__', fileOf(format, lang)));
      });
    }
    it(`${name}: no snapshot is left over from a format it no longer has`, () => {
      const kept = readdirSync(path.join(dir, '__snapshots__')).filter((file) => file.endsWith('.txt'));
      expect(kept.sort()).toEqual(snapshots.map(([format, lang]) => fileOf(format, lang)).sort());
    });
  }
});
