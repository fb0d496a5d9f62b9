import { isChinese } from '../text/cjk.js';
import { prose } from '../parse/prose.js';
import type { DocumentRule } from './rule.js';

// Runs are bounded by what they repeat, so matching is linear.
const CANDIDATE = /…+|\.{3,}|。{3,}|·{3,}|⋯+/g;

/** The Chinese ellipsis is two `…`: `……`. Next to Chinese, `...`, `。。。`, `···`, `⋯` and a lone `…` are fixed to it. */
export const ellipsis: DocumentRule = {
  id: 'ellipsis',
  kind: 'document',
  description: {
    'zh-CN': '中文省略号写作 `……`，而不是 `...`、`。。。`、`···` 或单个 `…`（可自动修复）',
    en: 'Ellipses in Chinese text are `……`, not `...`, `。。。`, `···` or a single `…` (fixable)',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    ellipsis: {
      'zh-CN': '省略号 `{{written}}` 写法不规范，应为 `……`',
      en: 'Unexpected ellipsis `{{written}}`, expected `……`',
    },
  },
  check(document, { report }) {
    const text = document.text;
    for (const range of prose(document)) {
      for (const match of text.slice(range.start, range.end).matchAll(CANDIDATE)) {
        const written = match[0];
        const start = range.start + match.index;
        const end = start + written.length;
        if (written === '……') continue;
        // `...` and `…` are right in Latin text; only next to Chinese are they a Chinese ellipsis.
        if (!written.startsWith('。') && !isChinese(text, start - 1) && !isChinese(text, end)) continue;
        report({
          start,
          end,
          messageId: 'ellipsis',
          data: { written },
          fix: { range: [start, end], text: '……' },
        });
      }
    }
  },
};
