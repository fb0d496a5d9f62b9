import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the bundled organisation. */
function bundledCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-fmt-'));
  dirs.push(dir);
  cpSync(path.resolve('roles'), path.join(dir, 'roles'), { recursive: true });
  cpSync(path.resolve('roles.config.yaml'), path.join(dir, 'roles.config.yaml'));
  return dir;
}

const ROLE = 'roles/customer-service-center/customer-support.md';

describe('roles fmt', () => {
  it('--check passes on the bundled roles/', async () => {
    expect(await runCli(['fmt', '--check', 'roles'], process.cwd())).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--check exits 1 and lists a file once a key is out of order; fmt puts it back, then changes nothing', async () => {
    const dir = bundledCopy();
    const file = path.join(dir, ROLE);
    const original = readFileSync(file, 'utf8');
    const moved = original
      .replace(/^(title: .*\n)/m, '')
      .replace(/^status: /m, (status) => `${/^title: .*$/m.exec(original)![0]}\n${status}`);
    expect(moved).not.toBe(original);
    writeFileSync(file, `\ufeff${moved.replace(/\n/g, '\r\n')}`);
    expect(await runCli(['fmt', '--check'], dir)).toEqual({
      code: 1,
      stdout: `${ROLE}\n`,
      // The bundled organisation's size changes with its transcription; the count is not the point here.
      stderr: expect.stringMatching(/^roles: 1 of \d+ files are not formatted: run `roles fmt`\n$/),
    });
    expect(await runCli(['fmt'], dir)).toEqual({ code: 0, stdout: `${ROLE}\n`, stderr: '' });
    // BOM and CRLF kept; the content is the original again.
    expect(readFileSync(file, 'utf8')).toBe(`\ufeff${original.replace(/\n/g, '\r\n')}`);
    expect(await runCli(['fmt'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await runCli(['fmt', '--check'], dir)).toMatchObject({ code: 0 });
  });

  it('names files it cannot format, leaves them alone and exits 2', async () => {
    const dir = bundledCopy();
    const file = path.join(dir, ROLE);
    writeFileSync(file, '---\ntitle: [\n---\n');
    expect(await runCli(['fmt', ROLE], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `roles: ${ROLE}: cannot format: its front matter has YAML errors (see \`roles check\`)\n`,
    });
    expect(readFileSync(file, 'utf8')).toBe('---\ntitle: [\n---\n');
  });
});
