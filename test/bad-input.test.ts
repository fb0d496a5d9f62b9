import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempDir } from './temp-dir.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'bad-input');

interface JsonOutput {
  diagnostics: Array<{ file: string; line: number; column: number; rule: string; severity: string; message: string }>;
  summary: { files: number; errors: number; warnings: number };
}

/** Loading and schema problems are `validate`'s; the later stages have fixtures of their own. */
async function check(
  cwd: string,
  args: string[] = [],
  command = 'validate',
): Promise<{ code: number; output: JsonOutput }> {
  const result = await runCli([command, ...args, '--format', 'json'], cwd);
  return { code: result.code, output: JSON.parse(result.stdout) as JsonOutput };
}

describe('hostile input', () => {
  it('gives every bad file a diagnostic at the right place and goes on with the rest', async () => {
    const { code, output } = await check(FIXTURE);
    const compact = output.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
    expect(code).toBe(1);
    expect(compact).toEqual([
      'roles/alias-bomb.md:3:9 yaml-alias',
      'roles/binary.md:1:1 file-binary',
      'roles/bom-crlf.md:5:12 schema-invalid-value',
      'roles/coffee-front-matter.md:1:4 front-matter-language',
      'roles/dangling.md:1:1 symlink-loop',
      'roles/deep-block.md:36:34 yaml-depth',
      'roles/deep-nesting.md:3:36 yaml-depth',
      'roles/duplicate-keys.md:4:1 yaml-duplicate-key',
      'roles/duplicate-keys.md:7:3 yaml-duplicate-key',
      'roles/empty.md:1:1 file-empty',
      'roles/gbk-encoded.md:3:8 file-encoding',
      'roles/javascript-front-matter.md:1:4 front-matter-language',
      'roles/js-front-matter.md:1:4 front-matter-language',
      'roles/loop:1:1 symlink-loop',
      'roles/nested-emphasis.md:14:1 markdown-too-complex',
      'roles/nested-lists.md:65:1 markdown-too-complex',
      'roles/nested-quotes.md:14:1 markdown-too-complex',
      'roles/no-front-matter.md:1:1 front-matter-missing',
      'roles/outside:1:1 symlink-outside',
      'roles/oversized.md:1:1 file-too-large',
      'roles/proto-keys.md:3:1 yaml-unsafe-key',
      'roles/proto-keys.md:5:1 yaml-unsafe-key',
      'roles/proto-keys.md:7:3 yaml-unsafe-key',
      'roles/self-a:1:1 symlink-loop',
      'roles/self-b:1:1 symlink-loop',
      'roles/unterminated.md:1:1 front-matter-unterminated',
      'roles/whitespace-only.md:1:1 file-empty',
    ]);
    // Every regular Markdown file was looked at, the good one included: none was skipped.
    const regular = readdirSync(path.join(FIXTURE, 'roles'), { withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.md'),
    );
    expect(output.summary.files).toBe(regular.length);
    expect(output.diagnostics.some((d) => d.file === 'roles/good.md')).toBe(false);
  });

  it('never executes front matter, through every stage of `check`', async () => {
    await check(FIXTURE, [], 'check');
    expect(existsSync(path.join(FIXTURE, 'PWNED'))).toBe(false);
    expect((globalThis as { __rolesPwned?: boolean }).__rolesPwned).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('says what is wrong in words a maintainer can act on', async () => {
    const { output } = await check(FIXTURE);
    const message = (file: string) => output.diagnostics.find((d) => d.file === `roles/${file}`)!.message;
    expect(message('gbk-encoded.md')).toBe(
      'Unexpected encoding: the file is not valid UTF-8 at byte 27 (it decodes as GBK/GB18030: convert it with `iconv -f GB18030 -t UTF-8`), expected UTF-8',
    );
    expect(message('js-front-matter.md')).toBe(
      'Unexpected front matter language `js`, expected YAML (`---` alone): nothing in it was evaluated',
    );
    expect(message('alias-bomb.md')).toBe(
      'Unexpected YAML anchor `&a0`, expected no anchors (aliases are not allowed in role files); 90 more anchors or aliases follow',
    );
    expect(message('duplicate-keys.md')).toBe('Unexpected duplicate key `title`, expected each key once per map');
    expect(message('oversized.md')).toBe(
      'Unexpected file of 66023 bytes, expected at most 65536 bytes (`maxFileSize`): not read',
    );
    expect(message('outside')).toBe(
      'Unexpected symlink to `../..` outside the project, expected a target inside it: skipped',
    );
  });

  it('keeps positions right after a byte-order mark and with CRLF line endings', async () => {
    const { output } = await check(FIXTURE, ['roles/bom-crlf.md']);
    expect(output.diagnostics).toMatchObject([{ line: 5, column: 12, message: expect.stringContaining('`组长`') }]);
  });

  it('refuses a file over the default 1 MiB cap without reading it', async () => {
    const dir = tempDir('roles-large-');
    writeFileSync(path.join(dir, 'huge.md'), `---\nid: huge\n---\n${'x'.repeat(1024 * 1024)}`);
    const result = await runCli(['validate', 'huge.md', '--format', 'json'], dir);
    expect(JSON.parse(result.stdout).diagnostics).toMatchObject([
      { file: 'huge.md', line: 1, column: 1, rule: 'file-too-large' },
    ]);
  });
});
