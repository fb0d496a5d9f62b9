import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The languages the summary is written in (the message catalogue of #12 will take these over). */
export type SummaryLanguage = 'zh-CN' | 'en';

/**
 * The one line a person reads after a human-format run (on stderr, so it never mixes with a
 * report): `✔ 28 个文件，没有问题` or `✖ 3 个错误，1 个警告，涉及 2 个文件`.
 */
export function formatRunSummary(
  diagnostics: readonly Diagnostic[],
  fileCount: number,
  language: SummaryLanguage,
): string {
  let errors = 0;
  let warnings = 0;
  const files = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else warnings++;
    files.add(diagnostic.file);
  }
  if (language === 'zh-CN') {
    if (errors + warnings === 0) return `✔ ${fileCount} 个文件，没有问题\n`;
    const parts = [...(errors > 0 ? [`${errors} 个错误`] : []), ...(warnings > 0 ? [`${warnings} 个警告`] : [])];
    return `${errors > 0 ? '✖' : '⚠'} ${parts.join('，')}，涉及 ${files.size} 个文件\n`;
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors + warnings === 0) return `✔ ${count(fileCount, 'file')}, no problems\n`;
  const parts = [
    ...(errors > 0 ? [count(errors, 'error')] : []),
    ...(warnings > 0 ? [count(warnings, 'warning')] : []),
  ];
  return `${errors > 0 ? '✖' : '⚠'} ${parts.join(', ')} in ${count(files.size, 'file')}\n`;
}
