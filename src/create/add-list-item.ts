import { isScalar, isSeq, type Node } from 'yaml';
import type { Document } from '../parse/document.js';

/**
 * The document's text with `value` appended to the top-level list `key`, written as the list
 * already is (block items keep their indentation, flow lists get `, value`); undefined when the
 * key is absent or not a list, so the caller leaves the file alone.
 */
export function addListItem(document: Document, key: string, value: string): string | undefined {
  const frontMatter = document.frontMatter;
  const root = frontMatter?.yaml.contents;
  if (!frontMatter || !root || !('items' in root)) return undefined;
  const pair = (root.items as Array<{ key: unknown; value: unknown }>).find(
    (item) => isScalar(item.key) && item.key.value === key,
  );
  if (!pair || !isSeq(pair.value)) return undefined;
  const list = pair.value;
  const text = document.text;
  const offset = frontMatter.offset;
  const items = list.items as Node[];
  if (list.flow) {
    const close = offset + list.range![1] - 1;
    if (text[close] !== ']') return undefined;
    const insert = items.length === 0 ? value : `, ${value}`;
    // `[a, b ]`: insert after the last item rather than before the spaces.
    const at = items.length === 0 ? close : offset + items.at(-1)!.range![1];
    return text.slice(0, at) + insert + text.slice(at);
  }
  const last = items.at(-1);
  if (!last?.range) return undefined;
  const lastStart = offset + last.range[0];
  const lineStart = text.lastIndexOf('\n', lastStart - 1) + 1;
  const prefix = text.slice(lineStart, lastStart);
  // Only a plain `  - ` prefix is copied; anything unusual is left for a person to edit.
  if (!/^[ ]*-[ ]+$/.test(prefix)) return undefined;
  const lineEnd = text.indexOf('\n', offset + last.range[1]);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return `${text.slice(0, at)}${eol}${prefix}${value}${text.slice(at)}`;
}
