import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, type Document } from '../parse/document.js';
import { locateKey, locateOrStart, locateValue, type PathSegment } from '../parse/locate.js';
import { createRoleSchema, departmentSchema } from '../schema/role-schema.js';
import { clearBest, didYouMean } from '../text/did-you-mean.js';
import { titleToId } from '../text/title-to-id.js';
import { localized, t, type Localized } from '../i18n/t.js';
import { fieldHint } from '../i18n/field-hints.js';
import { getLocale } from '../i18n/locale.js';

type Schema = z.ZodType;

/** Checks a document's front matter against its schema; on success sets `role` or `department`. */
export function validateDocument(document: Document, roleSchema: ReturnType<typeof createRoleSchema>): Diagnostic[] {
  const frontMatter = document.frontMatter;
  if (frontMatter?.data === undefined) return [];
  const data = frontMatter.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const location = locateOrStart(document, []);
    return [
      diagnosticAt(
        document,
        location.start,
        location.end,
        'schema-invalid-value',
        localized('core.frontMatterType', { type: typeName(data) }),
      ),
    ];
  }
  const isDepartment = (data as { kind?: unknown }).kind === 'department';
  const schema: Schema = isDepartment ? departmentSchema : roleSchema;
  const result = schema.safeParse(data);
  const diagnostics: Diagnostic[] = [];
  if (result.success) {
    if (isDepartment) document.department = result.data as Document['department'];
    else document.role = result.data as Document['role'];
  } else {
    for (const issue of result.error.issues) {
      if (isConsequenceOfTypo(data, issue)) continue;
      for (const found of issueToDiagnostics(document, schema, data, issue)) diagnostics.push(found);
    }
  }
  for (const found of checkIdMatchesFileName(document, data)) diagnostics.push(found);
  return diagnostics;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkIdMatchesFileName(
  document: Document,
  data: { id?: unknown; title?: unknown; title_en?: unknown; name?: unknown },
): Diagnostic[] {
  const expected = path.basename(document.file, path.extname(document.file));
  if (typeof data.id !== 'string' || data.id === expected) return [];
  const location = locateValue(document, ['id'])!;
  return [diagnosticAt(document, location.start, location.end, 'id-matches-file', idMessage(data, data.id, expected))];
}

/**
 * When the file name cannot be an id (`网络安全主管.md`), telling people to match it only leads to
 * the next error: name a valid id instead, from `title_en` or the pinyin of the title.
 */
function idMessage(
  data: { title?: unknown; title_en?: unknown; name?: unknown },
  id: string,
  expected: string,
): Localized {
  if (ID.test(expected)) return localized('core.idMatchesFile', { id, expected });
  const title = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : undefined;
  const titleEn = typeof data.title_en === 'string' ? data.title_en : undefined;
  const fromTitle = title ? titleToId(title) : undefined;
  const suggestion =
    (titleEn ? titleToId(title ?? '', titleEn) : undefined) ?? fromTitle ?? (ID.test(id) ? id : titleToId(expected));
  if (!suggestion) return localized('core.idNotAscii', { file: `${expected}.md` });
  const source =
    titleEn && suggestion !== fromTitle
      ? t('core.idFromTitleEn')
      : title && suggestion === fromTitle
        ? t('core.idFromTitle', { title })
        : '';
  return localized('core.idMatchesAsciiFile', { file: `${expected}.md`, suggestion, source });
}

function issueToDiagnostics(document: Document, schema: Schema, data: unknown, issue: z.core.$ZodIssue): Diagnostic[] {
  const issuePath = issue.path as PathSegment[];
  const where = fieldName(issuePath);
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(shapeAt(schema, issuePath) ?? {});
    return issue.keys.map((key) => {
      const location = locateKey(document, [...issuePath, key]) ?? locateOrStart(document, issuePath);
      const suggestion = didYouMean(key, known);
      const where = inField(issuePath);
      const message = suggestion
        ? localized('core.unknownKeySuggest', { key, where, suggestion })
        : known.length > 0 && known.length <= 10
          ? localized('core.unknownKeyOneOf', { key, where, known: list(known) })
          : localized('core.unknownKey', { key, where });
      const diagnostic = diagnosticAt(document, location.start, location.end, 'schema-unknown-key', message);
      // Renaming onto a key the map already has would make a duplicate: suggest only a free one.
      const clear = clearBest(key, known);
      if (
        clear !== undefined &&
        valueAt(data, [...issuePath, clear]) === undefined &&
        locateKey(document, [...issuePath, key])
      )
        diagnostic.suggestion = { range: [location.start, location.end], text: clear };
      return diagnostic;
    });
  }
  const value = valueAt(data, issuePath);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const parent = issuePath.slice(0, -1);
    const location =
      parent.length === 0 ? { start: 0, end: 3 } : (locateKey(document, parent) ?? locateOrStart(document, parent));
    const description = describe(schema, issuePath);
    return [
      diagnosticAt(
        document,
        location.start,
        location.end,
        'schema-missing-key',
        localized('core.missingKey', {
          field: where,
          expected: expectedType(issue),
          description: description ? t('core.description', { text: description }) : '',
        }),
      ),
    ];
  }
  const location = locateOrStart(document, issuePath);
  const meant =
    issue.code === 'invalid_value' && typeof value === 'string' ? enumCandidate(value, issue.values) : undefined;
  const diagnostic = diagnosticAt(
    document,
    location.start,
    location.end,
    'schema-invalid-value',
    localized(value === null || typeof value === 'object' ? 'core.invalidKind' : 'core.invalidValue', {
      value: show(value),
      field: where,
      expected: expectation(issue, value, issuePath, schema),
    }),
  );
  if (meant !== undefined && locateValue(document, issuePath))
    diagnostic.suggestion = { range: [location.start, location.end], text: meant };
  return [diagnostic];
}

/** Chinese words people write for the English status values. */
const STATUS_WORDS: Record<string, string> = {
  草稿: 'draft',
  待审: 'draft',
  已批准: 'approved',
  批准: 'approved',
  已审批: 'approved',
  生效: 'approved',
  已停用: 'retired',
  停用: 'retired',
  废止: 'retired',
};

/** The enum value a wrong one clearly means: a Chinese status word, or the one value a slip away. */
function enumCandidate(value: string, values: readonly unknown[]): string | undefined {
  const allowed = values.map(String);
  const word = STATUS_WORDS[value.trim()];
  if (word !== undefined && allowed.includes(word)) return word;
  return clearBest(value, allowed);
}

function expectation(issue: z.core.$ZodIssue, value: unknown, issuePath: PathSegment[], schema: Schema): string {
  switch (issue.code) {
    case 'invalid_type': {
      const example = exampleOf(issue.expected, value, issuePath, schema);
      return example
        ? t('core.expectedExample', { what: expectedType(issue), example })
        : t('core.expected', { what: expectedType(issue) });
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const suggestion = typeof value === 'string' ? suggestValue(value, values) : undefined;
      return suggestion
        ? t('core.expectedOneOfSuggest', { values: list(values), suggestion })
        : t('core.expectedOneOf', { values: list(values) });
    }
    case 'invalid_union':
      return t('core.expectedTextOrNumber');
    case 'too_small':
      return isExpectation(issue.message)
        ? issue.message
        : t('core.expectedAtLeast', { minimum: String(issue.minimum) });
    case 'too_big':
      return isExpectation(issue.message)
        ? issue.message
        : t('core.expectedAtMost', { maximum: String(issue.maximum) });
    case 'invalid_format':
    case 'custom':
    default:
      return isExpectation(issue.message) ? issue.message : t('core.expected', { what: lowerFirst(issue.message) });
  }
}

function expectedType(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return t('core.oneOf', { values: list(issue.values.map(String)) });
  if (issue.code !== 'invalid_type') return t('core.type.value');
  const names: Record<string, () => string> = {
    string: () => t('core.type.text'),
    number: () => t('core.type.number'),
    int: () => t('core.type.int'),
    array: () => t('core.type.array'),
    object: () => t('core.type.object'),
    boolean: () => t('core.type.boolean'),
  };
  return names[issue.expected]?.() ?? issue.expected;
}

/**
 * The right shape, written with what the person typed: `education: 本科` → `education: { minimum: 本科 }`,
 * `skills: Excel` → `skills: [Excel]`. Jargon like "expected a map" helps no one who has not read YAML's spec.
 */
function exampleOf(expected: string, value: unknown, issuePath: PathSegment[], schema: Schema): string | undefined {
  const key = issuePath.at(-1);
  if (typeof key !== 'string') return undefined;
  const shown =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '…';
  if (expected === 'object') {
    const fields = Object.keys(shapeAt(schema, issuePath) ?? {});
    if (fields.length === 0) return undefined;
    const first = fields.includes('minimum') ? 'minimum' : fields[0]!;
    return `${key}: { ${first}: ${shown} }`;
  }
  if (expected === 'array') return `${key}: [${shown}]`;
  if (expected === 'number' || expected === 'int') {
    const digit = typeof value === 'string' && Object.hasOwn(CHINESE_DIGITS, value) ? CHINESE_DIGITS[value] : 3;
    return `${key}: ${digit}`;
  }
  return undefined;
}

/** `两` and `三` are numbers to a person, not to YAML: the example shows the digit they mean. */
const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
/** Chinese words people use for job levels and statuses that the ladder names otherwise. */
const LEVEL_WORDS: Record<string, string[]> = {
  主管: ['主任', '科长', '组长', '领班', '班长', '主管级'],
  经理: ['部长', '总监', '总经理', '部门经理', '经理级'],
  副经理: ['副部长', '副总监', '副主任', '副经理级'],
  专员: ['干事', '职员', '文员', '科员', '员工', '专员级'],
  助理: ['助手', '见习', '实习生', '助理级'],
  主办: ['主办级', '骨干'],
};

/** A value from the allowed list that a word probably means: a known synonym, then a near spelling. */
function suggestValue(word: string, values: string[]): string | undefined {
  for (const [level, words] of Object.entries(LEVEL_WORDS))
    if (values.includes(level) && words.includes(word)) return level;
  return didYouMean(word, values);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function fieldName(issuePath: PathSegment[]): string {
  return (
    issuePath
      .map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment))
      .join('.')
      .replace(/\.\[/g, '[') || '(front matter)'
  );
}

function inField(issuePath: PathSegment[]): string {
  return issuePath.length === 0 ? '' : t('core.inField', { field: fieldName(issuePath) });
}

function list(values: string[]): string {
  return values.map((value) => `\`${value}\``).join(t('list.separator'));
}

function show(value: unknown): string {
  if (value === null) return t('core.show.empty');
  if (Array.isArray(value)) return t('core.show.list');
  if (typeof value === 'object') return t('core.show.map');
  if (typeof value === 'string') return `\`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- lists and maps are handled above: a scalar is left
  return `\`${String(value)}\``;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'list' : typeof value;
}

function valueAt(data: unknown, issuePath: PathSegment[]): unknown {
  let current = data;
  for (const segment of issuePath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Walks the schema to the object shape at a path, for "did you mean" (zod's public classes, no internals). */
function shapeAt(schema: Schema, issuePath: PathSegment[]): Record<string, Schema> | undefined {
  let current: Schema | undefined = unwrap(schema);
  for (const segment of issuePath) {
    if (current instanceof z.ZodObject) current = unwrap((current.shape as Record<string, Schema>)[segment as string]);
    else if (current instanceof z.ZodArray) current = unwrap(current.element as Schema);
    else return undefined;
  }
  return current instanceof z.ZodObject ? current.shape : undefined;
}

function unwrap(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable)
    current = current.unwrap() as Schema;
  return current;
}

function describe(schema: Schema, issuePath: PathSegment[]): string | undefined {
  // The schema's own descriptions are English (they go into the JSON Schemas); Chinese readers get the field's hint.
  if (getLocale() === 'zh-CN') {
    const hint = fieldHint(issuePath.filter((segment) => typeof segment === 'string').join('.'), 'zh-CN');
    if (hint) return hint;
  }
  const parent = shapeAt(schema, issuePath.slice(0, -1));
  const field = parent?.[issuePath.at(-1) as string];
  return field?.description;
}

/** A message the schema words itself (from the catalogue): "expected …" / "应为 …", used as it is. */
function isExpectation(message: string): boolean {
  return message.startsWith('expected') || message.startsWith('应');
}

/**
 * `inferred: [reports_to]` beside the typo `report_to:`: the unknown key, reported with its
 * did-you-mean, is the cause; the path that names nothing is only its consequence.
 */
function isConsequenceOfTypo(data: object, issue: z.core.$ZodIssue): boolean {
  if (issue.code !== 'custom' || issue.path[0] !== 'inferred') return false;
  const path = valueAt(data, issue.path as PathSegment[]);
  if (typeof path !== 'string') return false;
  const first = path.split('.')[0]!;
  return !(first in data) && Object.keys(data).some((key) => didYouMean(key, [first]) === first);
}
