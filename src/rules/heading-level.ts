import type { DocumentRule } from './rule.js';
import { headingTitle, outline } from '../parse/sections.js';

/** One optional `#` title first, sections at `##`, and no level skipped on the way down. */
export const headingLevel: DocumentRule = {
  id: 'heading-level',
  kind: 'document',
  description: {
    'zh-CN': '标题层级：最多一个 `#` 标题且在最前面，章节用 `##`，不跳级',
    en: 'Headings: at most one `#` title before everything else, sections at `##`, no skipped levels',
  },
  defaultSeverity: 'warning',
  messages: {
    lateTitle: {
      'zh-CN': '一级标题 `{{title}}` 出现在其他标题之后，最多只应有一个 `#` 标题，且放在最前（章节用 `##`）',
      en: 'Unexpected level-1 heading `{{title}}` after other headings, expected one `#` title at most, before them (sections are `##`)',
    },
    skipped: {
      'zh-CN': '{{depth}} 级标题 `{{title}}` 跳级了，最多应为 {{deepest}} 级：标题级别不能跳过',
      en: 'Unexpected level-{{depth}} heading `{{title}}`, expected level {{deepest}} at most: levels may not be skipped',
    },
  },
  check(document, { report }) {
    let previous = 0;
    for (const heading of outline(document)?.headings ?? []) {
      const { title } = headingTitle(document, heading);
      const start = heading.position!.start.offset! + document.bodyOffset;
      const end = heading.position!.end.offset! + document.bodyOffset;
      // A `#` title may only come first; with none, sections start at `##`.
      const deepest = previous === 0 ? 2 : previous + 1;
      if (heading.depth === 1 && previous !== 0) {
        report({
          start,
          end,
          messageId: 'lateTitle',
          data: { title },
        });
      } else if (heading.depth > deepest) {
        report({
          start,
          end,
          messageId: 'skipped',
          data: { depth: heading.depth, title, deepest },
        });
      }
      previous = heading.depth;
    }
  },
};
