import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Io } from '../io.js';
import { describeFsError } from '../i18n/describe-fs-error.js';
import { t } from '../i18n/t.js';
import { guardWorkflowCommands, type OutputSyntax } from '../text/guard-workflow-commands.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

/**
 * Prints a command's output, or writes it whole to `-o <file>` (atomically: all of it or nothing).
 * No line of text output can start a workflow command, outside `--format github` (`syntax: 'workflow'`).
 */
export function writeOutput(
  io: Io,
  output: string | undefined,
  content: string | Uint8Array,
  syntax: OutputSyntax = 'text',
): void {
  const guarded = typeof content === 'string' ? guardWorkflowCommands(content, syntax) : content;
  if (output === undefined) {
    io.stdout.write(guarded);
    return;
  }
  writeOutputFile(io, output, guarded);
}

/** The names of the run's own standard streams, which are written to as streams, never opened or replaced. */
const STANDARD_STREAMS: Record<string, 'stdout' | 'stderr'> = {
  '/dev/stdout': 'stdout',
  '/dev/fd/1': 'stdout',
  '/proc/self/fd/1': 'stdout',
  '/dev/stderr': 'stderr',
  '/dev/fd/2': 'stderr',
  '/proc/self/fd/2': 'stderr',
};

/** Writes `-o <file>` whole (a FIFO, device or `/dev/stdout` directly); any fault is one line, exit 2. */
export function writeOutputFile(io: Io, output: string, content: string | Uint8Array): void {
  const file = path.resolve(io.cwd, output);
  const stream = STANDARD_STREAMS[file];
  if (stream) {
    io[stream].write(content);
    return;
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    // `mkdir -p` says EEXIST when a file stands where a folder of the path should be.
    const code = (error as NodeJS.ErrnoException).code === 'EEXIST' ? { code: 'ENOTDIR' } : error;
    throw new UsageError(t('fs.cannotWrite', { file: output, reason: describeFsError(code) }));
  }
  try {
    writeFileAtomic(file, content);
  } catch (error) {
    throw new UsageError(t('fs.cannotWrite', { file: output, reason: describeFsError(error) }));
  }
}
