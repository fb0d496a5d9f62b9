import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { UsageError } from '../usage-error.js';
import { isInside } from '../is-inside.js';
import { acquireProjectLock, LOCK_NAME } from './project-lock.js';
import { keepBackup, removeStaleSideFiles, rollBack, sha256, type Journal, type JournalEntry } from './journal.js';
import { t } from '../i18n/t.js';
import { describeCode } from '../i18n/describe-fs-error.js';

/** A file to write: its new content, and its content as it was read (`null`: it must not exist yet). */
export interface FileWrite {
  /** Absolute path; a symlink is written through to its target when that is inside the project. */
  file: string;
  content: string | Uint8Array;
  original: string | Uint8Array | null;
}

/** A file to delete, and its content as it was read. */
export interface FileRemoval {
  file: string;
  original: string | Uint8Array;
}

export interface WriteRequest {
  /** The project root (the folder of `roles.config.yaml`): where the lock lives, and what symlinks may point into. */
  root: string;
  writes: readonly FileWrite[];
  removals?: readonly FileRemoval[];
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
  /** How long to wait for another writer before refusing (default 10 s). */
  waitMs?: number;
  /** For tests: called before each step, with its name; throwing there simulates a failure at that step. */
  onStep?: (step: string) => void;
}

/** Why a write was refused or undone: the tree is exactly as it was before. */
export class WriteError extends UsageError {
  override name = 'WriteError';
  /** What went wrong, without the "nothing was changed" the message adds. */
  readonly reason: string;
  constructor(message: string, reason = message) {
    super(message);
    this.reason = reason;
  }
}

/**
 * Writes several files all or nothing, and never over a concurrent edit. Under the project lock:
 * each new content goes to a temporary beside its target (mode and owner copied, flushed); then,
 * for each target, its content is checked against what was read and the temporary renamed onto it,
 * the old file kept as a hard-linked backup. Any failure before the last rename restores every
 * backup and deletes every temporary. A journal in the lock file lets the next writer finish the
 * same clean-up after a kill. Writes nothing when no content changes. Returns the files changed.
 */
export function writeFiles(request: WriteRequest): string[] {
  const step = request.onStep ?? (() => undefined);
  const cwd = request.cwd ?? process.cwd();
  const display = (file: string) => showPath(cwd, file);
  const root = realpathOr(request.root);
  const writes = request.writes.filter((write) => write.original === null || !sameBytes(write.original, write.content));
  const removals = request.removals ?? [];
  if (writes.length === 0 && removals.length === 0) return [];

  const lock = acquireProjectLock(root, { waitMs: request.waitMs, recover: rollBack });
  const journal: Journal = { phase: 'prepare', entries: [] };
  let keepLock = false;
  try {
    const entries = [
      ...writes.map((write) =>
        planEntry(root, display, write.file, write.original === null ? 'create' : 'write', write.content),
      ),
      ...removals.map((removal) => planEntry(root, display, removal.file, 'remove')),
    ];
    const originals = [...writes.map((write) => write.original), ...removals.map((removal) => removal.original)];
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.target)) fail(t('write.namedTwice', { file: display(entry.target) }));
      seen.add(entry.target);
    }
    // Refuse early, touching nothing, when a file changed since it was read.
    entries.forEach((entry, i) => verifyUnchanged(entry, originals[i]!, display));
    journal.entries = entries;
    const folders = new Set([root, ...entries.map((entry) => path.dirname(entry.target))]);
    removeStaleSideFiles(folders, new Set());
    step('journal');
    lock.record(toRecord(journal));

    const contents = [...writes.map((write) => write.content)];
    entries.forEach((entry, i) => {
      if (entry.kind === 'remove') return;
      step(`stage ${i}`);
      stage(entry, toBytes(contents[i]!), display);
    });
    entries.forEach((entry, i) => {
      step(`rename ${i}`);
      // Checked again right before the rename, so the window for a concurrent edit is as small as it can be.
      verifyUnchanged(entry, originals[i]!, display);
      keepBackup(entry);
      if (entry.temporary !== undefined) renameSync(entry.temporary, entry.target);
    });
    step('sync');
    for (const folder of folders) syncFolder(folder);
    journal.phase = 'commit';
    lock.record(toRecord(journal));
    step('commit');
    rollBack(journal);
    return entries.map((entry) => entry.target);
  } catch (error) {
    if (journal.phase === 'commit') {
      // Every rename happened: only side files remain, and the next writer deletes them if this cannot.
      try {
        rollBack(journal);
      } catch {
        // Left for the next writer, which finishes the clean-up from the journal.
      }
      return journal.entries.map((entry) => entry.target);
    }
    try {
      rollBack(journal);
    } catch (restoreError) {
      // The lock stays, with its journal, so the next writer finishes the restore.
      keepLock = true;
      throw new WriteError(
        t('write.restoreFailed', { message: describe(error, display), restore: describe(restoreError, display) }),
      );
    }
    throw error instanceof WriteError
      ? error
      : new WriteError(t('write.nothingChanged', { message: describe(error, display) }), describe(error, display));
  } finally {
    lock.release(keepLock);
  }
}

/**
 * Finishes what a killed writer left (its journal rolled back or forward, its lock removed), before
 * a writing command reads the project: otherwise it would read a half-written tree, or find nothing
 * to change and leave the dead writer's backups behind. A live writer's lock is left alone.
 */
export function finishInterruptedWrite(root: string): void {
  const directory = realpathOr(root);
  if (!exists(path.join(directory, LOCK_NAME))) return;
  let lock;
  try {
    lock = acquireProjectLock(directory, { waitMs: 0, recover: rollBack });
  } catch {
    return; // A live writer holds it: its own run, or the command's write, deals with it.
  }
  lock.release();
}

interface PlannedEntry extends JournalEntry {
  newHash?: string;
  /** The mode and owner to give the new file (those of the file it replaces). */
  stat?: Stats;
}

type Show = (file: string) => string;

/** The journal as the lock file keeps it: the side names, not the stats. */
function toRecord(journal: Journal): Journal {
  return {
    phase: journal.phase,
    entries: journal.entries.map(({ kind, target, temporary, backup, newHash }) => ({
      kind,
      target,
      temporary,
      backup,
      newHash,
    })),
  };
}

function planEntry(
  root: string,
  display: Show,
  file: string,
  kind: JournalEntry['kind'],
  content?: string | Uint8Array,
): PlannedEntry {
  const target = resolveTarget(root, file, kind, display);
  const folder = path.dirname(target);
  const side = (what: string) => path.join(folder, `.roles-${what}-${randomBytes(6).toString('hex')}`);
  const entry: PlannedEntry = { kind, target };
  if (kind !== 'remove') {
    entry.temporary = side('tmp');
    entry.newHash = sha256(toBytes(content!));
  }
  if (kind !== 'create') {
    entry.backup = side('bak');
    entry.stat = statSync(target);
  }
  return entry;
}

/** The real file a path names: symlinks are followed when they stay inside the project, refused otherwise. */
function resolveTarget(root: string, file: string, kind: JournalEntry['kind'], display: Show): string {
  let stat: Stats;
  try {
    stat = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || kind !== 'create') throw error;
    const folder = realpathOr(path.dirname(file));
    if (!isInside(root, folder)) fail(t('write.outside', { file: display(file) }));
    return path.join(folder, path.basename(file));
  }
  if (kind === 'create') fail(t('write.exists', { file: display(file) }));
  if (stat.isSymbolicLink()) {
    if (kind === 'remove') fail(t('write.symlinkRemove', { file: display(file) }));
    const real = realpathSync(file);
    if (!isInside(root, real)) fail(t('write.symlinkOutside', { file: display(file) }));
    return real;
  }
  if (!stat.isFile()) fail(t('write.notRegular', { file: display(file) }));
  return file;
}

function verifyUnchanged(entry: PlannedEntry, original: string | Uint8Array | null, display: Show): void {
  if (entry.kind === 'create') {
    if (exists(entry.target)) fail(t('write.createdMeanwhile', { file: display(entry.target) }));
    return;
  }
  let current: Buffer;
  try {
    current = readFileSync(entry.target);
  } catch {
    fail(t('write.removedMeanwhile', { file: display(entry.target) }));
  }
  if (sha256(current) !== sha256(toBytes(original!)))
    fail(t('write.changedMeanwhile', { file: display(entry.target) }));
}

/** Writes the new content to the entry's temporary with the old file's mode and owner, and flushes it. */
function stage(entry: PlannedEntry, bytes: Uint8Array, display: Show): void {
  const fd = openSync(entry.temporary!, 'wx', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    const stat = entry.stat;
    if (stat) {
      fchmodSync(fd, stat.mode & 0o7777);
      if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) {
        try {
          fchownSync(fd, stat.uid, stat.gid);
        } catch {
          fail(t('write.owner', { file: display(entry.target), owner: `${stat.uid}:${stat.gid}` }));
        }
      }
    } else {
      fchmodSync(fd, 0o666 & ~process.umask());
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot flush a folder; the renames are still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function fail(message: string): never {
  throw new WriteError(t('write.nothingChanged', { message }), message);
}

function describe(error: unknown, display: Show): string {
  if (error instanceof WriteError) return error.reason;
  const { code, path: file } = error as NodeJS.ErrnoException;
  if (code)
    return file
      ? t('write.cannotWrite', { file: `\`${display(file)}\``, reason: describeCode(code) })
      : t('write.cannotWriteAny', { reason: describeCode(code) });
  return (error as Error).message ?? String(error);
}

function showPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}

function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function sameBytes(a: string | Uint8Array, b: string | Uint8Array): boolean {
  return Buffer.from(toBytes(a)).equals(toBytes(b));
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
