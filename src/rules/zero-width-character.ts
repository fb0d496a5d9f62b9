import { isChinese } from '../text/cjk.js';
import type { DocumentRule } from './rule.js';

const NAMES: Record<string, string> = {
  '\u200b': 'U+200B ZERO WIDTH SPACE',
  '\u200c': 'U+200C ZERO WIDTH NON-JOINER',
  '\u200d': 'U+200D ZERO WIDTH JOINER',
  '\u2060': 'U+2060 WORD JOINER',
  '\ufeff': 'U+FEFF ZERO WIDTH NO-BREAK SPACE',
};
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Invisible characters copied in from web pages: they split words for search and diff. Deleting
 * one is safe except for the joiners between characters of other scripts (emoji sequences,
 * Indic and Arabic shaping), where they change what is shown; those are reported without a fix.
 */
export const zeroWidthCharacter: DocumentRule = {
  id: 'zero-width-character',
  kind: 'document',
  description: {
    'zh-CN': '没有不可见的零宽字符（删除后显示不变的位置可自动修复）',
    en: 'No invisible zero-width characters (fixable by deleting them where that changes nothing visible)',
  },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    invisible: {
      'zh-CN': '不可见字符 {{name}}，不应有零宽字符',
      en: 'Unexpected invisible {{name}}, expected no zero-width characters',
    },
    joiner: {
      'zh-CN': '不可见字符 {{name}}，不应有零宽字符（它可能连接前后的字符：删除前请检查）',
      en: 'Unexpected invisible {{name}}, expected no zero-width characters (it may join the characters around it: check before deleting)',
    },
  },
  check(document, { report }) {
    const text = document.text;
    for (const match of text.matchAll(ZERO_WIDTH)) {
      const start = match.index;
      const joiner = match[0] === '\u200c' || match[0] === '\u200d';
      const data = { name: NAMES[match[0]]! };
      if (joiner && shapes(text, start - 1) && shapes(text, start + 1))
        report({
          start,
          end: start + 1,
          messageId: 'joiner',
          data,
        });
      else
        report({ start, end: start + 1, messageId: 'invisible', data, fix: { range: [start, start + 1], text: '' } });
    }
  },
};

/** Whether a neighbour could be shaped by a joiner: anything but ASCII, Chinese, space or nothing. */
function shapes(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return text.charCodeAt(index) > 0x7f && !isChinese(text, index);
}
