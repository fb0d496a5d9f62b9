import { z } from 'zod';
import { isHan } from '../text/cjk.js';
import { prose } from '../parse/prose.js';
import type { DocumentRule } from './rule.js';

const optionsSchema = z.strictObject({
  /** `fullwidth`: （…） around Chinese text; `halfwidth`: (…) everywhere. */
  style: z.enum(['fullwidth', 'halfwidth']).default('fullwidth'),
});
type Options = z.infer<typeof optionsSchema>;

const OPEN = new Set(['(', '（']);

/** Parentheses match the text they hold: full-width around Chinese (the default), or half-width throughout. */
export const fullwidthParentheses: DocumentRule<Options> = {
  id: 'fullwidth-parentheses',
  kind: 'document',
  description: {
    'zh-CN': '中文文字外用全角括号（…），设置 `style: halfwidth` 时一律用半角（可自动修复）',
    en: 'Parentheses around Chinese text are full-width （…）, or half-width everywhere with `style: halfwidth` (fixable)',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: optionsSchema,
  messages: {
    halfwidth: {
      'zh-CN': '中文文字外的括号 `{{shown}}` 是半角，应为 `（` 和 `）`',
      en: 'Unexpected half-width parentheses around Chinese text `{{shown}}`, expected `（` and `）`',
    },
    fullwidth: {
      'zh-CN': '括号 `{{shown}}` 是全角，应为 `(` 和 `)`（`style: halfwidth`）',
      en: 'Unexpected full-width parentheses `{{shown}}`, expected `(` and `)` (`style: halfwidth`)',
    },
  },
  check(document, { options, report }) {
    const text = document.text;
    for (const range of prose(document)) {
      const opens: number[] = [];
      for (let i = range.start; i < range.end; i++) {
        const code = text.charCodeAt(i);
        if (code !== 0x28 && code !== 0x29 && code !== 0xff08 && code !== 0xff09) continue;
        if (OPEN.has(text[i]!)) opens.push(i);
        else if (opens.length > 0) {
          const open = opens.pop()!;
          const shown = i - open > 12 ? `${text.slice(open, open + 11)}…${text[i]}` : text.slice(open, i + 1);
          const content = text.slice(open + 1, i);
          if (options.style === 'fullwidth') {
            if (text[open] === '（' && text[i] === '）') continue;
            if (!hasHan(content)) continue;
            report({
              start: open,
              end: i + 1,
              messageId: 'halfwidth',
              data: { shown },
              fix: { range: [open, i + 1], text: `（${content}）` },
            });
          } else if (text[open] === '（' || text[i] === '）') {
            report({
              start: open,
              end: i + 1,
              messageId: 'fullwidth',
              data: { shown },
              fix: { range: [open, i + 1], text: `(${content})` },
            });
          }
        }
      }
    }
  },
};

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text, i)) return true;
  return false;
}
