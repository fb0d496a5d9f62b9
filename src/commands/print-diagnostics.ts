import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, type DiagnosticFormat } from '../format/format-diagnostics.js';
import { wantsColor, type Io } from '../io.js';
import { VERSION } from '../version.js';

/** Prints diagnostics in the chosen format and returns the exit code: 1 when any is an error. */
export function printDiagnostics(io: Io, format: DiagnosticFormat, diagnostics: Diagnostic[], fileCount: number): number {
  const context = { color: wantsColor(io.stdout, io.env), columns: io.stdout.columns, version: VERSION };
  io.stdout.write(formatDiagnostics(format, diagnostics, context, fileCount));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
