import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, type DiagnosticFormat } from '../format/format-diagnostics.js';
import { formatRunSummary } from '../format/run-summary.js';
import { terminalColumns, wantsColor, type Io } from '../io.js';
import { describeRules } from '../rules/describe-rules.js';
import { writeOutput } from './write-output.js';
import { VERSION } from '../version.js';
import { getLocale } from '../i18n/locale.js';
import { t } from '../i18n/t.js';

/** How the report is delivered and judged, beyond its format. */
export interface PrintOptions {
  /** The files checked, for formats that list clean files too (JUnit). */
  files?: readonly string[];
  /** Write to this file, relative to the working directory, instead of standard output. */
  output?: string;
  /** Exit 1 when there are more warnings than this (counted before `quiet` drops them). */
  maxWarnings?: number;
  /** Leave warnings out of the report. */
  quiet?: boolean;
  /** After a stylish report, list the docs page of each rule it names. */
  showDocs?: boolean;
}

/**
 * Prints diagnostics in the chosen format and returns the exit code: 1 when any is an error or
 * the warnings exceed `maxWarnings`. Without a format, GitHub Actions (`GITHUB_ACTIONS=true`)
 * gets annotations and everything else `stylish`.
 */
export function printDiagnostics(
  io: Io,
  format: DiagnosticFormat | undefined,
  diagnostics: Diagnostic[],
  fileCount: number,
  options: PrintOptions = {},
): number {
  const chosen = format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const toFile = options.output !== undefined;
  const context = {
    color: !toFile && wantsColor(io.stdout, io.env),
    columns: terminalColumns(toFile ? {} : io.stdout, io.env),
    version: VERSION,
    locale: getLocale(),
    rules: describeRules(),
    showDocs: options.showDocs === true,
  };
  const report = formatDiagnostics(chosen, shown, context, fileCount, options.files);
  // Only `--format github` may print workflow commands; JUnit is XML.
  writeOutput(io, options.output, report, chosen === 'github' ? 'workflow' : chosen === 'junit' ? 'markup' : 'text');

  // Human formats end with one line on stderr; machine formats carry their own counts.
  if (chosen === 'stylish') io.stderr.write(formatRunSummary(shown, fileCount, getLocale()));

  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(`roles: ${t('command.check.tooManyWarnings', { warnings, max: options.maxWarnings! })}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') || tooManyWarnings ? 1 : 0;
}
