import type { DocumentRule } from './rule.js';
import { outline } from '../parse/sections.js';

/** Blocks that are not content: comments, sub-headings and rules. */
const NOT_CONTENT = new Set(['html', 'heading', 'thematicBreak']);

/** A heading with nothing under it promises content that is not there. */
export const emptySection: DocumentRule = {
  id: 'empty-section',
  kind: 'document',
  description: {
    'zh-CN': '每个 `##` 章节都有内容（只有注释或子标题不算）',
    en: 'Every `##` section has content (comments and sub-headings alone do not count)',
  },
  defaultSeverity: 'warning',
  messages: {
    empty: {
      'zh-CN': '章节 `{{title}}` 是空的，标题下应有内容（或删去标题）',
      en: 'Unexpected empty section `{{title}}`, expected content under the heading (or no heading)',
    },
  },
  check(document, { report }) {
    for (const section of outline(document)?.sections ?? []) {
      if (section.blocks.some((block) => !NOT_CONTENT.has(block.type))) continue;
      report({
        start: section.titleStart,
        end: section.titleEnd,
        messageId: 'empty',
        data: { title: section.title },
      });
    }
  },
};
