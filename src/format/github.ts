import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * GitHub Actions workflow commands, one per diagnostic, which GitHub turns into annotations on
 * the pull request's changed lines: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`.
 * Related locations follow the message on lines of their own.
 */
export function formatGithub(diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [
        ['file', d.file],
        ['line', String(d.line)],
        ['col', String(d.column)],
        ['endLine', String(d.endLine)],
        ['endColumn', String(d.endColumn)],
        ['title', d.rule],
      ]
        .map(([key, value]) => `${key}=${escapeProperty(value!)}`)
        .join(',');
      const related = (d.related ?? []).map((r) => `\n↳ ${r.file}:${r.line}:${r.column} ${r.message}`).join('');
      return `::${d.severity} ${properties}::${escapeData(d.message + related)}\n`;
    })
    .join('');
}

/** The escaping of GitHub's runner (`toCommandValue` in @actions/core): `%`, CR and LF. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also escape the `:` and `,` that separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
