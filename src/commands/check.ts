import { loadConfig } from '../config/load-config.js';
import type { Io } from '../io.js';
import { run } from '../run.js';
import { checkingOptionsSchema } from './checking-options.js';
import { printDiagnostics } from './print-diagnostics.js';

/** Which rule kinds each checking command runs after schema validation. */
export const CHECK_KINDS = {
  validate: new Set<'document' | 'graph'>(),
  lint: new Set<'document' | 'graph'>(['document']),
  xref: new Set<'document' | 'graph'>(['graph']),
  check: new Set<'document' | 'graph'>(['document', 'graph']),
} as const;

/** `roles check|lint|xref|validate [paths…]`: load, validate, run the chosen rules, print. */
export function checkCommand(command: keyof typeof CHECK_KINDS, paths: string[], rawOptions: unknown, io: Io): number {
  const options = checkingOptionsSchema.parse(rawOptions);
  const loaded = loadConfig(io.cwd, options.config);
  const result = run({ cwd: io.cwd, targets: paths, loaded, kinds: CHECK_KINDS[command] });
  return printDiagnostics(io, options.format, result.diagnostics, result.fileCount);
}
