import type { Document } from '../parse/document.js';
import { locateValue, type Location, type PathSegment } from '../parse/locate.js';
import type { Declaration, Reference, ReferenceField } from './graph.js';

/** What one file declares and names; `id` is absent when the file has no id as text. */
export type CollectedReferences = Omit<Declaration, 'id'> & { id?: string };

interface FieldSpec {
  field: ReferenceField;
  list: boolean;
  target: Reference['target'];
}

const ROLE_FIELDS: readonly FieldSpec[] = [
  { field: 'department', list: false, target: 'department' },
  { field: 'reports_to', list: false, target: 'role' },
  { field: 'direct_reports', list: true, target: 'role' },
  { field: 'career_path', list: true, target: 'role' },
  { field: 'collaboration.internal', list: true, target: 'role or department' },
];

const DEPARTMENT_FIELDS: readonly FieldSpec[] = [
  { field: 'parent', list: false, target: 'department' },
  { field: 'head', list: false, target: 'role' },
];

/**
 * Reads what a file declares and what it points at from its front-matter data, so a file that
 * fails the schema (say `reports_to: 产品支撑主管`) still has its references checked, found and
 * renamed. Values of the wrong shape (a number, a map) are left to the schema. Positions are
 * looked up in the YAML only when asked for: most references never need one. Undefined when
 * the YAML did not parse cleanly.
 */
export function collectReferences(document: Document): CollectedReferences | undefined {
  const frontMatter = document.frontMatter;
  const data = frontMatter?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const fields = data as Record<string, unknown>;
  const kind = fields.kind === 'department' ? 'department' : 'role';
  const id = typeof fields.id === 'string' ? fields.id : undefined;
  const references: Reference[] = [];
  for (const spec of kind === 'role' ? ROLE_FIELDS : DEPARTMENT_FIELDS) {
    const path = spec.field.split('.');
    const parent = path.length === 1 ? fields : fields[path[0]!];
    const key = path.at(-1)!;
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent) || !Object.hasOwn(parent, key)) continue;
    const value = (parent as Record<string, unknown>)[key];
    const add = (item: unknown, at: PathSegment[]) => {
      const reference = toReference(document, id, spec, at, item);
      if (reference) references.push(reference);
    };
    if (!spec.list) add(value, path);
    else if (Array.isArray(value)) value.forEach((item, i) => add(item, [...path, i]));
  }
  const names = [
    kind === 'role' ? fields.title : fields.name,
    ...(Array.isArray(fields.aliases) ? (fields.aliases as unknown[]) : []),
  ].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return { ...(id !== undefined ? { id } : {}), kind, document, names, references };
}

function toReference(
  document: Document,
  from: string | undefined,
  spec: FieldSpec,
  path: PathSegment[],
  value: unknown,
): Reference | undefined {
  if (value !== null && value !== undefined && typeof value !== 'string') return undefined;
  const written = value === null || value === undefined || value.trim() === '' ? null : value;
  return new WrittenReference(document, from, spec, path, written);
}

/**
 * A reference whose position is looked up on first use. A class, so its getters live once on the
 * prototype: a pair of closures on each of a large organisation's references took tens of megabytes.
 */
class WrittenReference implements Reference {
  declare from?: string;
  readonly field: ReferenceField;
  readonly target: Reference['target'];
  #location: Location | undefined;

  constructor(
    readonly document: Document,
    from: string | undefined,
    spec: FieldSpec,
    readonly path: PathSegment[],
    readonly value: string | null,
  ) {
    if (from !== undefined) this.from = from;
    this.field = spec.field;
    this.target = spec.target;
  }

  // `reports_to:` alone has a zero-width value: locateValue points at its key instead.
  #locate(): Location {
    return (this.#location ??= locateValue(this.document, this.path) ?? {
      start: this.document.frontMatter!.offset,
      end: this.document.frontMatter!.offset,
    });
  }

  get start(): number {
    return this.#locate().start;
  }

  get end(): number {
    return this.#locate().end;
  }
}
