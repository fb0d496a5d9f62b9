import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countOf } from '../i18n/count-of.js';
import type { Locale } from '../i18n/locale.js';
import { tIn } from '../i18n/t.js';

/**
 * The one line a person reads after a human-format run (on stderr, so it never mixes with a
 * report): `✔ 28 个文件，没有问题` or `✖ 3 个错误，1 个警告，涉及 2 个文件`.
 */
export function formatRunSummary(diagnostics: readonly Diagnostic[], fileCount: number, language: Locale): string {
  let errors = 0;
  let warnings = 0;
  const files = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else warnings++;
    files.add(diagnostic.file);
  }
  if (errors + warnings === 0)
    return `✔ ${tIn(language, 'format.summary.clean', { files: countOf(fileCount, 'format.files', language) })}\n`;
  const counts = [
    ...(errors > 0 ? [countOf(errors, 'format.errors', language)] : []),
    ...(warnings > 0 ? [countOf(warnings, 'format.warnings', language)] : []),
  ].join(tIn(language, 'format.separator'));
  const inFiles = countOf(files.size, 'format.files', language);
  return `${errors > 0 ? '✖' : '⚠'} ${tIn(language, 'format.summary.problems', { counts, files: inFiles })}\n`;
}
