import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

/** Prints a command's output, or writes it whole to `-o <file>` (atomically: all of it or nothing). */
export function writeOutput(io: Io, output: string | undefined, text: string): void {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, text);
  } catch (error) {
    throw new UsageError(
      `Cannot write \`${output}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
