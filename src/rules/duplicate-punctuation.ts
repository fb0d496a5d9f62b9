import { prose } from '../parse/prose.js';
import type { DocumentRule } from './rule.js';

// `。。。` and longer are an ellipsis, which the `ellipsis` rule handles; `！！` and `？？` are emphasis.
const REPEATABLE = new Set(['，', '、', '；', '：', '。']);

/** `。。` and `，，` are slips of the keyboard or of a converter (fixable: one is kept). */
export const duplicatePunctuation: DocumentRule = {
  id: 'duplicate-punctuation',
  kind: 'document',
  description: {
    'zh-CN': '没有重复的标点，如 `。。`、`，，`、`、、` 或 `；；`（可自动修复）',
    en: 'No doubled punctuation such as `。。`, `，，`, `、、` or `；；` (fixable)',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    repeated: {
      'zh-CN': '标点 `{{mark}}` 重复（`{{shown}}`），应只写一个',
      en: 'Unexpected repeated `{{mark}}` (`{{shown}}`), expected one',
    },
  },
  check(document, { report }) {
    const text = document.text;
    for (const range of prose(document)) {
      for (let i = range.start; i < range.end; i++) {
        // Only the one code unit after a candidate is compared, so the scan stays linear and allocation-free.
        if (text.charCodeAt(i) !== text.charCodeAt(i + 1) || !REPEATABLE.has(text[i]!)) continue;
        const mark = text[i]!;
        let end = i + 1;
        while (end < range.end && text[end] === mark) end++;
        const length = end - i;
        if (length > 1 && !(mark === '。' && length > 2)) {
          report({
            start: i,
            end,
            messageId: 'repeated',
            data: { mark, shown: text.slice(i, end) },
            fix: { range: [i, end], text: mark },
          });
        }
        i = end - 1;
      }
    }
  },
};
