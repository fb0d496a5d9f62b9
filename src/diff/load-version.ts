import type { Config } from '../config/config-schema.js';
import { canonicalSection, outline } from '../parse/sections.js';
import type { Source } from '../per-file/read-source.js';
import type { Document } from '../parse/document.js';
import { parseDocument } from '../parse/parse-document.js';
import { createRoleSchema, type Department, type Role } from '../schema/role-schema.js';
import { validateDocument } from '../validate/validate-document.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { t } from '../i18n/t.js';
import type { Entity, InvalidFile, OrgVersion } from './org-diff.js';

/** A file of one version, before parsing. */
export interface VersionFile {
  /** Display path, relative to the working directory. */
  file: string;
  absolutePath: string;
  source: Source;
}

/**
 * Parses and validates one version's files with the same loader and schema as `roles check`
 * (nothing is ever executed), keeping the roles and departments that pass. Every other file is
 * kept as invalid with the id and name it seems to declare and its first problem, so a file that
 * breaks is never mistaken for a role that was deleted.
 */
export function loadVersion(label: string, files: readonly VersionFile[], config: Config): OrgVersion {
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  const roles = new Map<string, Entity<Role>>();
  const departments = new Map<string, Entity<Department>>();
  const invalid: InvalidFile[] = [];
  for (const { file, absolutePath, source } of [...files].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  )) {
    if (source.kind === 'problem') {
      invalid.push({
        file,
        id: null,
        name: null,
        problem: { line: source.line ?? 1, column: source.column ?? 1, rule: source.rule, message: source.message },
      });
      continue;
    }
    const { document, diagnostics } = parseDocument(file, absolutePath, source.text, source.bom);
    const problems = [...diagnostics, ...validateDocument(document, roleSchema)].filter((d) => d.severity === 'error');
    const id = document.role?.id ?? document.department?.id;
    const other = id === undefined ? undefined : (roles.get(id) ?? departments.get(id));
    if (id === undefined || other) {
      const data = document.frontMatter?.data;
      const raw = (key: string) => {
        const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
        return typeof value === 'string' && value !== '' ? value : null;
      };
      const first = problems.sort(compareDiagnostics)[0];
      invalid.push({
        file,
        id: id ?? raw('id'),
        name: raw('title') ?? raw('name'),
        problem: first
          ? { line: first.line, column: first.column, rule: first.rule, message: first.message }
          : {
              line: 1,
              column: 1,
              rule: 'duplicate-id',
              message: t('diff.duplicateId', { id: id!, file: other!.file }),
            },
      });
      continue;
    }
    const target: Map<string, Entity<Role | Department>> = document.role ? roles : departments;
    target.set(id, {
      id,
      file,
      value: (document.role ?? document.department)!,
      sections: readSections(document, config),
    });
  }
  return { label, roles, departments, invalid };
}

/** Each `##` section under its canonical name, its text with trailing spaces and blank edges removed. */
function readSections(document: Document, config: Config): Map<string, string> | undefined {
  const parsed = outline(document);
  if (!parsed) return undefined;
  const sections = new Map<string, string>();
  for (const section of parsed.sections) {
    const name = canonicalSection(config, section.title) ?? section.title;
    const first = section.blocks[0];
    const last = section.blocks.at(-1);
    const text =
      first && last
        ? document.text.slice(
            first.position!.start.offset! + document.bodyOffset,
            last.position!.end.offset! + document.bodyOffset,
          )
        : '';
    const normalised = text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
    // A section written twice is compared as one.
    sections.set(name, sections.has(name) ? `${sections.get(name)}\n\n${normalised}` : normalised);
  }
  return sections;
}
