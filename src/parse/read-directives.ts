import type { Html, Root } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';
import type { LineIndex } from './line-index.js';

/** What reading directives needs of a document (declared here: the Document type itself is built from this module's result). */
interface DirectiveSource {
  text: string;
  body: string;
  bodyOffset: number;
  lines: LineIndex;
  markdown(): Root | undefined;
}

/** The four inline comments that switch rules off and on, as written in the body. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

/** One `<!-- roles-… -->` comment of a body. */
export interface Directive {
  kind: DirectiveKind;
  /** The rule ids it names, each with its offset in `document.text`; empty means every rule. */
  rules: Array<{ id: string; start: number; end: number }>;
  /** The text after ` -- `, when given. */
  reason?: string;
  /** The comment's offsets in `document.text`. */
  start: number;
  end: number;
  /** Where the comment starts and ends, as line and column: findings are compared by position, so no line index is built for them. */
  from: Position;
  to: Position;
}

/** A `<!-- roles-something -->` comment whose keyword is none of the four. */
export interface MalformedDirective {
  start: number;
  end: number;
  messageId: 'unknownDirective';
  data: { directive: string };
}

/** What a body's comments say; plain data, so the cache can keep it and a warm run parses no body for it. */
export interface ReadDirectives {
  directives: Directive[];
  malformed: MalformedDirective[];
}

const KEYWORDS: Record<string, DirectiveKind> = {
  'roles-disable': 'disable',
  'roles-enable': 'enable',
  'roles-disable-next-line': 'disable-next-line',
  'roles-disable-file': 'disable-file',
};
const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^(\s*)(roles-[a-z-]*)/;
const NONE: ReadDirectives = { directives: [], malformed: [] };

/** Finds every directive comment in the body's HTML (never in code), in source order; a body that could not be parsed has none. */
export function readDirectives(document: DirectiveSource): ReadDirectives {
  // Most files have no directive: skip the tree walk for them.
  if (!document.body.includes('roles-')) return NONE;
  const directives: Directive[] = [];
  const malformed: MalformedDirective[] = [];
  const tree = document.markdown();
  if (!tree) return NONE;
  const html: Html[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; children?: unknown[] };
    if (node.type === 'html') html.push(node as Html);
    else if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  for (const node of html) {
    const base = node.position!.start.offset! + document.bodyOffset;
    const source = document.text.slice(base, node.position!.end.offset! + document.bodyOffset);
    for (const comment of source.matchAll(COMMENT)) {
      const content = comment[1]!;
      const head = DIRECTIVE.exec(content);
      if (!head) continue;
      const start = base + comment.index;
      const end = start + comment[0].length;
      const kind = KEYWORDS[head[2]!];
      if (!kind) {
        malformed.push({ start, end, messageId: 'unknownDirective', data: { directive: head[2]! } });
        continue;
      }
      const afterKeyword = head[0].length;
      const separator = /(?:^|\s)--(?:\s|$)/.exec(content.slice(afterKeyword));
      const listText = separator
        ? content.slice(afterKeyword, afterKeyword + separator.index)
        : content.slice(afterKeyword);
      const rules: Directive['rules'] = [];
      const listStart = start + 4 + afterKeyword;
      for (const name of listText.matchAll(/[^\s,]+/g)) {
        rules.push({ id: name[0], start: listStart + name.index, end: listStart + name.index + name[0].length });
      }
      const reason = separator ? content.slice(afterKeyword + separator.index + separator[0].length).trim() : undefined;
      directives.push({
        kind,
        rules,
        ...(reason ? { reason } : {}),
        start,
        end,
        from: document.lines.position(start),
        to: document.lines.position(end),
      });
    }
  }
  directives.sort((a, b) => a.start - b.start);
  return { directives, malformed };
}
