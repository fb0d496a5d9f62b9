import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Document } from './document.js';
import { locateInLines, readLines, type YamlLines } from './locate-in-text.js';

/**
 * The lines of the last few front matters looked up (null: not a text the line reader follows).
 * A finding and its related location alternate between two files; keeping every file's lines, as
 * a WeakMap did, held a quarter of a large run's memory to its end.
 */
const recentLines: Array<[object, YamlLines | null]> = [];
const RECENT = 4;

function linesOf(frontMatter: NonNullable<Document['frontMatter']>): YamlLines | null {
  const hit = recentLines.find(([key]) => key === frontMatter);
  if (hit) return hit[1];
  const lines = readLines(frontMatter.source) ?? null;
  if (recentLines.unshift([frontMatter, lines]) > RECENT) recentLines.pop();
  return lines;
}

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

/**
 * Reads the path off the YAML text when the text is plainly written (one scan of its lines), so a
 * diagnostic's position never makes the careful parser build the file's tree; undefined when the
 * tree must answer.
 */
function quickly(
  document: Document,
  path: readonly PathSegment[],
): { key?: Location; value?: Location } | null | undefined {
  const frontMatter = document.frontMatter;
  if (!frontMatter) return null;
  const lines = linesOf(frontMatter);
  const found = lines === null ? undefined : locateInLines(lines, path);
  if (!found) return found;
  const at = (range: [number, number] | undefined) =>
    range && { start: frontMatter.offset + range[0], end: frontMatter.offset + range[1] };
  return { ...(found.key ? { key: at(found.key) } : {}), ...(found.value ? { value: at(found.value) } : {}) };
}

/** The value at a path; for an empty value, its key. */
export function locateValue(document: Document, path: readonly PathSegment[]): Location | undefined {
  const quick = quickly(document, path);
  if (quick === null) return undefined;
  if (quick) return quick.value ?? quick.key;
  const found = find(document, path);
  if (!found) return undefined;
  const value = shift(document, found.node?.range);
  if (value && value.end > value.start) return value;
  return shift(document, (found.pair?.key as Node | undefined)?.range) ?? value;
}

/** The key of the entry at a path (the value for sequence items). */
export function locateKey(document: Document, path: readonly PathSegment[]): Location | undefined {
  const quick = quickly(document, path);
  if (quick === null) return undefined;
  if (quick) return quick.key ?? quick.value;
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
