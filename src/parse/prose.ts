import type { Document } from './document.js';
import { memoLast } from './memo-last.js';

/** A stretch of the body's prose, as offsets into `document.text`. */
export interface ProseRange {
  start: number;
  end: number;
}

// Bounded by what a URL cannot contain, so each match is a single forward scan.
const URL_LIKE = /(?:https?:\/\/|www\.)[^\s<>()（）\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/g;

/**
 * The source of every text node of the body (headings, paragraphs, lists, quotes, link text),
 * without code, HTML (comments included) and URLs. Computed once for the document being linted.
 */
export const prose: (document: Document) => readonly ProseRange[] = memoLast(collectProse);

function collectProse(document: Document): ProseRange[] {
  const tree = document.markdown();
  if (!tree) return [];
  const ranges: ProseRange[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as {
      type: string;
      children?: unknown[];
      position?: { start: { offset?: number }; end: { offset?: number } };
    };
    if (node.type === 'text') {
      const start = node.position!.start.offset! + document.bodyOffset;
      const end = node.position!.end.offset! + document.bodyOffset;
      let from = start;
      const source = document.text.slice(start, end);
      for (const url of source.matchAll(URL_LIKE)) {
        if (start + url.index > from) ranges.push({ start: from, end: start + url.index });
        from = start + url.index + url[0].length;
      }
      if (end > from) ranges.push({ start: from, end });
    } else if (node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return ranges;
}
