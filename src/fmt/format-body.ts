import type { List, Parent, Root, RootContent } from 'mdast';
import { guardMarkdown, parseBody } from '../parse/parse-body.js';

/** A replacement in the body: offsets into it. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The Markdown body in canonical form, with the same meaning: `-` for bullets and `1.` for
 * numbers (lists that sit right next to another list keep their markers, since changing one
 * would merge them), one blank line around headings and between blocks, no runs of blank
 * lines, one newline at the end. Code, HTML and comments are left exactly as they are; item
 * numbers are kept (they may be the source's own). Line endings are `\n` here; the caller
 * restores the file's.
 */
export function formatBody(body: string): string {
  if (guardMarkdown(body)) return body;
  const tree = parseBody(body);
  const edits: Edit[] = [];
  visitLists(tree, body, edits);
  const marked = applyEdits(body, edits);
  return normaliseBlankLines(marked, parseBody(marked));
}

function visitLists(parent: Parent, body: string, edits: Edit[]): void {
  parent.children.forEach((node, index) => {
    if (node.type === 'list') {
      const neighbours = [parent.children[index - 1], parent.children[index + 1]];
      if (!neighbours.some((neighbour) => neighbour?.type === 'list' && neighbour.ordered === node.ordered))
        markList(node, body, edits);
    }
    if ('children' in node) visitLists(node, body, edits);
  });
}

function markList(list: List, body: string, edits: Edit[]): void {
  for (const item of list.children) {
    const start = item.position?.start.offset;
    if (start === undefined) continue;
    if (list.ordered) {
      const match = /^(\d{1,9})\)/.exec(body.slice(start, start + 11));
      if (match) edits.push({ start: start + match[1]!.length, end: start + match[1]!.length + 1, text: '.' });
    } else if (body[start] === '*' || body[start] === '+') {
      edits.push({ start, end: start + 1, text: '-' });
    }
  }
}

function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(from, edit.start), edit.text);
    from = edit.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Between top-level blocks: exactly one blank line (none before the first block); a run of blank
 * lines inside a list or quote becomes one. Lines inside code and HTML blocks are never touched.
 */
function normaliseBlankLines(body: string, tree: Root): string {
  const lines = body.split('\n');
  // The text after the last newline is a line only when it is not empty.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const lineOf = (at: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const keep = new Array<boolean>(lines.length).fill(true);
  const protectedLines = new Array<boolean>(lines.length).fill(false);
  const protect = (node: RootContent | Root) => {
    if ((node.type === 'code' || node.type === 'html') && node.position) {
      for (let line = lineOf(node.position.start.offset!); line <= lineOf(node.position.end.offset!); line++)
        protectedLines[line] = true;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) protect(child);
  };
  protect(tree);
  const blank = (line: number) => lines[line]!.trim() === '' && !protectedLines[line];
  // Runs of blank lines become one.
  for (let line = 1; line < lines.length; line++) if (blank(line) && blank(line - 1)) keep[line - 1] = false;
  // No blank lines before the first block.
  for (let line = 0; line < lines.length && blank(line); line++) keep[line] = false;
  // One blank line between top-level blocks that touch.
  const insertBefore = new Set<number>();
  const blocks = tree.children.filter((node) => node.position);
  for (let i = 1; i < blocks.length; i++) {
    const previousEnd = lineOf(blocks[i - 1]!.position!.end.offset!);
    const start = lineOf(blocks[i]!.position!.start.offset!);
    if (start === previousEnd + 1 && needsBlankLine(blocks[i - 1]!, blocks[i]!)) insertBefore.add(start);
  }
  // Blank lines at the end go, unless they belong to a code block left open.
  for (let line = lines.length - 1; line >= 0 && blank(line); line--) keep[line] = false;
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (insertBefore.has(index)) out.push('');
    if (keep[index]) out.push(line);
  });
  return `${out.join('\n')}\n`;
}

/** A blank line between two touching blocks changes nothing only around headings, rules and HTML comments. */
function needsBlankLine(previous: RootContent, next: RootContent): boolean {
  const separate = (node: RootContent) => node.type === 'heading' || node.type === 'thematicBreak';
  return separate(previous) || separate(next);
}
