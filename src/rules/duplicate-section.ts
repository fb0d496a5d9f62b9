import { say } from '../i18n/t.js';
import type { DocumentRule } from './rule.js';
import { canonicalSection, normalizeTitle, outline, type Section } from '../parse/sections.js';

/** A section that appears twice (under its name or an alias) splits what belongs together. */
export const duplicateSection: DocumentRule = {
  id: 'duplicate-section',
  kind: 'document',
  description: {
    'zh-CN': '每个章节只出现一次（别名算作同一章节）',
    en: 'Each section appears once, counting aliases as the same section',
  },
  defaultSeverity: 'error',
  messages: {
    second: {
      'zh-CN': '章节 `{{name}}` 出现第二次，每个章节应只出现一次（并入第一处）',
      en: 'Unexpected second section `{{name}}`, expected each section once (merge it into the first)',
    },
    first: {
      'zh-CN': '`{{name}}` 第一次出现在这里',
      en: '`{{name}}` first appears here',
    },
  },
  check(document, { config, report }) {
    const seen = new Map<string, Section>();
    for (const section of outline(document)?.sections ?? []) {
      const name = canonicalSection(config, section.title) ?? normalizeTitle(section.title);
      const first = seen.get(name);
      if (!first) {
        seen.set(name, section);
        continue;
      }
      const at = document.lines.position(first.titleStart);
      report({
        start: section.titleStart,
        end: section.titleEnd,
        messageId: 'second',
        data: { name },
        related: [
          {
            file: document.file,
            line: at.line,
            column: at.column,
            message: say(duplicateSection.messages!.first!, { name }),
          },
        ],
      });
    }
  },
};
