import type { DocumentRule } from './rule.js';
import { canonicalSection, outline } from '../parse/sections.js';

/** `## 岗位职责` is `## 职责任务` under another name: one name per section keeps files comparable. */
export const sectionAlias: DocumentRule = {
  id: 'section-alias',
  kind: 'document',
  description: {
    'zh-CN': '章节标题用规范名称，不用别名、编号或结尾的冒号（可自动修复）',
    en: 'Section headings use the canonical name, not an alias, numbering or a trailing colon (fixable)',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    alias: {
      'zh-CN': '章节名 `{{title}}` 不规范，应为 `{{name}}`',
      en: 'Unexpected section name `{{title}}`, expected `{{name}}`',
    },
  },
  check(document, { config, report }) {
    for (const section of outline(document)?.sections ?? []) {
      const name = canonicalSection(config, section.title);
      if (name === undefined || name === section.title) continue;
      // Only a plain-text heading is rewritten; one with emphasis or links is left to a person.
      const plain = section.heading.children.length === 1 && section.heading.children[0]!.type === 'text';
      report({
        start: section.titleStart,
        end: section.titleEnd,
        messageId: 'alias',
        data: { title: section.title, name },
        ...(plain ? { fix: { range: [section.titleStart, section.titleEnd], text: name } } : {}),
      });
    }
  },
};
