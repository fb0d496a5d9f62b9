import { isChinese, isLineEnd } from '../text/cjk.js';
import { prose } from '../parse/prose.js';
import type { DocumentRule } from './rule.js';

const FULLWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '.': '。' };
const IS_MARK: boolean[] = [];
for (const mark of Object.keys(FULLWIDTH)) IS_MARK[mark.charCodeAt(0)] = true;

/**
 * Chinese sentences take full-width punctuation. A half-width mark touching Chinese is reported;
 * it is fixed when Chinese stands on both sides (spaces after it are dropped) or when Chinese
 * stands before it at the end of a line. `1,000`, `9:00`, `v1.2` and `文件.docx` are left alone.
 */
export const fullwidthPunctuation: DocumentRule = {
  id: 'fullwidth-punctuation',
  kind: 'document',
  description: {
    'zh-CN': '中文文本使用全角标点（，；：！？。），而不是半角标点（两侧都是中文时可自动修复）',
    en: 'Chinese text uses full-width punctuation (，；：！？。), not half-width (fixable when Chinese is on both sides)',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    halfwidth: {
      'zh-CN': '中文中使用了半角的 `{{mark}}`，应为 `{{fullwidth}}`',
      en: 'Unexpected half-width `{{mark}}` in Chinese text, expected `{{fullwidth}}`',
    },
  },
  check(document, { report }) {
    const text = document.text;
    for (const range of prose(document)) {
      for (let i = range.start; i < range.end; i++) {
        // Half-width marks are ASCII; reading codes avoids a string per Chinese character.
        const code = text.charCodeAt(i);
        if (code > 0x3f || !IS_MARK[code]) continue;
        const mark = text[i]!;
        const fullwidth = FULLWIDTH[mark]!;
        // Dots in a row are an ellipsis, which the `ellipsis` rule handles.
        if (mark === '.' && (text[i - 1] === '.' || text[i + 1] === '.')) continue;
        let next = i + 1;
        while (next < range.end && (text[next] === ' ' || text[next] === '\t')) next++;
        const before = isChinese(text, i - 1);
        const after = next < range.end && isChinese(text, next);
        if (!before && !(after && next === i + 1)) continue;
        if (mark === '.' && !(before && (after || isLineEnd(text, next) || next > i + 1))) continue;
        const fixable = before && (after || (isLineEnd(text, next) && next === i + 1));
        report({
          start: i,
          end: i + 1,
          messageId: 'halfwidth',
          data: { mark, fullwidth },
          ...(fixable ? { fix: { range: [i, after ? next : i + 1], text: fullwidth } } : {}),
        });
      }
    }
  },
};
