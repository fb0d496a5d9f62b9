import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roles-atomic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file whole and leaves no temporary file', () => {
    const file = path.join(dir, 'report.html');
    writeFileSync(file, 'old');
    writeFileAtomic(file, '新的报告');
    expect(readFileSync(file, 'utf8')).toBe('新的报告');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('throws when the folder does not exist, and leaves nothing behind', () => {
    expect(() => writeFileAtomic(path.join(dir, 'missing', 'report.html'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });
});

describe('writeFileAtomic on unchanged content', () => {
  it('writes nothing and says so, keeping the file as it was', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roles-atomic-'));
    const file = path.join(dir, 'role.md');
    writeFileSync(file, '同样的内容');
    expect(writeFileAtomic(file, '同样的内容')).toBe(false);
    expect(writeFileAtomic(file, '新的内容')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('新的内容');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('writeFileAtomic under /dev', () => {
  // /dev/shm is a tmpfs folder of ordinary files (TMPDIR=/dev/shm is common in containers): they are
  // replaced whole like any other, not appended to as `/dev/stdout` is.
  it.runIf(existsSync('/dev/shm'))('replaces a regular file on /dev/shm whole, by a rename', () => {
    const dir = mkdtempSync(path.join('/dev/shm', 'roles-atomic-'));
    try {
      const file = path.join(dir, 'report.html');
      writeFileSync(file, 'old');
      const before = statSync(file).ino;
      expect(writeFileAtomic(file, '新的报告')).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe('新的报告');
      expect(statSync(file).ino).not.toBe(before);
      expect(readdirSync(dir)).toEqual(['report.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
