import { say } from '../i18n/t.js';
import type { DocumentRule } from './rule.js';
import { outline, type Item } from '../parse/sections.js';

// Punctuation and spaces that do not make two items different.
const IGNORED = /[\s。；;，,、.！!？?：:]+/g;

/** The same duty listed twice in one section: a copy-paste slip, or two items that should be one. */
export const duplicateItem: DocumentRule = {
  id: 'duplicate-item',
  kind: 'document',
  description: {
    'zh-CN': '同一章节中没有重复的条目（列表项、编号行或段落）',
    en: 'No item (list item, numbered line or paragraph) appears twice in one section',
  },
  defaultSeverity: 'warning',
  messages: {
    duplicate: {
      'zh-CN': '章节 `{{section}}` 中的条目 `{{item}}` 重复，每条应只出现一次',
      en: 'Unexpected duplicate item `{{item}}` in section `{{section}}`, expected each item once',
    },
    first: {
      'zh-CN': '同一条目第一次出现在这里',
      en: 'the same item appears first here',
    },
  },
  check(document, { report }) {
    for (const section of outline(document)?.sections ?? []) {
      const seen = new Map<string, Item>();
      for (const item of section.items) {
        const text = document.text.slice(item.start + (item.number?.lengthWithSpace ?? 0), item.end);
        const key = text.replace(IGNORED, '');
        if (key.length < 2) continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, item);
          continue;
        }
        const at = document.lines.position(first.start);
        const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
        report({
          start: item.start,
          end: item.end,
          messageId: 'duplicate',
          data: { item: shown, section: section.title },
          related: [
            { file: document.file, line: at.line, column: at.column, message: say(duplicateItem.messages!.first!) },
          ],
        });
      }
    }
  },
};
