/** A key of a map or an index of a list. */
type PathSegment = string | number;

/** Offsets in the YAML text of a path's key (absent for list items) and its scalar value (absent when empty). */
export interface TextLocation {
  key?: [number, number];
  value?: [number, number];
}

/** A key as role files write it: plain, ASCII, no spaces. */
const PLAIN_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?=[ ]|$)/;
/** Characters that start something other than a one-line plain or quoted scalar. */
const NOT_SIMPLE = new Set(['|', '>', '[', '{', '&', '*', '!', '%', '@', '`', '?']);

interface Line {
  start: number;
  /** Column of the first character that is not a space. */
  indent: number;
  text: string;
  /** Blank or a comment only. */
  empty: boolean;
}

/**
 * Finds a front-matter path by reading the YAML text as block mappings and lists of one-line
 * scalars, the way role files are written, so a diagnostic's position costs a scan of its lines
 * instead of the careful parser's tree. Gives `null` when the path is surely not there and
 * undefined when the text uses anything else (flow collections, block or multi-line scalars,
 * anchors, tags, quoted keys, tabs): the caller then asks the careful parser. A test holds it to
 * the careful parser's ranges on every bundled file and path.
 */
export function locateInText(yaml: string, path: readonly PathSegment[]): TextLocation | null | undefined {
  const lines = readLines(yaml);
  return lines && locateInLines(lines, path);
}

/** A YAML text cut into lines once, for several look-ups; undefined when this reader cannot follow the text at all. */
export type YamlLines = readonly Line[];

export function readLines(yaml: string): YamlLines | undefined {
  if (yaml.includes('\t') || yaml.includes('\r')) return undefined;
  const lines = splitLines(yaml);
  return lines.some(hasOpenQuote) ? undefined : lines;
}

/** `locateInText` on lines read once. */
export function locateInLines(lines: YamlLines, path: readonly PathSegment[]): TextLocation | null | undefined {
  if (path.length === 0) return undefined;
  // The block being searched: its lines, its entries' column, and for a list item's map the dash before its first key.
  let from = 0;
  let to = lines.length;
  const first = nextContent(lines, 0, to);
  if (first === undefined) return null;
  let indent = lines[first]!.indent;
  let firstLinePrefix = false;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    let entry: { line: number; content: number } | undefined;
    if (typeof segment === 'string') {
      const found = findKey(lines, from, to, indent, firstLinePrefix, segment);
      if (found === undefined || found === null) return found;
      entry = found;
      const line = lines[entry.line]!;
      const keyStart = line.start + entry.content;
      const afterColon = entry.content + segment.length + 1;
      const scalar = readScalar(line.text, afterColon);
      if (scalar === undefined) return undefined;
      const next = nextContent(lines, entry.line + 1, to);
      const childIndent = next === undefined ? -1 : lines[next]!.indent;
      if (scalar !== null) {
        // A more indented line after a one-line value continues it (a multi-line plain scalar).
        if (childIndent > entry.content || !last) return undefined;
        return { key: [keyStart, keyStart + segment.length], value: [line.start + scalar[0], line.start + scalar[1]] };
      }
      // Nothing after the colon: an empty value, or a block below it.
      const hasChildren = childIndent > entry.content || (childIndent === entry.content && isItem(lines[next!]!));
      if (!hasChildren) return last ? { key: [keyStart, keyStart + segment.length] } : undefined;
      if (last) return undefined;
      from = next!;
      to = blockEnd(lines, from, to, entry.content);
      indent = lines[from]!.indent;
      firstLinePrefix = false;
    } else {
      const found = findItem(lines, from, to, indent, segment);
      if (found === undefined || found === null) return found;
      const line = lines[found.line]!;
      const itemEnd = blockEnd(lines, found.line + 1, to, indent, true);
      const content = found.content;
      if (last) {
        const scalar = readScalar(line.text, content - 1);
        if (scalar === undefined || scalar === null) return undefined;
        const next = nextContent(lines, found.line + 1, itemEnd);
        if (next !== undefined) return undefined;
        return { value: [line.start + scalar[0], line.start + scalar[1]] };
      }
      // `- key: value` opens a map whose entries sit at the column of that first key.
      if (!PLAIN_KEY.test(line.text.slice(content))) return undefined;
      from = found.line;
      to = itemEnd;
      indent = content;
      firstLinePrefix = true;
    }
  }
  return undefined;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const lineText = text.slice(start, end);
    let indent = 0;
    while (lineText.charCodeAt(indent) === 32) indent++;
    lines.push({ start, indent, text: lineText, empty: indent === lineText.length || lineText[indent] === '#' });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** A quoted value that goes on past its line: then keys may hide inside it, and this reader steps aside. */
function hasOpenQuote(line: Line): boolean {
  if (line.empty) return false;
  let at = line.indent;
  while (line.text[at] === '-' && line.text[at + 1] === ' ') {
    at += 2;
    while (line.text[at] === ' ') at++;
  }
  const key = PLAIN_KEY.exec(line.text.slice(at));
  if (key) {
    at += key[0].length;
    while (line.text[at] === ' ') at++;
  }
  const quote = line.text[at];
  return (quote === '"' || quote === "'") && closingQuote(line.text, at) === undefined;
}

/** The offset just past the quote that closes the one at `start`, on the same line. */
function closingQuote(text: string, start: number): number | undefined {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}

const isItem = (line: Line) =>
  line.text[line.indent] === '-' && (line.text.length === line.indent + 1 || line.text[line.indent + 1] === ' ');

function nextContent(lines: readonly Line[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (!lines[i]!.empty) return i;
  return undefined;
}

/** Where the lines below an entry at `column` end: at the next content line not indented past it (list items at the same column belong to a key's block). */
function blockEnd(lines: readonly Line[], from: number, to: number, column: number, itemLevel = false): number {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.empty) continue;
    if (line.indent < column) return i;
    if (line.indent === column && (itemLevel || !isItem(line))) return i;
  }
  return to;
}

/** The entry `key:` among the block's entries at `indent`; null when every entry was read and none is it. */
function findKey(
  lines: readonly Line[],
  from: number,
  to: number,
  indent: number,
  firstLinePrefix: boolean,
  key: string,
): { line: number; content: number } | null | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.empty) continue;
    const prefixed = firstLinePrefix && i === from;
    if (!prefixed && line.indent > indent) continue;
    if (!prefixed && line.indent < indent) return undefined;
    const match = PLAIN_KEY.exec(line.text.slice(indent));
    if (!match) return undefined;
    if (match[1] === key) return { line: i, content: indent };
  }
  return null;
}

/** The `index`-th `- ` item among the block's items at `indent`; null when the list is shorter. */
function findItem(
  lines: readonly Line[],
  from: number,
  to: number,
  indent: number,
  index: number,
): { line: number; content: number } | null | undefined {
  let count = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.empty || line.indent > indent) continue;
    if (line.indent < indent || !isItem(line)) return undefined;
    if (count === index) {
      let content = indent + 1;
      while (line.text[content] === ' ') content++;
      // `-` alone, or a list in a list: not a shape this reader follows.
      if (content === line.text.length || content === indent + 1 || isItem({ ...line, indent: content }))
        return undefined;
      return { line: i, content };
    }
    count++;
  }
  return null;
}

/**
 * The one-line scalar after a `:` or `- ` (offsets in the line): null when nothing but a comment
 * follows, undefined when it is anything but a plain or quoted scalar closed on this line.
 */
function readScalar(text: string, after: number): [number, number] | null | undefined {
  let start = after;
  while (text[start] === ' ') start++;
  if (start === text.length || text[start] === '#') return start > after || start === text.length ? null : undefined;
  if (start === after) return undefined;
  const first = text[start]!;
  if (NOT_SIMPLE.has(first) || (first === '-' && (text[start + 1] === ' ' || start + 1 === text.length)))
    return undefined;
  let end: number;
  if (first === '"' || first === "'") {
    const closed = closingQuote(text, start);
    if (closed === undefined) return undefined;
    end = closed;
    const rest = text.slice(end).trimStart();
    if (rest !== '' && !rest.startsWith('#')) return undefined;
  } else {
    const comment = text.indexOf(' #', start);
    end = comment === -1 ? text.length : comment;
    while (text[end - 1] === ' ') end--;
    // `a: b: c` is not a plain scalar.
    if (/:(?: |$)/.test(text.slice(start, end))) return undefined;
  }
  return [start, end];
}
