import { createHash } from 'node:crypto';
import { existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** One file of a multi-file write, with the side names it uses on the way. */
export interface JournalEntry {
  /** `write` replaces an existing file, `create` makes a new one, `remove` deletes one. */
  kind: 'write' | 'create' | 'remove';
  /** Absolute path of the real file (symlinks resolved). */
  target: string;
  /** The new content's temporary, beside the target (none for `remove`). */
  temporary?: string;
  /** A hard link to (or, for `remove`, the renamed) old file, beside the target, until the write is done. */
  backup?: string;
  /** sha256 of the new content, so a `create` that happened can be told from a file made by someone else. */
  newHash?: string;
}

/** What a write intends, recorded in the lock file before any of it happens. */
export interface Journal {
  /** `prepare` until every rename is done and flushed; `commit` after, when only clean-up remains. */
  phase: 'prepare' | 'commit';
  entries: JournalEntry[];
}

/** Names of the side files, short so that a long target name never makes them too long. */
export const SIDE_FILE = /^\.roles-(?:tmp|bak)-[0-9a-f]{12}$/;
/** Temporaries of the single-file writer of earlier versions: `.<name>.<12 hex>.tmp`. */
const LEGACY_TEMPORARY = /^\..+\.md\.[0-9a-f]{12}\.tmp$/;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Puts the tree back as it was before the journal's write: every renamed file restored from its
 * backup, every created file removed, every temporary deleted. Safe to run twice, and after a kill at any step.
 */
export function rollBack(journal: Journal): void {
  if (journal.phase === 'commit') return rollForward(journal);
  for (const entry of [...journal.entries].reverse()) {
    if (entry.kind === 'create') {
      const done = entry.temporary !== undefined && !existsSync(entry.temporary);
      if (done && existsSync(entry.target) && sha256(readFileSync(entry.target)) === entry.newHash)
        rmSync(entry.target, { force: true });
    } else if (entry.backup !== undefined && existsSync(entry.backup)) {
      renameSync(entry.backup, entry.target);
      // Renaming a link onto the same file is a no-op that leaves both names.
      rmSync(entry.backup, { force: true });
    }
    if (entry.temporary !== undefined) rmSync(entry.temporary, { force: true });
  }
}

/** Finishes a write whose renames all happened: only the backups and temporaries remain to delete. */
export function rollForward(journal: Journal): void {
  for (const entry of journal.entries) {
    if (entry.backup !== undefined) rmSync(entry.backup, { force: true });
    if (entry.temporary !== undefined) rmSync(entry.temporary, { force: true });
  }
}

/** Keeps the old file under a backup name while the new one is renamed onto it. */
export function keepBackup(entry: JournalEntry): void {
  if (entry.kind === 'write') linkSync(entry.target, entry.backup!);
  else if (entry.kind === 'remove') renameSync(entry.target, entry.backup!);
}

/**
 * Deletes side files left in these folders by runs killed before they could clean up (the caller
 * holds the project lock, so no live writer owns them), and the temporaries of earlier versions.
 */
export function removeStaleSideFiles(folders: Iterable<string>, keep: ReadonlySet<string>): void {
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      if ((SIDE_FILE.test(name) || LEGACY_TEMPORARY.test(name)) && !keep.has(file)) rmSync(file, { force: true });
    }
  }
}
