import { say } from '../i18n/t.js';
import type { MessageData } from '../i18n/format-message.js';
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
  description: {
    'zh-CN':
      '列表用 Markdown 有序列表，而不是手打的编号（`1、`、`(1)`、`（一）`、`一、`、后面没有空格的 `1.`）；编号连贯时可自动修复',
    en: 'Lists are Markdown ordered lists, not numbers typed by hand (`1、`, `(1)`, `（一）`, `一、`, `1.` without a space); fixable when the run is consistent',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    handNumber: {
      'zh-CN': '手写的编号 `{{written}}`，应使用 Markdown 有序列表（`{{number}}. `）',
      en: 'Unexpected hand-typed number `{{written}}`, expected a Markdown ordered list item (`{{number}}. `)',
    },
    notFixed: {
      'zh-CN': '手写的编号 `{{written}}`，应使用 Markdown 有序列表（`{{number}}. `）；未自动修复：{{reason}}',
      en: 'Unexpected hand-typed number `{{written}}`, expected a Markdown ordered list item (`{{number}}. `); not fixed: {{reason}}',
    },
    reason_inQuote: {
      'zh-CN': '它在引用中，或接续某个列表项',
      en: 'it is inside a quote or continues a list item',
    },
    reason_indented: {
      'zh-CN': '编号有缩进',
      en: 'a number is indented',
    },
    reason_noText: {
      'zh-CN': '有条目在编号后没有文字',
      en: 'an item has no text after its number',
    },
    reason_someNumbered: {
      'zh-CN': '列表中只有部分条目有编号',
      en: 'only some items of the list are numbered',
    },
    reason_differ: {
      'zh-CN': '手写编号与列表编号不一致',
      en: 'the typed numbers differ from the list numbers',
    },
    reason_manyBlocks: {
      'zh-CN': '有条目包含多个段落块',
      en: 'an item holds more than one block',
    },
    reason_mixed: {
      'zh-CN': '这一串编号混用了不同的编号样式',
      en: 'the run mixes numbering styles',
    },
    reason_start: {
      'zh-CN': '这一串编号从 {{first}} 开始，而不是 1',
      en: 'the run starts at {{first}}, not 1',
    },
    reason_jump: {
      'zh-CN': '编号从 {{from}} 跳到 {{to}}',
      en: 'the numbers jump from {{from}} to {{to}}',
    },
  },
  check(document, { report }) {
    for (const section of outline(document)?.sections ?? []) {
      const verdicts = new Map<number, Fix | string>();
      judgeParagraphRuns(document, section, verdicts);
      for (const block of section.blocks) judgeLists(document, block, verdicts);
      for (const item of section.items) {
        if (!item.number) continue;
        const written = document.text.slice(item.start, item.start + item.number.length);
        const verdict = verdicts.get(item.start) ?? reason('reason_inQuote');
        const data = { written, number: item.number.value };
        const end = item.start + item.number.length;
        if (typeof verdict === 'string')
          report({ start: item.start, end, messageId: 'notFixed', data: { ...data, reason: verdict } });
        else report({ start: item.start, end, messageId: 'handNumber', data, fix: verdict });
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
    if (lineStart !== item.start) return reason('reason_indented');
    if (item.start + item.number!.lengthWithSpace >= item.end) return reason('reason_noText');
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
  if (entries.some((entry) => !entry.number)) return reason('reason_someNumbered');
  const numbers = entries.map((entry) => entry.number!);
  if (list.ordered) {
    const start = list.start ?? 1;
    return numbers.every((number, i) => number.value === start + i) ? undefined : reason('reason_differ');
  }
  // A bullet item that holds more than one block would need its indentation redone.
  if (entries.some((entry) => entry.listItem.children.length !== 1)) return reason('reason_manyBlocks');
  return sequenceProblem(numbers);
}

function sequenceProblem(numbers: HandNumber[]): string | undefined {
  if (numbers.some((number) => number.style !== numbers[0]!.style)) return reason('reason_mixed');
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i]!.value !== i + 1)
      return i === 0
        ? reason('reason_start', { first: numbers[0]!.value })
        : reason('reason_jump', { from: numbers[i - 1]!.value, to: numbers[i]!.value });
  }
  return undefined;
}

/** Why a hand-typed number is not fixed, in the run's language. */
function reason(id: string, data?: MessageData): string {
  return say(handNumberedList.messages![id]!, data);
}
