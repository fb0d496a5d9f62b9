import { mkdirSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { writeFiles } from './write-files.js';

/** One file to write: its absolute path, new content and content as read (`null`: it is new). */
export interface PlannedWrite {
  file: string;
  /** POSIX path relative to the working directory, for messages. */
  display: string;
  content: string;
  original: string | null;
}

/**
 * Writes new files (never over an existing one) and updates (never over a concurrent edit), all
 * or nothing, through the project writer (`writeFiles`: lock, content checks, rollback). Folders
 * the new files need are created first, and removed again when the write is refused.
 */
export function writePlanned(root: string, cwd: string, writes: readonly PlannedWrite[]): void {
  const created: string[] = [];
  try {
    for (const write of writes) for (const dir of makeDirs(path.dirname(write.file))) created.push(dir);
    writeFiles({
      root,
      cwd,
      writes: writes.map(({ file, content, original }) => ({ file, content, original })),
    });
  } catch (error) {
    removeDirs(created);
    throw error;
  }
}

/** Creates missing folders and returns them, outermost first, so a refused write can remove them. */
function makeDirs(dir: string): string[] {
  const first = mkdirSync(dir, { recursive: true });
  if (first === undefined) return [];
  const made: string[] = [];
  for (let current = dir; current.length >= first.length; current = path.dirname(current)) made.unshift(current);
  return made;
}

/** Removes folders this run created, innermost first; one that is not empty (or gone) stays. */
function removeDirs(created: readonly string[]): void {
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      // Not empty: something else is in it now.
    }
  }
}
