import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Document } from './document.js';

/** Where a front-matter path sits in the file: offsets into the document text. */
export interface Location {
  start: number;
  end: number;
}

export type PathSegment = string | number;

interface Found {
  node: Node | null | undefined;
  pair?: Pair<unknown, unknown>;
}

/** Follows a path through the YAML tree; undefined when some segment does not exist. */
function find(document: Document, path: readonly PathSegment[]): Found | undefined {
  let current: Found = { node: document.frontMatter?.yaml.contents };
  for (const segment of path) {
    const node = current.node;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      current = { node: pair.value as Node | null, pair: pair };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return undefined;
      current = { node: item };
    } else {
      return undefined;
    }
  }
  return current;
}

function shift(document: Document, range: readonly number[] | undefined | null): Location | undefined {
  if (!range) return undefined;
  const offset = document.frontMatter?.offset ?? 0;
  return { start: offset + range[0]!, end: offset + range[1]! };
}

/** The value at a path; for an empty value, its key. */
export function locateValue(document: Document, path: readonly PathSegment[]): Location | undefined {
  const found = find(document, path);
  if (!found) return undefined;
  const value = shift(document, found.node?.range);
  if (value && value.end > value.start) return value;
  return shift(document, (found.pair?.key as Node | undefined)?.range) ?? value;
}

/** The key of the entry at a path (the value for sequence items). */
export function locateKey(document: Document, path: readonly PathSegment[]): Location | undefined {
  const found = find(document, path);
  if (!found) return undefined;
  return shift(document, (found.pair?.key as Node | undefined)?.range) ?? shift(document, found.node?.range);
}

/** Falls back to the opening fence when nothing closer exists. */
export function locateOrStart(document: Document, path: readonly PathSegment[]): Location {
  for (let length = path.length; length > 0; length--) {
    const location = locateValue(document, path.slice(0, length));
    if (location) return location;
  }
  return { start: 0, end: 3 };
}
