import { splitFrontMatter } from '../parse/split-front-matter.js';
import type { SchemaField } from '../schema/schema-fields.js';
import { formatBody } from './format-body.js';
import { formatFrontMatter } from './format-front-matter.js';
import { t } from '../i18n/t.js';

/** The key orders `formatFile` sorts by: the role and department schemas' fields. */
export interface FormatSchemas {
  role: readonly SchemaField[];
  department: readonly SchemaField[];
}

export type Formatted = { ok: true; text: string } | { ok: false; reason: string };

/**
 * A role or department file in canonical form (text without BOM in, the same out): front matter
 * as `formatFrontMatter` writes it, one blank line, the body as `formatBody` writes it, in the
 * file's own line endings. A file whose front matter cannot be read is refused, not guessed at.
 */
export function formatFile(text: string, schemas: FormatSchemas): Formatted {
  const eol = dominantEol(text);
  const lf = text.replace(/\r\n/g, '\n');
  if (lf.includes('\r')) return { ok: false, reason: t('authoring.fmt.loneCr') };
  const split = splitFrontMatter(lf);
  if (split.kind !== 'ok') {
    if (split.kind !== 'missing') return { ok: false, reason: t('authoring.fmt.frontMatter') };
    return { ok: true, text: withEol(formatBody(lf), eol) };
  }
  const isDepartment = /^kind:[ \t]*['"]?department['"]?[ \t]*(?:#.*)?$/m.test(split.yaml);
  const yaml = formatFrontMatter(split.yaml, isDepartment ? schemas.department : schemas.role);
  if (yaml === undefined) return { ok: false, reason: t('authoring.fmt.yamlErrors') };
  const body = split.body.trim() === '' ? '' : `\n${formatBody(split.body)}`;
  return { ok: true, text: withEol(`---\n${yaml}---\n${body}`, eol) };
}

function dominantEol(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

function withEol(text: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? text : text.replace(/\n/g, '\r\n');
}
