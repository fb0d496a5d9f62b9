import { compareStrings, type Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * JUnit XML as CI servers read it: one `<testsuite>` per file, one failing `<testcase>` per
 * diagnostic (warnings included, so they show up), and one passing `<testcase>` for a clean file.
 * `files` are the files checked; a diagnostic on any other path (a skipped symlink) adds its own suite.
 */
export function formatJunit(diagnostics: Diagnostic[], files: readonly string[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of files) byFile.set(file, []);
  for (const d of diagnostics)
    byFile
      .set(d.file, byFile.get(d.file) ?? [])
      .get(d.file)!
      .push(d);
  const suites = [...byFile.keys()].sort(compareStrings).map((file) => {
    const items = byFile.get(file)!;
    const cases =
      items.length === 0
        ? [`    <testcase classname="${attribute(file)}" name="${attribute(file)}"/>`]
        : items.map((d) => {
            // Rule and message id, not the text, name the case: the same in every language.
            const name = `${d.line}:${d.column} ${d.rule}${d.messageId ? `/${d.messageId}` : ''}`;
            const related = (d.related ?? []).map((r) => `\n${r.file}:${r.line}:${r.column} ${r.message}`).join('');
            return [
              `    <testcase classname="${attribute(file)}" name="${attribute(name)}">`,
              `      <failure type="${attribute(d.rule)}" message="${attribute(d.message)}">${text(`${d.severity}: ${file}:${d.line}:${d.column} ${d.message}${related}`)}</failure>`,
              '    </testcase>',
            ].join('\n');
          });
    const tests = Math.max(items.length, 1);
    return [
      `  <testsuite name="${attribute(file)}" tests="${tests}" failures="${items.length}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = [...byFile.values()].reduce((sum, items) => sum + Math.max(items.length, 1), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="roles" tests="${tests}" failures="${diagnostics.length}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** Characters XML 1.0 cannot hold at all (control characters other than tab, LF, CR; lone surrogates). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values also escape quotes, and line breaks so parsers do not normalise them to spaces. */
function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
