import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, type Document } from '../parse/document.js';
import { locateKey, locateOrStart, locateValue, type PathSegment } from '../parse/locate.js';
import { createRoleSchema, departmentSchema } from '../schema/role-schema.js';
import { clearBest, didYouMean } from '../text/did-you-mean.js';

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
        `Unexpected front matter of type ${typeName(data)}, expected a map of fields such as \`id: …\``,
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
    for (const issue of result.error.issues)
      for (const found of issueToDiagnostics(document, schema, data, issue)) diagnostics.push(found);
  }
  for (const found of checkIdMatchesFileName(document, data)) diagnostics.push(found);
  return diagnostics;
}

function checkIdMatchesFileName(document: Document, data: { id?: unknown }): Diagnostic[] {
  const expected = path.basename(document.file, path.extname(document.file));
  if (typeof data.id !== 'string' || data.id === expected) return [];
  const location = locateValue(document, ['id'])!;
  return [
    diagnosticAt(
      document,
      location.start,
      location.end,
      'id-matches-file',
      `Unexpected id \`${data.id}\`, expected \`${expected}\` to match the file name`,
    ),
  ];
}

function issueToDiagnostics(document: Document, schema: Schema, data: unknown, issue: z.core.$ZodIssue): Diagnostic[] {
  const issuePath = issue.path as PathSegment[];
  const where = fieldName(issuePath);
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(shapeAt(schema, issuePath) ?? {});
    return issue.keys.map((key) => {
      const location = locateKey(document, [...issuePath, key]) ?? locateOrStart(document, issuePath);
      const suggestion = didYouMean(key, known);
      const expected = suggestion
        ? `did you mean \`${suggestion}\`?`
        : known.length > 0 && known.length <= 10
          ? `expected one of ${list(known)}`
          : 'expected a field of the format (see `roles schema`)';
      const diagnostic = diagnosticAt(
        document,
        location.start,
        location.end,
        'schema-unknown-key',
        `Unexpected key \`${key}\`${inField(issuePath)}, ${expected}`,
      );
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
        `Missing required key \`${where}\`, expected ${expectedType(issue)}${description ? ` (${description})` : ''}`,
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
    `Unexpected ${show(value)} for \`${where}\`, ${expectation(issue)}${meant ? `: did you mean \`${meant}\`?` : ''}`,
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

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedType(issue)}`;
    case 'invalid_value':
      return `expected one of ${list(issue.values.map(String))}`;
    case 'invalid_union':
      return 'expected text or a number';
    case 'too_small':
      return issue.message.startsWith('expected') ? issue.message : `expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.message.startsWith('expected') ? issue.message : `expected at most ${String(issue.maximum)}`;
    case 'invalid_format':
    case 'custom':
    default:
      return issue.message.startsWith('expected') ? issue.message : `expected ${lowerFirst(issue.message)}`;
  }
}

function expectedType(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `one of ${list(issue.values.map(String))}`;
  if (issue.code !== 'invalid_type') return 'a value';
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'a map',
    boolean: 'true or false',
  };
  return names[issue.expected] ?? `a ${issue.expected}`;
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
  return issuePath.length === 0 ? '' : ` in \`${fieldName(issuePath)}\``;
}

function list(values: string[]): string {
  return values.map((value) => `\`${value}\``).join(', ');
}

function show(value: unknown): string {
  if (value === null) return 'empty value';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'map';
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
  const parent = shapeAt(schema, issuePath.slice(0, -1));
  const field = parent?.[issuePath.at(-1) as string];
  return field?.description;
}
