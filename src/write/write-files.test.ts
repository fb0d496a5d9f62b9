import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_NAME } from './project-lock.js';
import { finishInterruptedWrite, writeFiles, WriteError, type WriteRequest } from './write-files.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-write-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** Every entry below a folder (side files and the lock included): path → content, or `-> target` for a link. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const key = path.relative(dir, full);
      if (entry.isSymbolicLink()) out[key] = `-> ${readlinkSync(full)}`;
      else if (entry.isDirectory()) walk(full);
      else out[key] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const OLD = { 'a.md': 'a old', 'sub/b.md': 'b old', 'sub/c.md': 'c old' };

/** Rewrites a and b, creates d, removes c: every kind of change in one request. */
function request(dir: string, extra: Partial<WriteRequest> = {}): WriteRequest {
  return {
    root: dir,
    cwd: dir,
    writes: [
      { file: path.join(dir, 'a.md'), content: 'a new', original: 'a old' },
      { file: path.join(dir, 'sub/b.md'), content: 'b new', original: 'b old' },
      { file: path.join(dir, 'sub/d.md'), content: 'd new', original: null },
    ],
    removals: [{ file: path.join(dir, 'sub/c.md'), original: 'c old' }],
    ...extra,
  };
}

const NEW = { 'a.md': 'a new', 'sub/b.md': 'b new', 'sub/d.md': 'd new' };

describe('writeFiles', () => {
  it('writes, creates and removes every file, leaving no side file and no lock', () => {
    const dir = project(OLD);
    expect(writeFiles(request(dir)).length).toBe(4);
    expect(tree(dir)).toEqual(NEW);
  });

  it('keeps each file mode', () => {
    const dir = project(OLD);
    chmodSync(path.join(dir, 'a.md'), 0o640);
    chmodSync(path.join(dir, 'sub/b.md'), 0o755);
    writeFiles(request(dir));
    expect(statSync(path.join(dir, 'a.md')).mode & 0o777).toBe(0o640);
    expect(statSync(path.join(dir, 'sub/b.md')).mode & 0o777).toBe(0o755);
  });

  const steps = ['journal', 'stage 0', 'stage 1', 'stage 2', 'rename 0', 'rename 1', 'rename 2', 'rename 3', 'sync'];
  it.each(steps)('leaves the tree exactly as before when the step `%s` fails', (failing) => {
    const dir = project(OLD);
    const onStep = (step: string) => {
      if (step === failing) throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' });
    };
    expect(() => writeFiles(request(dir, { onStep }))).toThrow(WriteError);
    expect(tree(dir)).toEqual(OLD);
  });

  it('finishes, rather than undoes, a write whose renames all happened when the clean-up fails', () => {
    const dir = project(OLD);
    const onStep = (step: string) => {
      if (step === 'commit') throw new Error('simulated');
    };
    writeFiles(request(dir, { onStep }));
    expect(tree(dir)).toEqual(NEW);
  });

  it('refuses, changing nothing, when a file was edited since it was read', () => {
    const dir = project(OLD);
    writeFileSync(path.join(dir, 'sub/b.md'), 'b edited by someone');
    expect(() => writeFiles(request(dir))).toThrow(/`sub\/b.md` changed since it was read.*: nothing was changed$/);
    expect(tree(dir)).toEqual({ ...OLD, 'sub/b.md': 'b edited by someone' });
  });

  it('refuses when an edit lands between staging and the renames', () => {
    const dir = project(OLD);
    const onStep = (step: string) => {
      if (step === 'rename 1') writeFileSync(path.join(dir, 'sub/b.md'), 'b edited meanwhile');
    };
    expect(() => writeFiles(request(dir, { onStep }))).toThrow(/changed since it was read/);
    expect(tree(dir)).toEqual({ ...OLD, 'sub/b.md': 'b edited meanwhile' });
  });

  it('refuses to create a file that appeared meanwhile, and to remove one that is gone', () => {
    const dir = project({ ...OLD, 'sub/d.md': 'someone else' });
    expect(() => writeFiles(request(dir))).toThrow(/`sub\/d.md` already exists/);
    const gone = project({ 'a.md': 'a old', 'sub/b.md': 'b old' });
    expect(() => writeFiles(request(gone))).toThrow(WriteError);
    expect(tree(gone)).toEqual({ 'a.md': 'a old', 'sub/b.md': 'b old' });
  });

  it('writes through a symlink inside the project and keeps the link', () => {
    const dir = project({ 'real/a.md': 'old' });
    symlinkSync('real/a.md', path.join(dir, 'roles-a.md'));
    writeFiles({ root: dir, writes: [{ file: path.join(dir, 'roles-a.md'), content: 'new', original: 'old' }] });
    expect(tree(dir)).toEqual({ 'real/a.md': 'new', 'roles-a.md': '-> real/a.md' });
  });

  it('refuses a symlink that leads outside the project', () => {
    const outside = project({ 'a.md': 'old' });
    const dir = project({});
    symlinkSync(path.join(outside, 'a.md'), path.join(dir, 'a.md'));
    expect(() =>
      writeFiles({ root: dir, cwd: dir, writes: [{ file: path.join(dir, 'a.md'), content: 'new', original: 'old' }] }),
    ).toThrow(/symlink `a.md` to a file outside the project/);
    expect(readFileSync(path.join(outside, 'a.md'), 'utf8')).toBe('old');
  });

  it('writes nothing, and takes no lock, when no content changes', () => {
    const dir = project(OLD);
    expect(
      writeFiles({ root: dir, writes: [{ file: path.join(dir, 'a.md'), content: 'a old', original: 'a old' }] }),
    ).toEqual([]);
    expect(tree(dir)).toEqual(OLD);
  });

  it('removes the side files of an earlier killed run in the folders it writes', () => {
    const dir = project({ ...OLD, 'sub/.roles-tmp-0123456789ab': '', 'sub/.b.md.0123456789ab.tmp': '' });
    writeFiles(request(dir));
    expect(tree(dir)).toEqual(NEW);
  });
});

describe('the project lock', () => {
  it('refuses with one line while a live writer holds it', () => {
    const dir = project(OLD);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid: holder.pid, host: hostname(), started: 1 }));
      expect(() => writeFiles(request(dir, { waitMs: 200 }))).toThrow(
        new RegExp(
          `^Another roles command \\(pid ${holder.pid} .*\\): nothing was changed; run again when it has finished$`,
        ),
      );
      expect(tree(dir)).toEqual({ ...OLD, [LOCK_NAME]: expect.any(String) });
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a stale lock of a killed writer and rolls its journal back', () => {
    const dir = project({
      'a.md': 'a new',
      'sub/.roles-bak-0123456789ab': 'a old',
      'sub/.roles-tmp-ba9876543210': 'x',
    });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const journal = {
      phase: 'prepare',
      entries: [
        {
          kind: 'write',
          target: path.join(dir, 'a.md'),
          temporary: path.join(dir, 'sub/.roles-tmp-ba9876543210'),
          backup: path.join(dir, 'sub/.roles-bak-0123456789ab'),
        },
      ],
    };
    writeFileSync(
      path.join(dir, LOCK_NAME),
      JSON.stringify({ pid: Number(dead), host: hostname(), started: 1, journal }),
    );
    writeFiles({ root: dir, writes: [{ file: path.join(dir, 'a.md'), content: 'a newer', original: 'a old' }] });
    expect(tree(dir)).toEqual({ 'a.md': 'a newer' });
  });
});

/** The writer run in a child that kills itself with SIGKILL at one step, as `kill -9` would. */
function killAt(dir: string, step: string): void {
  const script = `
    const { writeFiles } = await import(${JSON.stringify(new URL('../../dist/write/write-files.js', import.meta.url).href)});
    const dir = ${JSON.stringify(dir)};
    const p = (f) => dir + '/' + f;
    writeFiles({ root: dir, onStep: (s) => { if (s === ${JSON.stringify(step)}) process.kill(process.pid, 'SIGKILL'); },
      writes: [{ file: p('a.md'), content: 'a new', original: 'a old' }, { file: p('sub/b.md'), content: 'b new', original: 'b old' },
               { file: p('sub/d.md'), content: 'd new', original: null }],
      removals: [{ file: p('sub/c.md'), original: 'c old' }] });`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script]);
  expect(child.signal).toBe('SIGKILL');
}

describe('kill -9 during a write', () => {
  const steps = ['journal', 'stage 0', 'stage 2', 'rename 0', 'rename 2', 'rename 3', 'sync', 'commit'];
  it.each(steps)(
    'at `%s`: each file fully old or new, and the next writer restores the tree and leaves nothing',
    (step) => {
      const dir = project(OLD);
      killAt(dir, step);
      const after = tree(dir);
      for (const [file, content] of Object.entries(after)) {
        if (file === LOCK_NAME || /\.roles-(tmp|bak)-/.test(file)) continue;
        expect([OLD[file as keyof typeof OLD], NEW[file as keyof typeof NEW]]).toContain(content);
      }
      expect(existsSync(path.join(dir, LOCK_NAME))).toBe(true);
      // The next writer recovers: the killed write is rolled back (or, past `commit`, finished), then its own applies.
      const state = step === 'commit' ? NEW : OLD;
      writeFiles({
        root: dir,
        writes: [{ file: path.join(dir, 'a.md'), content: 'a again', original: state['a.md'] }],
      });
      expect(tree(dir)).toEqual({ ...state, 'a.md': 'a again' });
    },
  );
});

describe('a writing command run after a kill -9', () => {
  it.each(['rename 3', 'sync', 'commit'])(
    'at `%s`: finishes the dead write before reading, so a run with nothing to change leaves nothing behind',
    (step) => {
      const dir = project(OLD);
      killAt(dir, step);
      finishInterruptedWrite(dir);
      expect(tree(dir)).toEqual(step === 'commit' ? NEW : OLD);
    },
  );

  it("leaves a live writer's lock alone", () => {
    const dir = project(OLD);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      const lock = JSON.stringify({ pid: holder.pid, host: hostname(), started: 1 });
      writeFileSync(path.join(dir, LOCK_NAME), lock);
      finishInterruptedWrite(dir);
      expect(readFileSync(path.join(dir, LOCK_NAME), 'utf8')).toBe(lock);
    } finally {
      holder.kill();
    }
  });
});
