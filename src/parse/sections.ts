import type { Heading, ListItem, Paragraph, RootContent } from 'mdast';
import type { Config } from '../config/config-schema.js';
import type { Document } from './document.js';
import { matchHandNumber, type HandNumber } from '../text/hand-number.js';
import { memoLast } from './memo-last.js';

/** The body as the structure rules see it: an optional `#` title, then `##` sections. */
export interface Outline {
  /** Every heading of the body's top level, in order. */
  headings: Heading[];
  sections: Section[];
}

/** A `##` heading and everything up to the next heading of level 1 or 2. */
export interface Section {
  heading: Heading;
  /** The heading's plain text (trimmed), and the offsets of its source in `document.text`. */
  title: string;
  titleStart: number;
  titleEnd: number;
  /** The top-level nodes after the heading, sub-headings included. */
  blocks: RootContent[];
  /** The paragraphs of the section split into items, in source order. */
  items: Item[];
}

/**
 * A unit of content: a paragraph, or one hand-numbered line of a paragraph with the lines that
 * continue it. Scraped job descriptions put a whole numbered list in one paragraph (`1、…\n2、…`).
 */
export interface Item {
  paragraph: Paragraph;
  /** Set when the item opens the first paragraph of a Markdown list item. */
  listItem?: ListItem;
  /** Offsets of the item's source text in `document.text`, leading spaces excluded. */
  start: number;
  end: number;
  /** The hand number the item starts with, if any. */
  number?: HandNumber;
}

/** The outline, computed once for the document being linted; undefined when the body could not be parsed. */
export const outline: (document: Document) => Outline | undefined = memoLast(buildOutline);

function buildOutline(document: Document): Outline | undefined {
  const tree = document.markdown();
  if (!tree) return undefined;
  const headings: Heading[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      headings.push(node);
      if (node.depth <= 2) {
        current =
          node.depth === 2 ? { heading: node, ...headingTitle(document, node), blocks: [], items: [] } : undefined;
        if (current) sections.push(current);
        continue;
      }
    }
    if (current) {
      current.blocks.push(node);
      collectItems(document, node, current.items);
    }
  }
  return { headings, sections };
}

/** The heading's plain text (markup dropped), and the offsets of its source between the markers. */
export function headingTitle(
  document: Document,
  heading: Heading,
): { title: string; titleStart: number; titleEnd: number } {
  const first = heading.children[0];
  const last = heading.children.at(-1);
  if (!first || !last) {
    const offset = heading.position!.end.offset! + document.bodyOffset;
    return { title: '', titleStart: offset, titleEnd: offset };
  }
  return {
    title: plainText(heading).trim(),
    titleStart: first.position!.start.offset! + document.bodyOffset,
    titleEnd: last.position!.end.offset! + document.bodyOffset,
  };
}

function plainText(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map((child) => plainText(child as typeof node)).join('');
}

/** Walks a block (lists and quotes included, iteratively) and splits its paragraphs into items. */
function collectItems(document: Document, block: RootContent, items: Item[]): void {
  const stack: Array<{ node: RootContent; listItem?: ListItem }> = [{ node: block }];
  while (stack.length > 0) {
    const { node, listItem } = stack.pop()!;
    if (node.type === 'paragraph') {
      splitParagraph(document, node, listItem, items);
    } else if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem') {
      const children = node.children as RootContent[];
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i]!, ...(node.type === 'listItem' && i === 0 ? { listItem: node } : {}) });
      }
    }
  }
}

function splitParagraph(document: Document, paragraph: Paragraph, listItem: ListItem | undefined, items: Item[]): void {
  const text = document.text;
  const start = paragraph.position!.start.offset! + document.bodyOffset;
  const end = paragraph.position!.end.offset! + document.bodyOffset;
  // A GFM table reaches us as a paragraph (the parser has no GFM); its rows are not items.
  const secondLine = text.indexOf('\n', start) + 1;
  if (secondLine > 0 && secondLine < end && isTableDelimiterRow(text, secondLine, end)) return;
  let current: Item | undefined;
  for (let lineStart = start; lineStart < end;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let contentEnd = lineEnd;
    while (
      contentEnd > lineStart &&
      (text[contentEnd - 1] === '\r' || text[contentEnd - 1] === ' ' || text[contentEnd - 1] === '\t')
    )
      contentEnd--;
    let contentStart = lineStart;
    // Continuation lines carry the indentation and quote markers of their container.
    if (lineStart !== start)
      while (
        contentStart < contentEnd &&
        (text[contentStart] === ' ' || text[contentStart] === '\t' || text[contentStart] === '>')
      )
        contentStart++;
    const number = matchHandNumber(text, contentStart);
    if (!current || number) {
      current = {
        paragraph,
        start: contentStart,
        end: contentEnd,
        ...(number ? { number } : {}),
        ...(listItem && !current ? { listItem } : {}),
      };
      items.push(current);
    } else if (contentEnd > contentStart) {
      current.end = contentEnd;
    }
    lineStart = lineEnd + 1;
  }
}

/** `| --- | :-: |`: only pipes, dashes, colons and spaces, with at least one pipe and one dash. */
function isTableDelimiterRow(text: string, start: number, end: number): boolean {
  let pipe = false;
  let dash = false;
  for (let i = start; i < end && text[i] !== '\n' && text[i] !== '\r'; i++) {
    const c = text[i];
    if (c === '|') pipe = true;
    else if (c === '-') dash = true;
    else if (c !== ':' && c !== ' ' && c !== '\t') return false;
  }
  return pipe && dash;
}

const nameMaps = new WeakMap<Config, Map<string, string>>();

/** The canonical section name a heading title stands for (itself or an alias), if any. */
export function canonicalSection(config: Config, title: string): string | undefined {
  let names = nameMaps.get(config);
  if (!names) {
    names = new Map();
    for (const [name, section] of Object.entries(config.sections)) {
      for (const alias of section.aliases)
        if (!names.has(normalizeTitle(alias))) names.set(normalizeTitle(alias), name);
    }
    // Canonical names win over an alias spelt the same.
    for (const name of Object.keys(config.sections)) names.set(normalizeTitle(name), name);
    nameMaps.set(config, names);
  }
  return names.get(normalizeTitle(title));
}

/** A heading title without hand numbering, spaces and a trailing colon: `一、岗位职责：` → `岗位职责`. */
export function normalizeTitle(title: string): string {
  const number = matchHandNumber(title, 0);
  return title
    .slice(number ? number.lengthWithSpace : 0)
    .replace(/[\s:：]+$/u, '')
    .trim();
}
