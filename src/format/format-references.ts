import { locateValue } from '../parse/locate.js';
import { displayWidth, padEnd } from '../text/display-width.js';
import type { ReferenceList } from '../graph/list-references.js';
import { t } from '../i18n/t.js';
import { countOf } from '../i18n/count-of.js';

/** `file:line:col  field` per reference, aligned, then a summary line; or one JSON object. */
export function formatReferences(list: ReferenceList, format: 'stylish' | 'json'): string {
  const rows = list.references.map((reference) => {
    const from = reference.document.lines.position(reference.start);
    const to = reference.document.lines.position(reference.end);
    return { reference, from, to, location: `${reference.document.file}:${from.line}:${from.column}` };
  });
  const files = new Set(list.references.map((reference) => reference.document.file)).size;
  const declaration = list.declaration;
  const declaredAt = declaration
    ? declaration.document.lines.position(locateValue(declaration.document, ['id'])?.start ?? 0)
    : undefined;
  if (format === 'json') {
    const output = {
      id: list.id,
      declaration: declaration
        ? {
            kind: declaration.kind,
            file: declaration.document.file,
            line: declaredAt!.line,
            column: declaredAt!.column,
          }
        : null,
      references: rows.map(({ reference, from, to }) => ({
        file: reference.document.file,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        field: reference.field,
        from: reference.from ?? null,
      })),
      summary: { references: rows.length, files },
    };
    return `${JSON.stringify(output, null, 2)}\n`;
  }
  const what = declaration
    ? t('format.refs.declared', {
        id: list.id,
        where: [declaration.names[0], `${declaration.document.file}:${declaredAt!.line}:${declaredAt!.column}`]
          .filter(Boolean)
          .join(t('format.separator')),
      })
    : t('format.refs.undeclared', { id: list.id });
  if (rows.length === 0) return `${t('format.refs.none', { what })}\n`;
  const width = rows.reduce((widest, row) => Math.max(widest, displayWidth(row.location)), 0);
  const lines = rows.map(({ reference, location }) => `${padEnd(location, width)}  ${reference.field}`);
  const summary = t(rows.length === 1 ? 'format.refs.summary.one' : 'format.refs.summary.other', {
    count: rows.length,
    what,
    files: countOf(files, 'format.files'),
  });
  return `${lines.join('\n')}\n\n${summary}\n`;
}
