import { localized, t } from '../i18n/t.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, type Document } from '../parse/document.js';
import { locateValue } from '../parse/locate.js';

/**
 * Every file that declares an id already taken is reported, each naming the others. With `only`,
 * just those files are reported (the others are still searched for the same ids).
 */
export function checkDuplicateIds(documents: readonly Document[], only?: ReadonlySet<Document>): Diagnostic[] {
  const wanted = only && new Set([...only].map((document) => document.role?.id ?? document.department?.id));
  const byId = new Map<string, Document[]>();
  for (const document of documents) {
    const id = document.role?.id ?? document.department?.id;
    if (id && (!wanted || wanted.has(id)))
      byId
        .set(id, byId.get(id) ?? [])
        .get(id)!
        .push(document);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [id, owners] of byId) {
    if (owners.length < 2) continue;
    for (const document of owners) {
      if (only && !only.has(document)) continue;
      const others = owners.filter((other) => other !== document);
      const location = locateValue(document, ['id'])!;
      const diagnostic = diagnosticAt(
        document,
        location.start,
        location.end,
        'duplicate-id',
        localized('core.duplicateId', {
          id,
          others: others.map((other) => `\`${other.file}\``).join(t('list.separator')),
        }),
      );
      diagnostic.related = others.map((other) => {
        const at = locateValue(other, ['id'])!;
        const position = other.lines.position(at.start);
        return {
          file: other.file,
          line: position.line,
          column: position.column,
          message: t('core.alsoDeclared', { id }),
        };
      });
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics;
}
