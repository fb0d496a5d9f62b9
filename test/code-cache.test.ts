import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';

const ROOT = path.join(import.meta.dirname, '..');

/** `roles check roles` from the executable, with its code cache in `cacheDir`. */
function check(cacheDir: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'roles.js'), 'check', 'roles', '--lang', 'en'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ROLES_CODE_CACHE_DIR: cacheDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the code cache of the bundled CLI (bin/load-bundle.js)', () => {
  it('is written by the first run, used by the next, and never changes what a run prints', () => {
    const dir = path.join(tempDir('roles-code-cache-'), 'cache');
    const first = check(dir);
    // A clean check says so on stderr (stdout stays for findings).
    expect(first).toEqual({ status: 0, stdout: '', stderr: '✔ 24 files, no problems\n' });
    const [name, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(name).toMatch(
      new RegExp(`^roles-cli-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}-check\\.v8$`),
    );
    const file = path.join(dir, name!);
    const written = statSync(file).mtimeMs;

    // Accepted: nothing to write again.
    expect(check(dir)).toEqual(first);
    expect(statSync(file).mtimeMs).toBe(written);

    // Data V8 refuses (here: garbage of the same size) is no cache: the run is the same and the cache is made anew.
    const garbage = Buffer.alloc(statSync(file).size, 7);
    writeFileSync(file, garbage);
    writeFileSync(path.join(dir, 'roles-cli-0000000000000000-v20.0.0-x64-check.v8'), 'an earlier build');
    expect(check(dir)).toEqual(first);
    expect(readFileSync(file).equals(garbage)).toBe(false);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('runs uncached where no cache can be written', () => {
    const blocked = path.join(tempDir('roles-code-cache-'), 'a-file');
    writeFileSync(blocked, '');
    const result = check(path.join(blocked, 'cache'));
    expect(result).toEqual({ status: 0, stdout: '', stderr: '✔ 24 files, no problems\n' });
  });
});

describe('the build (scripts/build.mjs)', () => {
  it('depends on exact releases of the packages whose files it edits or picks (zod locales, string-width)', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of ['zod', 'string-width']) expect(manifest.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
