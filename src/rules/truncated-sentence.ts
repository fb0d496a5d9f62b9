import type { Document } from '../parse/document.js';
import type { DocumentRule } from './rule.js';
import { outline, type Item } from '../parse/sections.js';

const TERMINAL = new Set(['。', '；', '！', '？', '!', '?', ';', '.', '…']);
const CLOSERS = new Set(['）', ')', '」', '』', '”', '’', '》', '】', ']', '"', "'", ' ', '\t']);
const DANGLING = new Set(['，', ',', '、', '：', ':']);
const SENTENCE_INSIDE = /[，。；,;]/;

/**
 * Scraped descriptions often lose the end of a section (`…管理目标和指标完`). The last item of a
 * section is truncated when it ends on a comma, 、 or colon, or ends without terminal punctuation
 * while it reads as a sentence: it has clauses inside, or (a list item) its list mates end with punctuation.
 * A list of short noun phrases (`电脑`, `电话`) is not sentences and passes.
 */
export const truncatedSentence: DocumentRule = {
  id: 'truncated-sentence',
  kind: 'document',
  description: {
    'zh-CN': '章节的最后一段或最后一个列表项以句末标点（。；！？）结束，而不是停在句中、逗号或顿号处',
    en: "A section's last paragraph or list item ends its sentence (。；！？), not mid-sentence or on a comma or 、",
  },
  defaultSeverity: 'warning',
  messages: {
    dangling: {
      'zh-CN': '章节 `{{section}}` 以 `{{final}}` 结尾，句子应以 `。` 结束（是否缺了文字？）',
      en: 'Unexpected `{{final}}` at the end of section `{{section}}`, expected the sentence to end with `。` (is text missing?)',
    },
    midSentence: {
      'zh-CN': '章节 `{{section}}` 在句子中间结束（`{{tail}}`），应以 `。`、`；`、`！` 或 `？` 结束（是否缺了文字？）',
      en: 'Unexpected end of section `{{section}}` mid-sentence at `{{tail}}`, expected `。`, `；`, `！` or `？` (is text missing?)',
    },
  },
  check(document, { report }) {
    for (const section of outline(document)?.sections ?? []) {
      const lastBlock = section.blocks.filter((block) => block.type !== 'html').at(-1);
      const last = section.items.at(-1);
      if (!last || (lastBlock?.type !== 'paragraph' && lastBlock?.type !== 'list')) continue;
      let end = last.end;
      while (end > last.start && CLOSERS.has(document.text[end - 1]!)) end--;
      const start = last.start + (last.number?.lengthWithSpace ?? 0);
      if (end <= start) continue;
      const final = document.text[end - 1]!;
      if (TERMINAL.has(final)) continue;
      if (DANGLING.has(final)) {
        report({
          start: end - 1,
          end,
          messageId: 'dangling',
          data: { final, section: section.title },
        });
        continue;
      }
      const text = document.text.slice(start, end);
      const listLike = last.listItem !== undefined || last.number !== undefined;
      const sentence =
        SENTENCE_INSIDE.test(text) ||
        (listLike &&
          section.items.some(
            (item) =>
              item !== last &&
              (item.listItem !== undefined || item.number !== undefined) &&
              endsSentence(document, item),
          ));
      if (!sentence) continue;
      const tail = text.length > 8 ? `…${text.slice(-8)}` : text;
      report({
        start: end - 1,
        end,
        messageId: 'midSentence',
        data: { section: section.title, tail },
      });
    }
  },
};

function endsSentence(document: Document, item: Item): boolean {
  let end = item.end;
  while (end > item.start && CLOSERS.has(document.text[end - 1]!)) end--;
  return end > item.start && TERMINAL.has(document.text[end - 1]!);
}
