/*
 * markdown-it parses about ten times faster than micromark, but its tokens carry line
 * numbers only, and in places it reads Markdown differently. This module turns its tokens
 * into the exact mdast remark-parse builds: block rules are wrapped to record where each
 * block starts, inline positions come from walking each inline token's content with a
 * cursor, emphasis is matched and classified as micromark does, and `spread`, values and
 * positions follow mdast-util-from-markdown. Where the two parsers part ways in a way the
 * tokens cannot show, the conversion gives up and remark-parse parses the body instead.
 */
import MarkdownIt from 'markdown-it';
import type { Ruler, StateBlock, StateInline, Token } from 'markdown-it';
import type {
  Blockquote,
  Code,
  Emphasis,
  Heading,
  Html,
  Link,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Text,
} from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Parses a body to the same mdast as remark-parse (`unified().use(remarkParse).parse`),
 * positions included, about ten times faster. A body using a construct the fast path
 * cannot reproduce exactly is parsed by remark-parse instead, so the tree is always remark's.
 */
export function markdownItToMdast(body: string): Root {
  return tryMarkdownItToMdast(body) ?? reference.parse(body);
}

/** The fast path alone: `undefined` where the body needs remark-parse to come out exactly right. */
export function tryMarkdownItToMdast(body: string): Root | undefined {
  // markdown-it replaces NUL, and micromark drops a leading BOM; either would shift offsets.
  if (body.includes('\0') || body.startsWith('\ufeff')) return undefined;
  let text = body;
  const crlf = body.includes('\r');
  if (crlf) {
    // markdown-it turns line endings into LF; uniform CRLF can be put back, unless a reference decodes to CR or LF.
    if (/\r(?!\n)|(?<!\r)\n|&#(?:0*1[03]|[xX]0*[aAdD]);/.test(body)) return undefined;
    text = body.replaceAll('\r\n', '\n');
  }
  // Tabs among container markers expand to columns differently in the two parsers.
  if (TAB_IN_PREFIX.test(text)) return undefined;
  // What might be a definition goes to remark-parse even when markdown-it does not take it as one
  // (`[a]: u (b](u)`, a title micromark accepts): job descriptions have none.
  if (text.includes(']:')) return undefined;
  try {
    const env: { references?: unknown } = {};
    const tokens = markdownIt().parse(text, env);
    // Definitions become `definition` and `linkReference` nodes in mdast; markdown-it resolves them away.
    if (env.references) return undefined;
    const tree = buildRoot(indexSource(text), tokens);
    if (crlf) restoreCrlf(tree);
    return tree;
  } catch {
    // `unsupported` (or anything unforeseen in markdown-it): remark-parse decides.
    return undefined;
  }
}

const reference = unified().use(remarkParse);

/** A tab in a line's indentation or among its quote and list markers. */
const TAB_IN_PREFIX = /^[ >]*(?:(?:[-+*]|\d{1,9}[.)])[ >]*)*\t/m;

/** Above this depth markdown-it silently stops nesting; such bodies go to remark-parse. */
const MAX_NESTING = 120;

function unsupported(reason: string): never {
  throw new Error(`unsupported: ${reason}`);
}

/** What the wrapped block rules record on the first token they push. */
interface BlockMeta {
  /** Offset of the block's first non-blank character, after its container's prefix. */
  start: number;
  /** Columns of indentation beyond the container's, for indented code and HTML. */
  indent: number;
  /** For fences: whether a closing fence ended the block. */
  closed?: boolean;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** `Ruler` keeps its rules, with their alternation chains, in a field its types do not declare. */
interface RulerInternals<T> {
  __rules__: Array<{ name: string; fn: T; alt: string[] }>;
}

let parser: MarkdownIt | undefined;

/**
 * Set up on first use, inside the fast path's `try`: were a markdown-it release to drop a rule
 * wrapped here, every body would go to remark-parse rather than the import failing.
 */
function markdownIt(): MarkdownIt {
  return (parser ??= createParser());
}

function createParser(): MarkdownIt {
  const md = new MarkdownIt('commonmark', { html: true });
  // `Options` does not declare it, and the preset's limit of 20 is too low for nested lists.
  Object.assign(md.options, { maxNesting: MAX_NESTING });
  // micromark keeps URLs as written: no percent-encoding and no `javascript:` filter.
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  // Escapes and entities stay tokens of their own, so their length in the source stays known.
  md.core.ruler.disable('text_join');
  md.inline.State = micromarkFlanking(md.inline.State);
  const image = ruleNamed(md.inline.ruler, 'image').fn;
  md.inline.ruler.at('image', (state, silent) => {
    // The next inline state made is the label's, parsed on its own: it is told it sits between `[` and `]`.
    const saved = imageLabelNext;
    imageLabelNext = saved || !silent;
    try {
      return image(state, silent);
    } finally {
      imageLabelNext = saved;
    }
  });
  md.inline.ruler2.at('balance_pairs', pairEmphasis);
  const htmlInline = ruleNamed(md.inline.ruler, 'html_inline').fn;
  md.inline.ruler.at('html_inline', (state, silent) => {
    // After one unterminated `<![CDATA[` markdown-it stops recognising every later comment too.
    (state as StateInline & { skipHtmlSpecial: boolean }).skipHtmlSpecial = false;
    return htmlInline(state, silent);
  });
  for (const name of ['blockquote', 'code', 'fence', 'heading', 'hr', 'html_block', 'lheading', 'list', 'paragraph']) {
    const rule = ruleNamed(md.block.ruler, name);
    md.block.ruler.at(name, recordStart(name, rule.fn), { alt: rule.alt });
  }
  return md;
}

/** A rule as registered, to wrap it: `Ruler` offers no public way to read one. */
function ruleNamed<T>(ruler: Ruler<T>, name: string): { fn: T; alt: string[] } {
  const rule = (ruler as unknown as RulerInternals<T>).__rules__.find((candidate) => candidate.name === name);
  if (!rule) throw new Error(`markdown-it has no rule \`${name}\``);
  return rule;
}

/**
 * Wraps a block rule so the first token it pushes records where the block starts: markdown-it
 * keeps only line numbers, and container prefixes make the column unknowable afterwards.
 */
function recordStart(name: string, rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (silent) return rule(state, startLine, endLine, silent);
    const first = state.tokens.length;
    const start = state.bMarks[startLine]! + state.tShift[startLine]!;
    const indent = state.sCount[startLine]! - state.blkIndent;
    if (!rule(state, startLine, endLine, silent)) return false;
    const token = state.tokens[first];
    if (!token) return true;
    const meta: BlockMeta = { start, indent };
    token.meta = meta;
    if (name === 'fence') meta.closed = closesFence(state, token);
    if (name === 'blockquote') checkQuoteMarkers(state, token);
    if (name === 'list') {
      // The enclosing quotes' markers are still stripped here, so each item's line starts at its marker.
      for (let index = first + 1; index < state.tokens.length; index++) {
        const item = state.tokens[index]!;
        if (item.type !== 'list_item_open' || item.level !== token.level + 1 || !item.map) continue;
        const line = item.map[0];
        item.meta = { start: state.bMarks[line]! + state.tShift[line]!, indent: 0 } satisfies BlockMeta;
      }
    }
    return true;
  };
}

/** Mirrors markdown-it's own test for a closing fence, on the block's last line. */
function closesFence(state: StateBlock, token: Token): boolean {
  const [startLine, endLine] = token.map!;
  if (endLine - startLine < 2) return false;
  const line = endLine - 1;
  if (state.sCount[line]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[line]! + state.tShift[line]!;
  const end = state.skipChars(start, token.markup.charCodeAt(0));
  return end - start >= token.markup.length && state.skipSpaces(end) >= state.eMarks[line]!;
}

/** markdown-it takes a `>` indented by four or more columns as a quote marker; CommonMark does not. */
function checkQuoteMarkers(state: StateBlock, token: Token): void {
  const [startLine, endLine] = token.map!;
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.src[state.bMarks[line]! + state.tShift[line]!] === '>' && state.sCount[line]! - state.blkIndent >= 4) {
      unsupported('indented quote marker');
    }
  }
}

/**
 * Replaces markdown-it's test of whether a delimiter run can open or close emphasis with
 * micromark's, which looks at UTF-16 code units (so an emoji next to a run is neither space
 * nor punctuation) and counts all of JavaScript's `\s` as whitespace.
 */
function micromarkFlanking(State: typeof StateInline): typeof StateInline {
  return class MicromarkFlankingState extends State {
    /** Whether this state parses an image's label apart from its paragraph (markdown-it does; micromark does not). */
    readonly imageLabel = takeImageLabel();

    override scanDelims(start: number, canSplitWord: boolean) {
      const src = this.src;
      const marker = src.charCodeAt(start);
      let end = start;
      while (end < this.posMax && src.charCodeAt(end) === marker) end++;
      // An image label's own text has its `[` before it and its `]` after it, as micromark sees them:
      // so `![__&_]()` keeps its underscores (the rule of three), as in the paragraph.
      const previous = start > 0 ? src.charCodeAt(start - 1) : this.imageLabel ? 0x5b : NaN;
      // micromark sees past the end of a link label, where markdown-it's `posMax` stops.
      const next = end < src.length ? src.charCodeAt(end) : this.imageLabel ? 0x5d : NaN;
      // Next to the other marker, or an escaped one, micromark's releases disagree with each other.
      if (previous === 0x2a || previous === 0x5f || next === 0x2a || next === 0x5f)
        unsupported('emphasis marker next to another');
      const before = classify(previous);
      const after = classify(next);
      const open = after === OTHER || (after === PUNCTUATION && before !== OTHER);
      const close = before === OTHER || (before === PUNCTUATION && after !== OTHER);
      return {
        can_open: canSplitWord ? open : open && (before !== OTHER || !close),
        can_close: canSplitWord ? close : close && (after !== OTHER || !open),
        length: end - start,
      };
    }
  };
}

/** Set by the `image` rule until the label's inline state is made. */
let imageLabelNext = false;

function takeImageLabel(): boolean {
  const taken = imageLabelNext;
  imageLabelNext = false;
  return taken;
}

const OTHER = 0;
const WHITESPACE = 1;
const PUNCTUATION = 2;

/** micromark's character classes; the start or end of the text counts as whitespace. */
function classify(code: number): number {
  if (Number.isNaN(code)) return WHITESPACE;
  const char = String.fromCharCode(code);
  if (/\s/.test(char)) return WHITESPACE;
  if (/\p{P}|\p{S}/u.test(char)) return PUNCTUATION;
  return OTHER;
}

/**
 * Matches emphasis delimiters as micromark does, in place of markdown-it's `balance_pairs`:
 * micromark applies the rule of three to what is left of each run after earlier matches,
 * where markdown-it uses the runs' original lengths. markdown-it's emphasis post-processing
 * then turns the pairs (`end` on each opening character) into tokens.
 */
function pairEmphasis(state: StateInline): boolean {
  pairRuns(state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) pairRuns(meta.delimiters);
  return true;
}

interface DelimiterRun {
  marker: number;
  /** The characters still unmatched, as indices into the delimiter list: `[low, high)`. */
  low: number;
  high: number;
  open: boolean;
  close: boolean;
  /** A run inside a matched pair can no longer match anything. */
  dead: boolean;
}

function pairRuns(delimiters: StateInline['delimiters']): void {
  const runs: DelimiterRun[] = [];
  for (let index = 0; index < delimiters.length; index++) {
    const delimiter = delimiters[index]!;
    const last = runs.at(-1);
    if (
      last?.high === index &&
      last.marker === delimiter.marker &&
      delimiters[index - 1]!.token === delimiter.token - 1
    )
      last.high++;
    else
      runs.push({
        marker: delimiter.marker,
        low: index,
        high: index + 1,
        open: delimiter.open,
        close: delimiter.close,
        dead: false,
      });
  }
  for (let closing = 0; closing < runs.length; closing++) {
    const closer = runs[closing]!;
    if (!closer.close) continue;
    let matched = true;
    while (matched && closer.low < closer.high) {
      matched = false;
      for (let opening = closing - 1; opening >= 0; opening--) {
        const opener = runs[opening]!;
        if (opener.dead || !opener.open || opener.low === opener.high || opener.marker !== closer.marker) continue;
        const openSize = opener.high - opener.low;
        const closeSize = closer.high - closer.low;
        if ((opener.close || closer.open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) continue;
        const use = openSize > 1 && closeSize > 1 ? 2 : 1;
        for (let k = 0; k < use; k++) delimiters[opener.high - 1 - k]!.end = closer.low + k;
        opener.high -= use;
        closer.low += use;
        for (let between = opening + 1; between < closing; between++) runs[between]!.dead = true;
        matched = true;
        break;
      }
    }
  }
}

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/** The parsed text with its lines, for positions. */
interface Source {
  text: string;
  /** Offset where each 0-based line starts. */
  starts: number[];
  /** Offset where a 0-based line ends, before its line ending. */
  end(line: number): number;
  point(offset: number): Point;
  /** Whether a 0-based line holds only spaces and tabs. */
  isBlank(line: number): boolean;
}

function indexSource(text: string): Source {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  const end = (line: number) => (line + 1 < starts.length ? starts[line + 1]! - 1 : text.length);
  return {
    text,
    starts,
    end,
    point(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - starts[low]! + 1, offset };
    },
    isBlank: (line) => /^[ \t]*$/.test(text.slice(starts[line], end(line))),
  };
}

/** Puts the CR of each line ending back: one more offset per line above, and CRLF in values, as micromark keeps them. */
function restoreCrlf(node: Nodes): void {
  if (node.position) {
    node.position.start.offset! += node.position.start.line - 1;
    node.position.end.offset! += node.position.end.line - 1;
  }
  if ('value' in node) node.value = node.value.replaceAll('\n', '\r\n');
  if ((node.type === 'link' || node.type === 'image') && node.title) node.title = node.title.replaceAll('\n', '\r\n');
  if (node.type === 'image') node.alt = node.alt?.replaceAll('\n', '\r\n') ?? null;
  if ('children' in node) for (const child of node.children) restoreCrlf(child);
}

interface Frame {
  /** The container the opened node went into. */
  parent: Parents;
  open: Token;
}

function metaOf(token: Token): BlockMeta {
  const meta = token.meta as BlockMeta | null;
  if (!meta) unsupported(`${token.type} without a recorded start`);
  return meta;
}

function buildRoot(source: Source, tokens: Token[]): Root {
  const { text } = source;
  const position = (start: number, end: number): Position => ({ start: source.point(start), end: source.point(end) });
  const root: Root = { type: 'root', children: [], position: position(0, text.length) };
  const stack: Frame[] = [];
  let parent: Parents = root;
  const add = (node: RootContent) => (parent.children as RootContent[]).push(node);
  const quoted = () => stack.some((frame) => frame.parent.type === 'blockquote') || parent.type === 'blockquote';
  // Lines right after a paragraph or a block quote, and indented code blocks: micromark's quirks start there.
  const afterParagraph = new Set<number>();
  const afterQuote = new Set<number>();
  const indentedCode = new Set<RootContent>();

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.level >= MAX_NESTING - 2) unsupported('nesting');
    switch (token.type) {
      case 'paragraph_open': {
        const [first, last] = token.map!;
        const inline = tokens[index + 1]!;
        index += 2;
        afterParagraph.add(last);
        // On a lazy line micromark lets a lone tag interrupt the paragraph, where CommonMark continues it.
        if (stack.length > 0 && LONE_TAG_LINE.test(inline.content)) unsupported('HTML on a lazy line');
        const node: Paragraph = {
          type: 'paragraph',
          children: convertInline(
            source,
            inline,
            lineMap(source, inline.content, first, last - first),
            stack.length > 0,
          ),
          position: position(metaOf(token).start, source.end(last - 1)),
        };
        add(node);
        break;
      }
      case 'heading_open': {
        const [first, last] = token.map!;
        const inline = tokens[index + 1]!;
        index += 2;
        const start = metaOf(token).start;
        const setext = token.markup === '=' || token.markup === '-';
        const depth = setext ? (token.markup === '=' ? 1 : 2) : token.markup.length;
        let map: ContentMap;
        if (setext) {
          if (stack.length > 0 && LONE_TAG_LINE.test(inline.content)) unsupported('HTML on a lazy line');
          map = lineMap(source, inline.content, first, last - first - 1);
        } else {
          let contentStart = start + depth;
          while (text[contentStart] === ' ' || text[contentStart] === '\t') contentStart++;
          if (!text.startsWith(inline.content, contentStart)) unsupported('heading content');
          map = { contentStarts: [0], literalStarts: [0], sourceStarts: [contentStart] };
        }
        const node: Heading = {
          type: 'heading',
          depth: depth as Heading['depth'],
          children: inline.content === '' ? [] : convertInline(source, inline, map, stack.length > 0),
          position: position(start, source.end(last - 1)),
        };
        add(node);
        break;
      }
      case 'blockquote_open':
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'list_item_open': {
        const line = token.map![0];
        if (quoted() && closesContainer(parent, line)) unsupported('container closed by a container in a quote');
        const node = openContainer(token, tokens[index + 1]!);
        if (
          node.type === 'list' &&
          refusedAfterFlow(source, node, tokens[index + 1]!, siblingBefore(stack, parent, line), indentedCode)
        ) {
          unsupported('list micromark refuses after a paragraph or code');
        }
        stack.push({ parent, open: token });
        add(node);
        parent = node;
        break;
      }
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close': {
        const frame = stack.pop()!;
        const node = parent;
        parent = frame.parent;
        const inQuote = quoted();
        closeContainer(source, node, frame.open, inQuote);
        if (node.type === 'blockquote') afterQuote.add(node.position!.end.line);
        const next = node.position!.end.line;
        if (inQuote && (node.type === 'blockquote' || node.type === 'list') && next < source.starts.length) {
          // micromark ends a container nested in a quote only after a following `>`-only line.
          const following = text.slice(source.starts[next], source.end(next));
          if (/^[ \t>]*$/.test(following) && following.includes('>'))
            unsupported('container before a blank quote line');
        }
        break;
      }
      case 'fence': {
        const meta = metaOf(token);
        // An unclosed fence runs to its container's end, where micromark's positions get irregular.
        if (!meta.closed) unsupported('unclosed fence');
        const [first, last] = token.map!;
        checkNoTabIndent(source, first, last);
        const [lang, rest] = splitInfo(text.slice(meta.start + token.markup.length, source.end(first)));
        const node: Code = {
          type: 'code',
          lang: lang === undefined ? null : decodeString(lang),
          meta: rest === undefined ? null : decodeString(rest),
          value: token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content,
          position: position(meta.start, source.end(last - 1)),
        };
        add(node);
        break;
      }
      case 'code_block': {
        const meta = metaOf(token);
        const [first, last] = token.map!;
        // Indented code cannot interrupt a paragraph: micromark may take the line as lazy where markdown-it does not.
        if (afterParagraph.has(first) || afterQuote.has(first))
          unsupported('indented code after a paragraph or quote line');
        // After a list or a quote, micromark may split indented code at a blank line.
        const previous = parent.children.at(-1);
        if (previous?.type === 'list' || previous?.type === 'blockquote')
          unsupported('indented code after a container');
        // micromark keeps a following blank line of four or more blanks in the code, unlike CommonMark.
        for (let next = last; next < source.starts.length && source.isBlank(next); next++) {
          if (source.end(next) - source.starts[next]! >= 4) unsupported('indented blank line after code');
        }
        checkNoTabIndent(source, first, last);
        const node: Code = {
          type: 'code',
          lang: null,
          meta: null,
          value: token.content.slice(0, -1),
          position: position(indentStart(text, meta), source.end(last - 1)),
        };
        indentedCode.add(node);
        add(node);
        break;
      }
      case 'html_block': {
        const meta = metaOf(token);
        const [first, last] = token.map!;
        checkNoTabIndent(source, first, last);
        // markdown-it's tag patterns take any `\s` as a blank, micromark only spaces, tabs and line endings.
        if (
          /^<\/?[A-Za-z]/.test(token.content.trimStart()) &&
          UNICODE_BLANK.test(text.slice(meta.start, source.end(first)))
        ) {
          unsupported('HTML tag with a Unicode blank');
        }
        // An unterminated comment or raw block runs to its container's end, as an unclosed fence does.
        if (!endsHtml(token.content.split('\n'))) unsupported('unterminated HTML');
        const node: Html = {
          type: 'html',
          value: token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content,
          position: position(indentStart(text, meta), source.end(last - 1)),
        };
        add(node);
        break;
      }
      case 'hr':
        add({ type: 'thematicBreak', position: position(metaOf(token).start, source.end(token.map![0])) });
        break;
      default:
        unsupported(token.type);
    }
  }
  return root;
}

function openContainer(token: Token, next: Token): Blockquote | List | ListItem {
  switch (token.type) {
    case 'blockquote_open':
      return { type: 'blockquote', children: [] };
    case 'list_item_open':
      return { type: 'listItem', spread: false, checked: null, children: [] };
    default:
      return {
        type: 'list',
        ordered: token.type === 'ordered_list_open',
        // The first item's number as written: `007.` starts at 7.
        start: token.type === 'ordered_list_open' ? Number.parseInt(next.info, 10) : null,
        spread: false,
        children: [],
      };
  }
}

/** Positions and `spread` depend on the children, so a container is finished when it closes. */
function closeContainer(source: Source, node: Parents, open: Token, inQuote: boolean): void {
  const children = node.children as RootContent[];
  const [first, last] = open.map!;
  if (node.type === 'blockquote') {
    // markdown-it's range may take in following blank lines; a line with a `>` is the quote's own.
    let end = last - 1;
    while (end > first && source.isBlank(end)) end--;
    node.position = { start: source.point(metaOf(open).start), end: source.point(source.end(end)) };
    // In a quote within a quote, a line of just `>` may belong to either.
    const contentEnd = children.at(-1)?.position!.end.line ?? first + 1;
    if (inQuote && end + 1 > contentEnd) unsupported('nested quote ending in a blank quote line');
  } else if (node.type === 'listItem') {
    const lastChild = children.at(-1);
    const end = lastChild ? { ...lastChild.position!.end } : source.point(source.end(first));
    node.position = { start: source.point(metaOf(open).start), end };
    node.spread = hasGap(children);
  } else if (node.type === 'list') {
    const items = children as ListItem[];
    const end = items.at(-1)!.position!.end;
    // In a block quote micromark ends a list after the `>` of the blank lines that follow it.
    for (let line = end.line; line < last; line++)
      if (!source.isBlank(line)) unsupported('list before a blank quote line');
    // markdown-it ends a list two blank lines after an empty item; micromark may go on with it.
    if (
      items.at(-1)!.children.length === 0 &&
      end.line + 1 < source.starts.length &&
      source.isBlank(end.line) &&
      source.isBlank(end.line + 1)
    ) {
      unsupported('blank lines after an empty item');
    }
    node.position = { start: { ...items[0]!.position!.start }, end: { ...end } };
    node.spread = hasGap(items);
  }
}

/** micromark's `spread`: a blank line between two siblings (not inside one, not after the last). */
function hasGap(nodes: RootContent[]): boolean {
  for (let index = 1; index < nodes.length; index++) {
    if (nodes[index]!.position!.start.line - nodes[index - 1]!.position!.end.line > 1) return true;
  }
  return false;
}

/**
 * Whether a container opened on `line` (0-based) closes a block quote or list that ended on
 * the line before: micromark then ends the closed one after the new line's quote marker.
 */
function closesContainer(parent: Parents, line: number): boolean {
  let node = parent.children.at(-1);
  while (node?.position?.end.line === line) {
    if (node.type === 'blockquote' || node.type === 'list') return true;
    node = 'children' in node ? node.children.at(-1) : undefined;
  }
  return false;
}

/**
 * The node before the outermost container opened on `line`, given the container a new node
 * goes into: the paragraph or code micromark sees a new list interrupt.
 */
function siblingBefore(stack: Frame[], parent: Parents, line: number): RootContent | undefined {
  let container = parent;
  let opened: RootContent | undefined;
  for (let index = stack.length - 1; index >= 0 && stack[index]!.open.map![0] === line; index--) {
    opened = container as RootContent;
    container = stack[index]!.parent;
  }
  const children = container.children as RootContent[];
  return children[(opened ? children.indexOf(opened) : children.length) - 1];
}

/**
 * micromark takes a line after a paragraph or indented code (blank lines apart) as
 * interrupting it even when the line opens new containers first or the code has ended, so
 * there it refuses a list whose first item starts blank or whose number is not 1, unlike
 * CommonMark and markdown-it. `item` opens the list's first item.
 */
function refusedAfterFlow(
  source: Source,
  list: List,
  item: Token,
  before: RootContent | undefined,
  indentedCode: Set<RootContent>,
): boolean {
  const line = item.map![0];
  if (!before || (before.type !== 'paragraph' && !indentedCode.has(before))) return false;
  if (before.type === 'paragraph' && before.position!.end.line !== line) return false;
  for (let blank = before.position!.end.line; blank < line; blank++) if (!source.isBlank(blank)) return false;
  const marker = metaOf(item).start + item.info.length + 1;
  return (list.ordered === true && list.start !== 1) || /^[ \t]*$/.test(source.text.slice(marker, source.end(line)));
}

/** Indented code and HTML start where their container's prefix ends, before their own indentation. */
function indentStart(text: string, meta: BlockMeta): number {
  const start = meta.start - meta.indent;
  for (let offset = start; offset < meta.start; offset++)
    if (text[offset] !== ' ') unsupported('indentation with tabs');
  return start;
}

/** Tabs in a line's indentation turn into columns that do not map back to offsets one to one. */
function checkNoTabIndent(source: Source, first: number, last: number): void {
  for (let line = first; line < last; line++) {
    for (let offset = source.starts[line]!; offset < source.text.length; offset++) {
      const char = source.text[offset];
      if (char === '\t') unsupported('tab in indentation');
      if (char !== ' ' && char !== '>') break;
    }
  }
}

/** Splits a fence's info string into language and meta as micromark does (meta keeps trailing blanks). */
function splitInfo(info: string): [string | undefined, string | undefined] {
  const trimmed = info.replace(/^[ \t]+/, '');
  if (trimmed === '') return [undefined, undefined];
  const match = /^([^ \t]+)[ \t]*/.exec(trimmed)!;
  const rest = trimmed.slice(match[0].length);
  return [match[1], rest === '' ? undefined : rest];
}

/** A continuation line holding one opening or closing tag and nothing else (HTML of kind 7). */
const LONE_TAG_LINE =
  /\n[ \t]*<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?|\/[A-Za-z][A-Za-z0-9-]*\s*)>[ \t]*(?:\n|$)/;

/** Whitespace to JavaScript's `\s` that is not a space, tab or line ending to micromark. */
const UNICODE_BLANK = /[^\S \t\n]/;

/** HTML blocks of kinds 1–5 end at an explicit terminator, which must be on their last line. */
const HTML_TERMINATED: Array<[RegExp, RegExp]> = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** `lines` are the block's, without container prefixes, and an empty string after the last. */
function endsHtml(lines: string[]): boolean {
  const first = lines[0]!.trimStart();
  for (const [open, close] of HTML_TERMINATED) {
    if (open.test(first)) return close.test(lines.length <= 2 ? first : lines.at(-2)!);
  }
  return true;
}

/**
 * Where each line of an inline token's content sits in the body. markdown-it strips
 * container prefixes and indentation from the front of each line but keeps the rest
 * verbatim, so a line's text after its leading blanks is a literal slice of the body.
 */
interface ContentMap {
  /** Offset in the content where each line starts. */
  contentStarts: number[];
  /** Offset in the content of each line's first non-blank character. */
  literalStarts: number[];
  /** Offset in the body of that same character. */
  sourceStarts: number[];
}

/** Maps `count` lines of content from `firstLine` on, checking each against the body. */
function lineMap(source: Source, content: string, firstLine: number, count: number): ContentMap {
  const map: ContentMap = { contentStarts: [], literalStarts: [], sourceStarts: [] };
  let lineStart = 0;
  for (let k = 0; k < count; k++) {
    const newline = content.indexOf('\n', lineStart);
    const isLast = k === count - 1;
    if (isLast !== (newline === -1)) unsupported('content lines');
    const lineEnd = isLast ? content.length : newline;
    let literal = lineStart;
    while (content[literal] === ' ' || content[literal] === '\t') literal++;
    let sourceEnd = source.end(firstLine + k);
    // markdown-it trims the content's end, which is the last line's end.
    if (isLast) while (source.text[sourceEnd - 1] === ' ' || source.text[sourceEnd - 1] === '\t') sourceEnd--;
    const sourceStart = sourceEnd - (lineEnd - literal);
    if (!source.text.startsWith(content.slice(literal, lineEnd), sourceStart))
      unsupported('content does not match the source');
    map.contentStarts.push(lineStart);
    map.literalStarts.push(literal);
    map.sourceStarts.push(sourceStart);
    lineStart = newline + 1;
  }
  return map;
}

/** The line of the content that holds a content offset. */
function lineAt(map: ContentMap, offset: number): number {
  let k = 0;
  let high = map.contentStarts.length - 1;
  while (k < high) {
    const mid = (k + high + 1) >> 1;
    if (map.contentStarts[mid]! <= offset) k = mid;
    else high = mid - 1;
  }
  return k;
}

/** Body offset of a content offset that falls on a literal character or a line ending. */
function sourceOffset(map: ContentMap, offset: number): number {
  const k = lineAt(map, offset);
  if (offset < map.literalStarts[k]!) unsupported('offset inside indentation');
  return map.sourceStarts[k]! + (offset - map.literalStarts[k]!);
}

/** Text being collected: literal text, decoded escapes and references, and soft line endings. */
interface TextRun {
  /** Content offset of the first character, or -1 while empty. */
  start: number;
  end: number;
  /** The text in pieces, joined once when the run ends: appending to one string per line is quadratic. */
  parts: string[];
  /** How many characters at the end of the parts are literal source, and so may be blanks to drop. */
  literalTail: number;
}

const emptyRun = (): TextRun => ({ start: -1, end: -1, parts: [], literalTail: 0 });

interface InlineFrame {
  node: Emphasis | Strong | Link;
  /** Content offset of the opening marker. */
  start: number;
  /** Where the node goes when it closes. */
  parent: PhrasingContent[];
}

/**
 * Converts an inline token's children by walking its content with a cursor: markdown-it
 * gives inline tokens no positions, but each one consumes a known stretch of the content.
 * Without a `map` (an image's alt text, parsed on its own) nodes get no positions.
 */
function convertInline(
  source: Source,
  inline: Token,
  map: ContentMap | undefined,
  inContainer: boolean,
): PhrasingContent[] {
  const content = inline.content;
  const tokens = inline.children ?? [];
  const root: PhrasingContent[] = [];
  let children = root;
  const frames: InlineFrame[] = [];
  let cursor = 0;
  let run = emptyRun();
  /*
   * Once micromark has read past a line ending (for a code span, tag or link destination
   * going on to the next line, or one it gave up on), it ends a node that closes at that
   * line ending after the next line's container prefix instead. Where that could be, give up.
   */
  let lookedAheadTo = -1;

  const position = (start: number, end: number): Position | undefined => {
    if (!map) return undefined;
    const from = sourceOffset(map, start);
    // An end follows the last character consumed, which may be a line ending.
    const to = end > start ? sourceOffset(map, end - 1) + 1 : from;
    return { start: source.point(from), end: source.point(to) };
  };
  const push = (node: PhrasingContent, start: number, end: number) => {
    const at = position(start, end);
    if (at) node.position = at;
    children.push(node);
  };
  const checkLineEnd = (next: number) => {
    if (lookedAheadTo < next || !inContainer || !map) return;
    const k = lineAt(map, next);
    if (map.contentStarts[k] !== next || source.text[map.sourceStarts[k]! - 1] !== '\n')
      unsupported('node ending at a line ending after lookahead');
  };
  const flush = () => {
    if (run.parts.at(-1)?.endsWith('\n')) checkLineEnd(run.end);
    if (run.start !== -1) push({ type: 'text', value: run.parts.join('') } satisfies Text, run.start, run.end);
    run = emptyRun();
  };
  const expect = (text: string) => {
    if (!content.startsWith(text, cursor)) unsupported(`expected \`${text}\` in inline content`);
  };
  const skipBlanks = () => {
    while (content[cursor] === ' ' || content[cursor] === '\t') cursor++;
  };
  // Blanks before a line ending are not text to micromark, nor is a run that only held them.
  const lineEnding = (newline: number) => {
    // Only the last pieces are touched, each by what it loses: linear over the whole run.
    let room = run.literalTail;
    while (room > 0 && run.parts.length > 0) {
      const last = run.parts[run.parts.length - 1]!;
      let keep = last.length;
      while (keep > 0 && room > 0 && (last[keep - 1] === ' ' || last[keep - 1] === '\t')) {
        keep--;
        room--;
      }
      if (keep === 0) run.parts.pop();
      else {
        run.parts[run.parts.length - 1] = last.slice(0, keep);
        break;
      }
    }
    if (run.parts.length === 0) run.start = newline;
    run.parts.push('\n');
    run.end = newline + 1;
    run.literalTail = 0;
    cursor = newline + 1;
    skipBlanks();
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.level >= MAX_NESTING - 2) unsupported('nesting');
    switch (token.type) {
      case 'text': {
        if (token.content === '') break;
        expect(token.content);
        const end = cursor + token.content.length;
        if (failedAcrossLines(content, cursor, end)) lookedAheadTo = content.length;
        if (token.content.includes('`')) checkUnmatchedTicks(content, cursor, end);
        if (run.start === -1) run.start = cursor;
        run.parts.push(token.content);
        run.literalTail += token.content.length;
        cursor = run.end = end;
        break;
      }
      case 'text_special': {
        expect(token.markup);
        if (run.start === -1) run.start = cursor;
        run.parts.push(token.content);
        // A backslash before a character it cannot escape stays, with that character, as written.
        run.literalTail = token.content === token.markup ? run.literalTail + token.markup.length : 0;
        cursor = run.end = cursor + token.markup.length;
        break;
      }
      case 'softbreak': {
        const newline = content.indexOf('\n', cursor);
        if (newline === -1 || !/^[ \t]*$/.test(content.slice(cursor, newline))) unsupported('soft break');
        lineEnding(newline);
        break;
      }
      case 'hardbreak': {
        let start = cursor;
        let newline: number;
        if (content.startsWith('\\\n', cursor)) {
          newline = cursor + 1;
        } else {
          newline = content.indexOf('\n', cursor);
          if (newline === -1 || !/^ *$/.test(content.slice(cursor, newline))) unsupported('hard break');
          while (start > 0 && (content[start - 1] === ' ' || content[start - 1] === '\t')) start--;
          // micromark only breaks on trailing spaces without a tab among them.
          if (content.slice(start, newline).includes('\t')) {
            lineEnding(newline);
            break;
          }
          if (start !== cursor) unsupported('hard break');
        }
        flush();
        checkLineEnd(newline + 1);
        push({ type: 'break' }, start, newline + 1);
        cursor = newline + 1;
        skipBlanks();
        break;
      }
      case 'code_inline': {
        const fence = token.markup;
        expect(fence);
        const close = closingTicks(content, cursor + fence.length, fence.length);
        const raw = content.slice(cursor + fence.length, close);
        const end = close + fence.length;
        checkContinuation(source, map, content, cursor, close);
        if (raw.includes('\n')) lookedAheadTo = Math.max(lookedAheadTo, end);
        // micromark strips one space or line ending from each side when both have one and there is more.
        const padded = /^[ \n]/.test(raw) && /[ \n]$/.test(raw) && /[^ \n]/.test(raw);
        flush();
        push({ type: 'inlineCode', value: padded ? raw.slice(1, -1) : raw }, cursor, end);
        cursor = end;
        break;
      }
      case 'html_inline': {
        expect(token.content);
        const end = cursor + token.content.length;
        if (/^<\/?[A-Za-z]/.test(token.content) && UNICODE_BLANK.test(token.content))
          unsupported('HTML tag with a Unicode blank');
        checkContinuation(source, map, content, cursor, end);
        if (token.content.includes('\n')) lookedAheadTo = Math.max(lookedAheadTo, end);
        flush();
        push({ type: 'html', value: token.content }, cursor, end);
        cursor = end;
        break;
      }
      case 'em_open':
      case 'strong_open':
      case 'link_open': {
        if (token.markup === 'autolink') {
          expect('<');
          const end = content.indexOf('>', cursor);
          const raw = content.slice(cursor + 1, end);
          const url = token.attrGet('href') ?? '';
          if (url !== raw && url !== `mailto:${raw}`) unsupported('autolink');
          flush();
          const label: Text = { type: 'text', value: raw };
          const at = position(cursor + 1, end);
          if (at) label.position = at;
          push({ type: 'link', title: null, url, children: [label] }, cursor, end + 1);
          cursor = end + 1;
          // Its text and closing tokens are accounted for.
          index += 2;
          break;
        }
        const marker = token.type === 'link_open' ? '[' : token.markup;
        expect(marker);
        flush();
        const node: Emphasis | Strong | Link =
          token.type === 'em_open'
            ? { type: 'emphasis', children: [] }
            : token.type === 'strong_open'
              ? { type: 'strong', children: [] }
              : { type: 'link', title: null, url: '', children: [] };
        frames.push({ node, start: cursor, parent: children });
        children = node.children;
        cursor += marker.length;
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close': {
        const frame = frames.pop();
        if (!frame) unsupported('unbalanced inline tokens');
        flush();
        const { node } = frame;
        if (node.type === 'link') {
          expect(']');
          const resource = parseResource(content, cursor);
          if (content.slice(cursor, resource.end).includes('\n')) lookedAheadTo = Math.max(lookedAheadTo, resource.end);
          node.title = resource.title;
          node.url = resource.url;
          cursor = resource.end;
        } else {
          expect(token.markup);
          cursor += token.markup.length;
        }
        children = frame.parent;
        push(node, frame.start, cursor);
        break;
      }
      case 'image': {
        expect('![');
        // The alt text is parsed apart from the body, where its continuation lines cannot be checked.
        if (/\n[\s\S]*[`<]|[`<][\s\S]*\n/.test(token.content))
          unsupported('code or HTML across lines in an image label');
        const labelEnd = cursor + 2 + token.content.length;
        if (content[labelEnd] !== ']') unsupported('image label');
        const resource = parseResource(content, labelEnd);
        if (content.slice(cursor, resource.end).includes('\n')) lookedAheadTo = Math.max(lookedAheadTo, resource.end);
        const alt = convertInline(source, token, undefined, false).map(toText).join('');
        flush();
        push({ type: 'image', title: resource.title, url: resource.url, alt }, cursor, resource.end);
        cursor = resource.end;
        break;
      }
      default:
        unsupported(token.type);
    }
  }
  flush();
  if (frames.length > 0 || cursor !== content.length) unsupported('inline content left over');
  return root;
}

/** Where a code span opened by `length` backticks closes: the next run of exactly as many. */
function closingTicks(content: string, from: number, length: number): number {
  for (let search = from; ;) {
    const tick = content.indexOf('`', search);
    if (tick === -1) unsupported('code span without end');
    let end = tick;
    while (content[end] === '`') end++;
    if (end - tick === length) return tick;
    search = end;
  }
}

/**
 * Whether text at `[start, end)` of the content holds a construct micromark gave up on only
 * after reading past the end of its line: an unclosed code span (looked for to the end), a
 * tag cut by the line end, or a link destination or title going on to the next line.
 */
function failedAcrossLines(content: string, start: number, end: number): boolean {
  const text = content.slice(start, end);
  if (text.includes('`')) return true;
  for (let index = text.indexOf('<'); index !== -1; index = text.indexOf('<', index + 1)) {
    const lineEnd = content.indexOf('\n', start + index);
    if (lineEnd !== -1 && PARTIAL_TAG.test(content.slice(start + index, lineEnd))) return true;
  }
  for (let index = text.indexOf(']('); index !== -1; index = text.indexOf('](', index + 1)) {
    const lineEnd = content.indexOf('\n', start + index);
    if (lineEnd !== -1 && !content.slice(start + index, lineEnd).includes(')')) return true;
  }
  return false;
}

/** The start of an HTML tag, comment or the like that the end of a line does not rule out. */
const PARTIAL_TAG =
  /^<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*(?:\s+[A-Za-z_:][\w.:-]*\s*(?:=\s*(?:"[^"]*|'[^']*)?)?)?\s*|\/[A-Za-z][A-Za-z0-9-]*\s*|[!?].*)$/;

/**
 * A backtick run left as text must have no run of the same length after it: markdown-it's
 * backtick cache can miss a code span (after an unclosed `[`, for one); micromark does not.
 */
function checkUnmatchedTicks(content: string, start: number, end: number): void {
  const ticks = /`+/g;
  ticks.lastIndex = start;
  for (let found = ticks.exec(content); found && found.index < end; found = ticks.exec(content)) {
    const same = new RegExp(`(?<!\`)${found[0]}(?!\`)`, 'g');
    same.lastIndex = found.index + found[0].length;
    if (same.test(content)) unsupported('backtick run that could close');
  }
}

/**
 * micromark keeps a code span's or inline HTML's continuation-line indentation in ways that
 * depend on the container (and on laziness), so only unindented continuation lines are taken.
 */
function checkContinuation(
  source: Source,
  map: ContentMap | undefined,
  content: string,
  start: number,
  end: number,
): void {
  if (!map) return;
  for (
    let newline = nextNewline(content, start);
    newline !== -1 && newline < end;
    newline = nextNewline(content, newline + 1)
  ) {
    const next = content[newline + 1];
    if (next === ' ' || next === '\t') unsupported('indented continuation line');
    const before = source.text[sourceOffset(map, newline + 1) - 1];
    if (before !== '\n' && before !== '>') unsupported('indented continuation line');
  }
}

/** The last answer of `nextNewline`: no line ending lies in `content` between `from` and `at`. */
let newlineCache = { content: '', from: 0, at: -1 };

/**
 * `content.indexOf('\n', from)`, remembered: code spans along one long line each asked for it,
 * and each search ran to the end of the line, which made a line of many spans quadratic.
 */
function nextNewline(content: string, from: number): number {
  const cache = newlineCache;
  if (cache.content === content && from >= cache.from && (cache.at === -1 || from <= cache.at)) return cache.at;
  const at = content.indexOf('\n', from);
  newlineCache = { content, from, at };
  return at;
}

/** The `(url "title")` after a link label, parsed as markdown-it's link rule does. */
function parseResource(content: string, labelEnd: number): { url: string; title: string | null; end: number } {
  const { parseLinkDestination, parseLinkTitle } = markdownIt().helpers;
  const max = content.length;
  let pos = labelEnd + 1;
  // With definitions out of the way, a link is always inline; anything else is a surprise.
  if (content[pos] !== '(') unsupported('link without a destination');
  const skip = () => {
    while (pos < max && (content[pos] === ' ' || content[pos] === '\t' || content[pos] === '\n')) pos++;
  };
  pos++;
  skip();
  let url = '';
  let title: string | null = null;
  const destination = parseLinkDestination(content, pos, max);
  if (destination.ok) {
    const raw = content.slice(pos, destination.pos);
    url = decodeString(raw.startsWith('<') ? raw.slice(1, -1) : raw);
    pos = destination.pos;
    const start = pos;
    skip();
    const parsed = parseLinkTitle(content, pos, max);
    if (pos < max && start !== pos && parsed.ok) {
      // micromark drops the indentation of a title's continuation lines.
      title = decodeString(content.slice(pos + 1, parsed.pos - 1).replace(/\n[ \t]+/g, '\n'));
      pos = parsed.pos;
      skip();
    }
  }
  if (content[pos] !== ')') unsupported('link without a destination');
  return { url, title, end: pos + 1 };
}

/**
 * Resolves escapes and character references as micromark does in URLs, titles and info
 * strings; markdown-it's `unescapeAll` leaves an invalid numeric reference as written.
 */
function decodeString(raw: string): string {
  return raw.replace(
    /\\([!-/:-@[-`{-~])|&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g,
    (match: string, escaped?: string, name?: string) => {
      if (escaped) return escaped;
      if (!name!.startsWith('#')) return markdownIt().utils.unescapeAll(match);
      const hex = name![1] === 'x' || name![1] === 'X';
      const code = Number.parseInt(name!.slice(hex ? 2 : 1), hex ? 16 : 10);
      const invalid =
        code < 9 ||
        code === 11 ||
        (code > 13 && code < 32) ||
        (code > 126 && code < 160) ||
        (code > 55295 && code < 57344) ||
        (code > 64975 && code < 65008) ||
        (code & 65535) === 65535 ||
        (code & 65535) === 65534 ||
        code > 1114111;
      return invalid ? '\uFFFD' : String.fromCodePoint(code);
    },
  );
}

/** mdast-util-to-string, with which micromark makes an image's `alt`. */
function toText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('alt' in node) return node.alt ?? '';
  if ('children' in node) return node.children.map(toText).join('');
  return '';
}
