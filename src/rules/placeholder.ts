import { z } from 'zod';
import { fieldPath, frontMatterStrings, locateInValue } from '../parse/front-matter-strings.js';
import { prose } from '../parse/prose.js';
import type { DocumentRule } from './rule.js';
import { outline } from '../parse/sections.js';

const DEFAULT_WORDS = ['某某', '待定', '待补充', 'TBD', 'TODO', 'FIXME'];

const optionsSchema = z.strictObject({
  /** Words that mark unfinished text, besides runs of `X` and a lone ellipsis. */
  words: z.array(z.string().min(1)).default(DEFAULT_WORDS),
});
type Options = z.infer<typeof optionsSchema>;

// A run of two or more X (or ×) that is not part of a Latin word or number: `XXXX`, `xx部门`, `××公司`.
const X_RUN = /(?<![A-Za-z0-9])(?:X{2,}|x{2,}|×{2,}|Ｘ{2,}|ｘ{2,})(?![A-Za-z0-9])/g;
const ELLIPSIS_ONLY = /^[\s.…。·⋯]+$/;
const patterns = new WeakMap<Options, RegExp>();

/** Placeholders left in from a template: the text that should have replaced them is missing. */
export const placeholder: DocumentRule<Options> = {
  id: 'placeholder',
  kind: 'document',
  description: {
    'zh-CN': '头部信息和正文中没有占位符（XXXX、某某、待定、TBD、TODO、单独的 ……）',
    en: 'No placeholders (XXXX, 某某, 待定, TBD, TODO, a lone ……) in front matter values or the body',
  },
  defaultSeverity: 'error',
  options: optionsSchema,
  messages: {
    inField: {
      'zh-CN': '`{{field}}` 中是占位文字 `{{text}}`，应填写真实内容',
      en: 'Unexpected placeholder `{{text}}` in `{{field}}`, expected the real value',
    },
    inBody: {
      'zh-CN': '占位文字 `{{text}}`，应填写真实内容',
      en: 'Unexpected placeholder `{{text}}`, expected the real text',
    },
  },
  check(document, { options, report }) {
    const words = wordPattern(options);
    for (const entry of frontMatterStrings(document)) {
      // `notes` describe the source, and may quote what was left out of it and why.
      if (entry.path[0] === 'notes') continue;
      const field = fieldPath(entry.path);
      if (ELLIPSIS_ONLY.test(entry.value) && /[.…。·⋯]/.test(entry.value)) {
        report({
          ...locateInValue(document, entry, 0, entry.value.length),
          messageId: 'inField',
          data: { text: entry.value.trim(), field },
        });
        continue;
      }
      for (const match of find(entry.value, words)) {
        report({
          ...locateInValue(document, entry, match.index, match.text.length),
          messageId: 'inField',
          data: { text: match.text, field },
        });
      }
    }
    for (const range of prose(document)) {
      const text = document.text.slice(range.start, range.end);
      for (const match of find(text, words)) {
        report({
          start: range.start + match.index,
          end: range.start + match.index + match.text.length,
          messageId: 'inBody',
          data: { text: match.text },
        });
      }
    }
    for (const section of outline(document)?.sections ?? []) {
      for (const item of section.items) {
        const start = item.start + (item.number?.lengthWithSpace ?? 0);
        const text = document.text.slice(start, item.end);
        if (text !== '' && ELLIPSIS_ONLY.test(text))
          report({
            start,
            end: item.end,
            messageId: 'inBody',
            data: { text: text.trim() },
          });
      }
    }
  },
};

function find(text: string, words: RegExp): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  for (const pattern of [X_RUN, words]) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, text: match[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** One alternation of the configured words; Latin words only as whole words, in any case. */
function wordPattern(options: Options): RegExp {
  let pattern = patterns.get(options);
  if (!pattern) {
    const alternatives = options.words.map((word) => {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /^[A-Za-z]/.test(word) ? `(?<![A-Za-z])${escaped}(?![A-Za-z])` : escaped;
    });
    pattern = new RegExp(alternatives.join('|') || '(?!)', 'gi');
    patterns.set(options, pattern);
  }
  return pattern;
}
