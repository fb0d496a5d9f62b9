import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Document } from '../parse/document.js';
import type { PathSegment } from '../parse/locate.js';
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
 * Reads what a file declares and what it points at, straight from its YAML nodes, so a file that
 * fails the schema (say `reports_to: 产品支撑主管`) still has its references checked, found and
 * renamed. Values of the wrong shape (a number, a map) are left to the schema. Undefined when the
 * YAML did not parse cleanly.
 */
export function collectReferences(document: Document): CollectedReferences | undefined {
  const frontMatter = document.frontMatter;
  const root = frontMatter?.yaml.contents;
  if (!frontMatter || frontMatter.data === undefined || !isMap(root)) return undefined;
  const data = frontMatter.data as Record<string, unknown>;
  const kind = data.kind === 'department' ? 'department' : 'role';
  const id = typeof data.id === 'string' ? data.id : undefined;
  const references: Reference[] = [];
  for (const spec of kind === 'role' ? ROLE_FIELDS : DEPARTMENT_FIELDS) {
    const path = spec.field.split('.');
    const pair = findPair(root, path);
    if (!pair) continue;
    const value = pair.value as Node | null;
    const add = (node: Node | null, at: PathSegment[]) => {
      const reference = toReference(document, id, spec, at, node, pair);
      if (reference) references.push(reference);
    };
    if (!spec.list) add(value, path);
    else if (isSeq(value)) value.items.forEach((item, i) => add(item as Node | null, [...path, i]));
  }
  const names = [kind === 'role' ? data.title : data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter(
    (name): name is string => typeof name === 'string' && name.trim() !== '',
  );
  return { ...(id !== undefined ? { id } : {}), kind, document, names, references };
}

function findPair(map: YAMLMap, path: readonly string[]): Pair | undefined {
  let current: unknown = map;
  let found: Pair | undefined;
  for (const key of path) {
    if (!isMap(current)) return undefined;
    found = current.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair | undefined;
    if (!found) return undefined;
    current = found.value;
  }
  return found;
}

function toReference(document: Document, from: string | undefined, spec: FieldSpec, path: PathSegment[], node: Node | null, pair: Pair): Reference | undefined {
  const offset = document.frontMatter!.offset;
  const value = isScalar(node) ? node.value : node;
  if (value !== null && typeof value !== 'string') return undefined;
  let range = node?.range;
  // `reports_to:` alone has a zero-width value: point at its key instead.
  if (!spec.list && (!range || range[1] === range[0])) range = (pair.key as Node).range;
  const [start, end] = range ? [offset + range[0], offset + range[1]] : [offset, offset];
  const written = value === null || value.trim() === '' ? null : value;
  return { document, ...(from !== undefined ? { from } : {}), field: spec.field, path, value: written, target: spec.target, start, end };
}
