import type { Config } from '../config/config-schema.js';
import { canonicalSection, outline } from '../parse/sections.js';
import type { Source } from '../per-file/read-source.js';
import type { Document } from '../parse/document.js';
import { parseDocument } from '../parse/parse-document.js';
import { createRoleSchema, type Department, type Role } from '../schema/role-schema.js';
import { validateDocument } from '../validate/validate-document.js';
import type { Entity, OrgVersion, SkippedFile } from './org-diff.js';

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
 * listed as skipped with the reason, so a broken file never vanishes from the diff silently.
 */
export function loadVersion(label: string, files: readonly VersionFile[], config: Config): OrgVersion {
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  const roles = new Map<string, Entity<Role>>();
  const departments = new Map<string, Entity<Department>>();
  const skipped: SkippedFile[] = [];
  for (const { file, absolutePath, source } of [...files].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  )) {
    if (source.kind === 'problem') {
      skipped.push({ file, reason: source.message });
      continue;
    }
    const { document, diagnostics } = parseDocument(file, absolutePath, source.text, source.bom);
    const problems = [...diagnostics, ...validateDocument(document, roleSchema)];
    const id = document.role?.id ?? document.department?.id;
    if (id === undefined) {
      skipped.push({
        file,
        reason: `${problems[0]?.message ?? 'Unexpected file, expected a role or department'} (\`roles check\` says more)`,
      });
      continue;
    }
    const target: Map<string, Entity<Role | Department>> = document.role ? roles : departments;
    const other = roles.get(id) ?? departments.get(id);
    if (other) {
      skipped.push({
        file,
        reason: `Unexpected duplicate id \`${id}\`, expected each id once (also in \`${other.file}\`)`,
      });
      continue;
    }
    target.set(id, {
      id,
      file,
      value: (document.role ?? document.department)!,
      sections: readSections(document, config),
    });
  }
  return { label, roles, departments, skipped };
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
