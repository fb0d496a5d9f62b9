import path from 'node:path';
import type { Config } from '../config/config-schema.js';
import type { Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';
import { parseDocument } from '../parse/parse-document.js';
import { createRoleSchema, departmentSchema, idSchema } from '../schema/role-schema.js';
import { schemaFields } from '../schema/schema-fields.js';
import { titleToId } from '../text/title-to-id.js';
import { UsageError } from '../usage-error.js';
import type { PlannedWrite } from '../write/write-planned.js';
import { didYouMean } from '../text/did-you-mean.js';
import { validateDocument } from '../validate/validate-document.js';
import { addListItem } from './add-list-item.js';
import type { TemplateLanguage } from '../i18n/field-hints.js';
import { renderTemplate } from './render-template.js';
import { t, tIn } from '../i18n/t.js';

/** A new role, with every reference already resolved to an id. */
export interface NewRole {
  kind: 'role';
  title: string;
  titleEn?: string;
  id?: string;
  department: string;
  reportsTo: string;
  level: string;
  purpose?: string;
}

/** A new department. */
export interface NewDepartment {
  kind: 'department';
  title: string;
  titleEn?: string;
  id?: string;
  parent?: string;
  head?: string;
}

/** What the project looks like, as `run` loaded it. */
export interface Project {
  cwd: string;
  root: string;
  config: Config;
  documents: readonly Document[];
  graph: Graph;
}

export interface NewFilePlan {
  id: string;
  writes: PlannedWrite[];
  /** The superior whose `direct_reports` gets the new id, when it keeps that list. */
  updatedSuperior?: string;
}

/**
 * Plans a new role or department file: its id (given, or from the title), its folder (where the
 * department's files already are), its text from the template, and for a role the superior's
 * `direct_reports` when that file keeps one. Checks that the new file passes the schema.
 */
export function planNewFile(
  project: Project,
  request: NewRole | NewDepartment,
  language: TemplateLanguage,
): NewFilePlan {
  const id = request.id ?? titleToId(request.title, request.titleEn);
  if (id === undefined) throw new UsageError(t('authoring.titleWithoutLetters', { title: request.title }));
  if (!idSchema.safeParse(id).success) throw new UsageError(t('authoring.idNotKebab', { id }));
  const existing = project.graph.declarations.get(id);
  if (existing) throw new UsageError(t('authoring.idTaken', { id, file: existing.document.file }));

  const folder = request.kind === 'role' ? roleFolder(project, request.department) : departmentFolder(project);
  const file = path.join(folder, `${id}.md`);
  const display = toPosix(path.relative(project.cwd, file));
  if (project.documents.some((document) => document.absolutePath === file))
    throw new UsageError(t('authoring.fileExists', { file: display }));

  const sections = Object.entries(project.config.sections);
  const requiredSections = sections
    .filter(([, section]) => section.required.includes(request.kind))
    .map(([name]) => name);
  const optionalSections = sections
    .filter(
      ([name, section]) =>
        !section.required.includes(request.kind) && (request.kind === 'department') === isDepartmentSection(name),
    )
    .map(([name]) => name);
  const content =
    request.kind === 'role'
      ? renderTemplate({
          kind: 'role',
          fields: schemaFields(createRoleSchema(project.config.levels as [string, ...string[]])),
          values: {
            id,
            title: request.title,
            title_en: request.titleEn,
            department: request.department,
            reports_to: request.reportsTo,
            job_level: checkLevel(project.config.levels, request.level),
            purpose: request.purpose ?? tIn(language, 'authoring.draftPurpose', { title: request.title }),
            status: 'draft',
          },
          requiredSections,
          optionalSections,
          language,
        })
      : renderTemplate({
          kind: 'department',
          fields: schemaFields(departmentSchema),
          values: {
            kind: 'department',
            id,
            name: request.title,
            name_en: request.titleEn,
            parent: request.parent,
            head: request.head,
            status: 'draft',
          },
          requiredSections,
          optionalSections,
          language,
        });
  checkValid(project, file, display, content);

  const writes: PlannedWrite[] = [{ file, display, content, original: null }];
  let updatedSuperior: string | undefined;
  if (request.kind === 'role') {
    const superior = project.graph.roles.get(request.reportsTo)?.document;
    const updated = superior && addListItem(superior, 'direct_reports', id);
    if (superior && updated !== undefined) {
      writes.push({
        file: superior.absolutePath,
        display: superior.file,
        content: superior.bom ? `\ufeff${updated}` : updated,
        original: superior.bom ? `\ufeff${superior.text}` : superior.text,
      });
      updatedSuperior = request.reportsTo;
    }
  }
  return { id, writes, ...(updatedSuperior ? { updatedSuperior } : {}) };
}

/** Department sections are the ones only departments require (部门职责) and 组织机构, which both kinds may have. */
function isDepartmentSection(name: string): boolean {
  return name === '部门职责' || name === '组织机构';
}

function checkLevel(levels: readonly string[], level: string): string {
  if (levels.includes(level)) return level;
  const near = didYouMean(level, levels);
  const hint = near
    ? t('didYouMean', { candidates: `\`${near}\`` })
    : t('authoring.expectedOneOf', { items: levels.map((l) => `\`${l}\``).join(t('list.separator')) });
  throw new UsageError(t('authoring.unknownLevel', { level, hint }));
}

/** The folder most of the department's roles are in; else `<roles>/<department>`. */
export function roleFolder(project: Pick<Project, 'graph' | 'root' | 'config'>, department: string): string {
  const members = project.graph.members.get(department) ?? [];
  const folder = mostCommon(members.map((member) => path.dirname(member.document.absolutePath)));
  return folder ?? path.join(firstRolesFolder(project), department);
}

/** The folder most department files are in; else `<roles>/departments`. */
function departmentFolder(project: Project): string {
  const folder = mostCommon(
    [...project.graph.departments.values()].map((node) => path.dirname(node.document.absolutePath)),
  );
  return folder ?? path.join(firstRolesFolder(project), 'departments');
}

function firstRolesFolder(project: Pick<Project, 'root' | 'config'>): string {
  const entry = project.config.roles.find((candidate) => !/[*?[{]/.test(candidate)) ?? 'roles';
  return path.resolve(project.root, entry);
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts)
    if (best === undefined || count > counts.get(best)! || (count === counts.get(best) && value < best)) best = value;
  return best;
}

/** A template that fails the schema is a bug here, not the user's: say so before writing anything. */
function checkValid(project: Project, file: string, display: string, content: string): void {
  const { document, diagnostics } = parseDocument(display, file, content, false);
  const problems = [
    ...diagnostics,
    ...validateDocument(document, createRoleSchema(project.config.levels as [string, ...string[]])),
  ];
  if (problems.length > 0) throw new Error(`new file does not pass the schema: ${problems[0]!.message}`);
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
