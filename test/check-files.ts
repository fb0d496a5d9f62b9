import path from 'node:path';
import { configSchema, type ConfigInput } from '../src/config/config-schema.js';
import { isoDate } from '../src/config/today.js';
import { compareStrings, sortDiagnostics, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { setLocale, type Locale } from '../src/i18n/locale.js';
import { checkOrganisation } from '../src/lint/check-organisation.js';
import { resolveRules } from '../src/lint/resolve-rules.js';
import { loadDocuments } from '../src/per-file/load-documents.js';
import { decodeSource } from '../src/per-file/read-source.js';
import { RULES } from '../src/rules/registry.js';
import { createRoleSchema } from '../src/schema/role-schema.js';
import { validateDocument } from '../src/validate/validate-document.js';

export interface CheckFilesOptions {
  config?: ConfigInput;
  /** Keep only this rule's diagnostics. */
  rule?: string;
  /** Paths to check, relative to the project (default: all). */
  targets?: string[];
  /** Which rules run after the schema (default: graph rules, as `roles xref`). */
  kinds?: ReadonlySet<'document' | 'graph'>;
  /** The language of the messages (default: English; the setup file resets it before each test). */
  locale?: Locale;
}

/**
 * Runs the engine over files held in memory (path → text, relative to the project folder), as
 * `roles xref` would over the same files on disk: the per-file stage (`loadDocuments`, reading
 * from the map instead of the disk) and the organisation stage (`checkOrganisation`), then the
 * files in scope, sorted. Returns compact `file:line:col rule message` strings. Nothing is written,
 * so ten thousand files cost no disk and leave nothing behind.
 */
export function checkFiles(files: Record<string, string>, options: CheckFilesOptions = {}): string[] {
  return checkFilesFull(files, options).map(compact);
}

/** The project folder the in-memory files pretend to live in. */
const ROOT = '/project';

/** Like `checkFiles`, with the whole diagnostics (related locations included). */
export function checkFilesFull(files: Record<string, string>, options: CheckFilesOptions = {}): Diagnostic[] {
  if (options.locale) setLocale(options.locale);
  const config = configSchema.parse(options.config ?? {});
  const kinds = options.kinds ?? new Set(['graph'] as const);
  const today = isoDate(new Date());
  const resolver = resolveRules(RULES, config, ROOT, ROOT);
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  // The role folders' Markdown files, in display-path order, as `findFiles` lists them.
  const inFolders = (file: string) =>
    file.endsWith('.md') && config.roles.some((folder) => file.startsWith(`${path.posix.normalize(folder)}/`));
  const paths = Object.keys(files).filter(inFolders).sort(compareStrings);
  const loaded = loadDocuments(
    paths.map((file) => `${ROOT}/${file}`),
    ROOT,
    {
      maxFileSize: config.maxFileSize,
      read: (absolutePath) => decodeSource(Buffer.from(files[absolutePath.slice(ROOT.length + 1)]!)),
      validate: (document) => validateDocument(document, roleSchema),
      ...(kinds.has('document') ? { lint: { resolver, config, today } } : {}),
    },
  );
  const checked = checkOrganisation({
    documents: loaded.documents,
    diagnostics: loaded.diagnostics,
    lint: loaded.lint,
    inScope: new Set(options.targets ?? paths),
    resolver,
    config,
    today,
    kinds,
  });
  return sortDiagnostics(
    checked.diagnostics.filter(
      (d) => checked.inScope.has(d.file) && (options.rule === undefined || d.rule === options.rule),
    ),
  );
}

export function compact(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`;
}

const ROLE_DEFAULTS: Array<[key: string, value: (id: string) => string]> = [
  ['title', (id) => `岗位 ${id}`],
  ['department', () => 'center'],
  ['job_level', () => '主管'],
  ['purpose', () => '测试。'],
  ['status', () => 'approved'],
];
const DEPARTMENT_DEFAULTS: Array<[key: string, value: (id: string) => string]> = [
  ['kind', () => 'department'],
  ['name', (id) => `部门 ${id}`],
  ['status', () => 'approved'],
];

/**
 * Files for `checkFiles`, one per front matter given (its first line `id: x` names the file
 * `roles/x.md`). The lines given come first, from line 2, so positions are easy to read;
 * required keys they leave out follow with defaults. A front matter with `kind: department` or
 * `name:` is a department and gets the department defaults instead.
 */
export function project(...frontMatters: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const frontMatter of frontMatters) {
    const id = /^id: *(.*)$/m.exec(frontMatter)?.[1]?.trim() ?? 'unnamed';
    const isDepartment = /^(kind: *department|name:)/m.test(frontMatter);
    const defaults = isDepartment ? DEPARTMENT_DEFAULTS : ROLE_DEFAULTS;
    const missing = defaults
      .filter(([key]) => !new RegExp(`^${key}:`, 'm').test(frontMatter))
      .map(([key, value]) => `${key}: ${value(id)}\n`);
    const body = isDepartment ? '## 部门职责\n\n1. 测试。\n' : '## 职责任务\n\n1. 测试。\n';
    files[`roles/${id}.md`] = `---\n${frontMatter.replace(/\n?$/, '\n')}${missing.join('')}---\n\n${body}`;
  }
  return files;
}
