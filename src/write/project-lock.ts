import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../usage-error.js';
import type { Journal } from './journal.js';
import { t } from '../i18n/t.js';
import { describeFsError } from '../i18n/describe-fs-error.js';

/** The lock file's name, in the project root (the folder of `roles.config.yaml`). */
export const LOCK_NAME = '.roles.lock';

/** What the lock file holds: who holds it, and the journal of the write under way. */
export interface LockContent {
  pid: number;
  host: string;
  /** Milliseconds since the epoch when the lock was taken. */
  started: number;
  journal?: Journal;
}

export interface ProjectLock {
  /** Records the journal in the lock file (write-ahead: before the step it describes), durably. */
  record(journal: Journal): void;
  /** Deletes the lock file; `keep` leaves it (with its journal) for the next writer to recover from. */
  release(keep?: boolean): void;
}

export interface LockOptions {
  /** How long to wait for another writer to finish before refusing. */
  waitMs?: number;
  /** Called with the journal of a writer that was killed, before the lock is taken over. */
  recover?: (journal: Journal) => void;
}

/** A lock held this long by another machine sharing the folder is taken as abandoned. */
const FOREIGN_STALE_MS = 10 * 60 * 1000;

/**
 * Takes the project's write lock: a file created exclusively, holding the pid and host. A lock
 * whose process is gone (killed) is stale: its journal is handed to `recover`, then it is taken over.
 * Waits up to `waitMs` for a live writer, then refuses with a usage error.
 */
export function acquireProjectLock(root: string, { waitMs = 10_000, recover }: LockOptions = {}): ProjectLock {
  const file = path.join(root, LOCK_NAME);
  const deadline = Date.now() + waitMs;
  const mine: LockContent = { pid: process.pid, host: hostname(), started: Date.now() };
  for (;;) {
    if (tryCreate(file, mine)) break;
    const held = readLock(file);
    if (held === 'gone') continue;
    if (held === 'unreadable' || isStale(held, file)) {
      if (held !== 'unreadable' && held.journal) recover?.(held.journal);
      // Removed only if still the one judged stale: another process may have recovered and locked meanwhile.
      const now = readLock(file);
      if (now === 'unreadable' || (now !== 'gone' && held !== 'unreadable' && sameHolder(now, held)))
        rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UsageError(t('write.locked', { pid: held.pid, host: held.host, lock: LOCK_NAME }));
    }
    sleep(50);
  }
  let released = false;
  const onExit = () => release();
  process.once('exit', onExit);
  function release(keep = false) {
    if (released) return;
    released = true;
    process.removeListener('exit', onExit);
    if (!keep) rmSync(file, { force: true });
  }
  return {
    record(journal) {
      const temporary = path.join(root, `.roles-tmp-${randomBytes(6).toString('hex')}`);
      writeDurably(temporary, JSON.stringify({ ...mine, journal }));
      renameSync(temporary, file);
    },
    release,
  };
}

function tryCreate(file: string, content: LockContent): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UsageError(t('write.cannotLock', { file, reason: describeFsError(error) }));
  }
  try {
    writeSync(fd, JSON.stringify(content));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(file: string): LockContent | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const parsed = JSON.parse(text) as LockContent;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return parsed;
  } catch {
    // A lock file cut short by a crash between create and write.
  }
  // Written by a process that died before filling it in, unless it is being written right now.
  return ageMs(file) > 2000 ? 'unreadable' : 'gone';
}

function sameHolder(a: LockContent, b: LockContent): boolean {
  return a.pid === b.pid && a.host === b.host && a.started === b.started;
}

function isStale(lock: LockContent, file: string): boolean {
  if (lock.host !== hostname()) return ageMs(file) > FOREIGN_STALE_MS;
  if (lock.pid === process.pid) return false;
  try {
    process.kill(lock.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Writes a new file and flushes it to disk before returning. */
export function writeDurably(file: string, content: string | Uint8Array, mode = 0o644): void {
  const fd = openSync(file, 'wx', mode);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
