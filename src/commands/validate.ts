import { loadConfig } from '../config/load-config.js';
import type { Io } from '../io.js';
import { run } from '../run.js';
import { checkingOptionsSchema } from './checking-options.js';
import { printDiagnostics } from './print-diagnostics.js';

/** `roles validate [paths…]`: front matter against the schema, every file, one run. */
export function validateCommand(paths: string[], rawOptions: unknown, io: Io): number {
  const options = checkingOptionsSchema.parse(rawOptions);
  const loaded = loadConfig(io.cwd, options.config);
  const result = run({ cwd: io.cwd, targets: paths, loaded });
  return printDiagnostics(io, options.format, result.diagnostics, result.fileCount);
}
