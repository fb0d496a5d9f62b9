import { z } from 'zod';
import type { Config } from '../config/config-schema.js';
import { t } from '../i18n/t.js';
import type { Declaration, Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';
import { createRoleSchema, departmentSchema, EDUCATION_LEVELS, STATUSES } from '../schema/role-schema.js';
import { matchTitle } from './match-title.js';

/** One completion, in document offsets; the server turns it into an LSP item. */
export interface Completion {
  label: string;
  /** What replaces `start..end`. */
  insert: string;
  start: number;
  end: number;
  detail?: string;
  documentation?: string;
  kind: 'id' | 'value' | 'key' | 'section';
  /** Order among the results, best first. */
  sort: number;
}

export interface CompletionResult {
  items: Completion[];
  /** More would match: the client asks again as the user types. */
  incomplete: boolean;
}

/** Where the cursor is in the front matter, read from the lines above it so a half-written file works. */
interface FrontMatterContext {
  /** The key path of the value being written (`['collaboration', 'internal']`), or of the map a key is written in. */
  path: string[];
  /** A key is being written, rather than a value. */
  key: boolean;
  /** What was typed so far, and where it starts. */
  typed: string;
  start: number;
}

const ID_FIELDS: Record<string, Array<Declaration['kind']>> = {
  reports_to: ['role'],
  direct_reports: ['role'],
  career_path: ['role'],
  department: ['department'],
  'collaboration.internal': ['role', 'department'],
  parent: ['department'],
  head: ['role'],
};

const MAX_IDS = 50;

/**
 * Completion at an offset: ids (shown by title, level and department, matched on title, pinyin
 * initials or id) in reference fields, values of enum fields, keys the schema knows, and the
 * configured section headings in the body.
 */
export function complete(document: Document, offset: number, graph: Graph, config: Config): CompletionResult {
  const text = document.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const inFrontMatter =
    text.startsWith('---') && lineStart > 0 && (document.bodyOffset === 0 || offset < document.bodyOffset);
  const isDepartment = (document.frontMatter?.data as { kind?: unknown } | undefined)?.kind === 'department';
  if (!inFrontMatter)
    return { items: headings(document, before, lineStart, offset, config, isDepartment), incomplete: false };
  const context = frontMatterContext(text, lineStart, before);
  if (!context) return { items: [], incomplete: false };
  const end = wordEnd(text, offset);
  if (context.key) return { items: keys(context, end, isDepartment, config), incomplete: false };
  const field = context.path.join('.');
  const kinds = ID_FIELDS[field];
  if (kinds && (isDepartment ? ['parent', 'head'] : ['parent', 'head'].every((f) => f !== field)))
    return ids(graph, context, end, kinds);
  return {
    items: enumValues(field, config).map((value, sort) => ({ ...value, start: context.start, end, sort })),
    incomplete: false,
  };
}

function ids(
  graph: Graph,
  context: FrontMatterContext,
  end: number,
  kinds: Array<Declaration['kind']>,
): CompletionResult {
  const { candidates, complete } = matchTitle(graph, context.typed, kinds, MAX_IDS);
  const items = candidates.map(({ declaration, title }, sort): Completion => {
    const role = graph.roles.get(declaration.id)?.role;
    const department = role ? (graph.declarations.get(role.department)?.names[0] ?? role.department) : undefined;
    return {
      label: title,
      insert: declaration.id,
      start: context.start,
      end,
      detail: [declaration.id, role?.job_level, department].filter(Boolean).join(' · '),
      documentation: declaration.document.file,
      kind: 'id',
      sort,
    };
  });
  return { items, incomplete: !complete || context.typed !== '' };
}

function enumValues(field: string, config: Config): Array<Omit<Completion, 'start' | 'end' | 'sort'>> {
  const values = (list: readonly string[], detail?: (value: string) => string | undefined) =>
    list.map((value) => ({
      label: value,
      insert: value,
      kind: 'value' as const,
      ...(detail?.(value) ? { detail: detail(value)! } : {}),
    }));
  switch (field) {
    case 'job_level':
    case 'requirements.experience.alternative.level':
      return values(config.levels, (value) =>
        t('lsp.completion.level', { rank: config.levels.indexOf(value) + 1, count: config.levels.length }),
      );
    case 'status':
      return values(STATUSES, (value) => ({ draft: '草稿', approved: '已批准', retired: '已停用' })[value]);
    case 'requirements.education.minimum':
    case 'requirements.education.preferred':
      return values(EDUCATION_LEVELS);
    case 'kind':
      return values(['role', 'department']);
    default:
      return [];
  }
}

function keys(context: FrontMatterContext, end: number, isDepartment: boolean, config: Config): Completion[] {
  let schema: z.ZodType = isDepartment ? departmentSchema : createRoleSchema(config.levels as [string, ...string[]]);
  for (const segment of context.path) {
    const shape = objectShape(schema);
    const next = shape?.[segment];
    if (!next) return [];
    schema = next;
  }
  const shape = objectShape(schema);
  if (!shape) return [];
  return Object.entries(shape).map(([key, value], sort) => ({
    label: key,
    insert: `${key}: `,
    start: context.start,
    end,
    ...(value.description ? { detail: value.description } : {}),
    kind: 'key',
    sort,
  }));
}

/** The fields of an object schema, looking through `optional`. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current instanceof z.ZodObject ? current.shape : undefined;
}

function headings(
  document: Document,
  before: string,
  lineStart: number,
  offset: number,
  config: Config,
  isDepartment: boolean,
): Completion[] {
  if (!/^#{1,6}[^\S\n]*[^#\n]*$/.test(before)) return [];
  const present = new Set<string>();
  for (const match of document.body.matchAll(/^##[^\S\n]+(.+?)[^\S\n]*$/gm)) present.add(match[1]!);
  const kind = isDepartment ? 'department' : 'role';
  return (
    Object.entries(config.sections)
      // A section only the other kind of file must have (部门职责 for a department) is not offered.
      .filter(
        ([title, section]) => !present.has(title) && (section.required.length === 0 || section.required.includes(kind)),
      )
      .map(([title, section], sort) => ({
        label: `## ${title}`,
        insert: `## ${title}`,
        start: lineStart,
        end: wordEnd(document.text, offset),
        ...(section.aliases.length > 0 ? { detail: section.aliases.join('、') } : {}),
        kind: 'section',
        sort,
      }))
  );
}

/** The end of the word under the cursor, so a completion replaces all of it. */
function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && !/[\s,\]"']/.test(text[end]!)) end++;
  return end;
}

/**
 * Reads the key path from the indentation of the lines above: `  - ` items belong to the
 * nearest key above with no deeper indentation, a key to the nearest key above with less.
 */
function frontMatterContext(text: string, lineStart: number, before: string): FrontMatterContext | undefined {
  let path: string[];
  let indent: number;
  let typed: string;
  let key = false;
  const item = /^(\s*)-\s+(?:(["']?)([^"'\n]*))?$/.exec(before) ?? /^(\s*)-()()$/.exec(before);
  const value =
    /^(\s*)([A-Za-z_][\w-]*):\s+(["']?)([^"'\n]*)$/.exec(before) ?? /^(\s*)([A-Za-z_][\w-]*):()()$/.exec(before);
  const bareKey = /^(\s*)([A-Za-z_][\w-]*)?$/.exec(before);
  if (item) {
    indent = item[1]!.length;
    typed = item[3] ?? '';
    path = parents(text, lineStart, indent, true);
    if (path.length === 0) return undefined;
  } else if (value) {
    indent = value[1]!.length;
    typed = value[4] ?? '';
    path = [...parents(text, lineStart, indent, false), value[2]!];
  } else if (bareKey) {
    indent = bareKey[1]!.length;
    typed = bareKey[2] ?? '';
    path = parents(text, lineStart, indent, false);
    key = true;
  } else {
    return undefined;
  }
  return { path, key, typed, start: lineStart + before.length - typed.length };
}

function parents(text: string, lineStart: number, indent: number, forItem: boolean): string[] {
  const path: string[] = [];
  let limit = forItem ? indent + 1 : indent;
  let end = lineStart - 1;
  while (end > 0 && limit > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line === '---') break;
    const match = /^(\s*)([A-Za-z_][\w-]*):\s*(#.*)?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length;
    if (depth < limit) {
      path.unshift(match[2]!);
      limit = depth;
    }
  }
  return path;
}
