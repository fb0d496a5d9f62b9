import type { List, RootContent } from 'mdast';
import type { Fix } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { matchHandNumber, type HandNumber } from '../text/hand-number.js';
import type { DocumentRule } from './rule.js';
import { outline, type Item, type Section } from '../parse/sections.js';

/**
 * `1、负责…` typed by hand renders as one run-on paragraph; a Markdown list (`1. 负责…`) renders
 * as a list and can be counted. A run is fixed only when it is unambiguous: one numbering style,
 * numbered 1, 2, 3… in order, each number at the start of its line.
 */
export const handNumberedList: DocumentRule = {
  id: 'hand-numbered-list',
  kind: 'document',
  description:
    'Lists are Markdown ordered lists, not numbers typed by hand (`1、`, `(1)`, `（一）`, `一、`, `1.` without a space); fixable when the run is consistent',
  defaultSeverity: 'warning',
  fixable: true,
  check(document, { report }) {
    for (const section of outline(document)?.sections ?? []) {
      const verdicts = new Map<number, Fix | string>();
      judgeParagraphRuns(document, section, verdicts);
      for (const block of section.blocks) judgeLists(document, block, verdicts);
      for (const item of section.items) {
        if (!item.number) continue;
        const written = document.text.slice(item.start, item.start + item.number.length);
        const verdict = verdicts.get(item.start) ?? 'it is inside a quote or continues a list item';
        const message = `Unexpected hand-typed number \`${written}\`, expected a Markdown ordered list item (\`${item.number.value}. \`)`;
        const end = item.start + item.number.length;
        if (typeof verdict === 'string')
          report({ start: item.start, end, message: `${message}; not fixed: ${verdict}` });
        else report({ start: item.start, end, message, fix: verdict });
      }
    }
  },
};

/** Numbered lines of the section's own paragraphs, in runs broken by anything else. */
function judgeParagraphRuns(document: Document, section: Section, verdicts: Map<number, Fix | string>): void {
  const topLevel = new Set<unknown>(section.blocks);
  let run: Item[] = [];
  const flush = () => {
    const problem = runProblem(document, run);
    for (const item of run) {
      verdicts.set(
        item.start,
        problem ?? { range: [item.start, item.start + item.number!.lengthWithSpace], text: `${item.number!.value}. ` },
      );
    }
    run = [];
  };
  for (const item of section.items) {
    if (item.number && topLevel.has(item.paragraph)) run.push(item);
    else flush();
  }
  flush();
}

function runProblem(document: Document, run: Item[]): string | undefined {
  const numbers = run.map((item) => item.number!);
  const sequence = sequenceProblem(numbers);
  if (sequence) return sequence;
  for (const item of run) {
    const lineStart = document.text.lastIndexOf('\n', item.start - 1) + 1;
    if (lineStart !== item.start) return 'a number is indented';
    if (item.start + item.number!.lengthWithSpace >= item.end) return 'an item has no text after its number';
  }
  return undefined;
}

/** The hand numbers at the start of Markdown list items: a bullet list becomes an ordered one; an ordered one loses its doubled numbers. */
function judgeLists(document: Document, block: RootContent, verdicts: Map<number, Fix | string>): void {
  const stack: RootContent[] = [block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
      for (const child of node.children as RootContent[]) stack.push(child);
    if (node.type !== 'list') continue;
    const entries = node.children.map((listItem) => {
      const paragraph = listItem.children[0];
      const start = paragraph?.type === 'paragraph' ? paragraph.position!.start.offset! + document.bodyOffset : -1;
      return { listItem, start, number: start === -1 ? undefined : matchHandNumber(document.text, start) };
    });
    const numbered = entries.filter((entry) => entry.number);
    if (numbered.length === 0) continue;
    const problem = listProblem(node, entries);
    for (const entry of numbered) {
      const number = entry.number!;
      let verdict: Fix | string;
      if (problem) verdict = problem;
      else if (node.ordered) verdict = { range: [entry.start, entry.start + number.lengthWithSpace], text: '' };
      else
        verdict = {
          range: [entry.listItem.position!.start.offset! + document.bodyOffset, entry.start + number.lengthWithSpace],
          text: `${number.value}. `,
        };
      verdicts.set(entry.start, verdict);
    }
  }
}

function listProblem(
  list: List,
  entries: Array<{ listItem: List['children'][number]; number: HandNumber | undefined }>,
): string | undefined {
  if (entries.some((entry) => !entry.number)) return 'only some items of the list are numbered';
  const numbers = entries.map((entry) => entry.number!);
  if (list.ordered) {
    const start = list.start ?? 1;
    return numbers.every((number, i) => number.value === start + i)
      ? undefined
      : 'the typed numbers differ from the list numbers';
  }
  // A bullet item that holds more than one block would need its indentation redone.
  if (entries.some((entry) => entry.listItem.children.length !== 1)) return 'an item holds more than one block';
  return sequenceProblem(numbers);
}

function sequenceProblem(numbers: HandNumber[]): string | undefined {
  if (numbers.some((number) => number.style !== numbers[0]!.style)) return 'the run mixes numbering styles';
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i]!.value !== i + 1)
      return i === 0
        ? `the run starts at ${numbers[0]!.value}, not 1`
        : `the numbers jump from ${numbers[i - 1]!.value} to ${numbers[i]!.value}`;
  }
  return undefined;
}
