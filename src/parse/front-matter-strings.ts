import { isMap, isScalar, isSeq } from 'yaml';
import type { Document } from './document.js';
import { locateValue, type PathSegment } from './locate.js';
import { memoLast } from './memo-last.js';

/** A string value of the front matter and where it sits. */
export interface FrontMatterString {
  path: PathSegment[];
  value: string;
}

/**
 * Every string value of the front matter (keys excluded), in source order. Read from the plain
 * data, so source positions (built lazily) are only computed for the values a rule reports; from
 * the YAML tree when the data is missing because the YAML had problems. Computed once for the
 * document being linted.
 */
export const frontMatterStrings: (document: Document) => readonly FrontMatterString[] = memoLast((document) =>
  document.frontMatter?.data !== undefined ? fromData(document.frontMatter.data) : fromYaml(document),
);

/**
 * Offsets in `document.text` of the text at `index` (of `length`) in a value. Quotes and escapes
 * move text away from its place in the value, so the same occurrence is looked up in the source.
 */
export function locateInValue(
  document: Document,
  entry: FrontMatterString,
  index: number,
  length: number,
): { start: number; end: number } {
  const location = locateValue(document, entry.path) ?? { start: 0, end: 3 };
  const source = document.text.slice(location.start, location.end);
  const needle = entry.value.slice(index, index + length);
  let occurrence = 0;
  for (let at = entry.value.indexOf(needle); at !== -1 && at < index; at = entry.value.indexOf(needle, at + 1))
    occurrence++;
  let found = -1;
  for (let i = 0; i <= occurrence; i++) {
    found = source.indexOf(needle, found + 1);
    if (found === -1) return location;
  }
  return { start: location.start + found, end: location.start + found + length };
}

function fromData(data: unknown): FrontMatterString[] {
  const found: FrontMatterString[] = [];
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') found.push({ path, value });
    else if (Array.isArray(value))
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
  return found;
}

function fromYaml(document: Document): FrontMatterString[] {
  const found: FrontMatterString[] = [];
  const contents = document.frontMatter?.yaml.contents;
  const stack: Array<{ node: unknown; path: PathSegment[] }> = [{ node: contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isScalar(node)) {
      if (typeof node.value === 'string') found.push({ path, value: node.value });
    } else if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        if (isScalar(pair.key)) stack.push({ node: pair.value, path: [...path, String(pair.key.value)] });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    }
  }
  return found;
}

/** A path as people write it: `requirements.knowledge[0]`. */
export function fieldPath(path: readonly PathSegment[]): string {
  return path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
}
