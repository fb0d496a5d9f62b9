import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generate } from '../bench/generate.mjs';
import { tempDir } from './temp-dir.js';

const ROOT = path.join(import.meta.dirname, '..');

describe('worker threads and the cache on the benchmark corpus', () => {
  it('print exactly what a single-threaded, uncached run prints', () => {
    const dir = tempDir('roles-parallel-');
    // ROLES_THREADS set starts the threads whatever the count (threadCount skips its 400-file minimum then),
    // so 150 files split across them tell what 600 did at a quarter of the time.
    (generate as (dir: string, count: number) => unknown)(dir, 150);
    const run = (env: Record<string, string>, ...args: string[]) => {
      const child = spawnSync(
        process.execPath,
        [path.join(ROOT, 'bin', 'roles.js'), 'check', '--format', 'json', ...args],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, ROLES_TODAY: '2026-11-29', ...env },
          maxBuffer: 1 << 28,
        },
      );
      return { status: child.status, stdout: child.stdout, stderr: child.stderr };
    };
    const single = run({ ROLES_THREADS: '1' });
    expect(single.stderr).toBe('');
    // Findings of a per-file rule (what the threads compute) and of graph rules (over what they return).
    const rules = (JSON.parse(single.stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.map(
      (d) => d.rule,
    );
    expect(rules).toEqual(expect.arrayContaining(['placeholder', 'reference-exists', 'reports-both-ways']));
    expect(run({ ROLES_THREADS: '2' })).toEqual(single);
    expect(run({ ROLES_THREADS: '3' }, '--cache')).toEqual(single);
    expect(run({ ROLES_THREADS: '2' }, '--cache')).toEqual(single);
    // Four runs over 150 files in child processes: what is tested is the output, not the time, which
    // depends on what else the machine runs.
  }, 180_000);
});
