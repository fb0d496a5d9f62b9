import { mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** One file to write: its absolute path, new content and content as read (`null`: it is new). */
export interface PlannedWrite {
  file: string;
  /** POSIX path relative to the working directory, for messages. */
  display: string;
  content: string;
  original: string | null;
}

/**
 * Writes new files (never over an existing one) and updates (never over a concurrent edit), all or
 * nothing: on any failure, what was already written is undone. Stands in for #10's project writer.
 */
export function writePlanned(writes: readonly PlannedWrite[]): void {
  const done: Array<{ write: PlannedWrite; createdDirs: string[] }> = [];
  try {
    for (const write of writes) {
      if (write.original === null) {
        const createdDirs = makeDirs(path.dirname(write.file));
        try {
          writeFileSync(write.file, write.content, { flag: 'wx' });
        } catch (error) {
          removeDirs(createdDirs);
          throw error;
        }
        done.push({ write, createdDirs });
      } else {
        if (readFileSync(write.file, 'utf8') !== write.original)
          throw new UsageError(`\`${write.display}\` changed while roles was working: nothing was written`);
        writeFileAtomic(write.file, write.content);
        done.push({ write, createdDirs: [] });
      }
    }
  } catch (error) {
    for (const { write, createdDirs } of done.reverse()) {
      if (write.original === null) rmSync(write.file, { force: true });
      else writeFileAtomic(write.file, write.original);
      removeDirs(createdDirs);
    }
    if (error instanceof UsageError) throw error;
    const failed = writes.find((write) => !done.some((entry) => entry.write === write)) ?? writes[0]!;
    throw new UsageError(
      `Cannot write \`${failed.display}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}: nothing was written`,
    );
  }
}

/** Creates missing folders and returns them, outermost first, so a rollback can remove them. */
function makeDirs(dir: string): string[] {
  const first = mkdirSync(dir, { recursive: true });
  if (first === undefined) return [];
  const created: string[] = [];
  for (let current = dir; current.length >= first.length; current = path.dirname(current)) created.unshift(current);
  return created;
}

/** Removes folders this run created, innermost first; one that is not empty (or gone) stays. */
function removeDirs(created: readonly string[]): void {
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}
