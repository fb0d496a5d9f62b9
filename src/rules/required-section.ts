import type { DocumentRule } from './rule.js';
import { canonicalSection, outline } from '../parse/sections.js';

/** Sections that `config.sections[name].required` demands of a kind of file (`role`, `department`). */
export const requiredSection: DocumentRule = {
  id: 'required-section',
  kind: 'document',
  description: 'Each file has the `##` sections its kind requires (config `sections.<name>.required`)',
  defaultSeverity: 'error',
  messages: {
    missingRole: {
      'zh-CN': '缺少必需的章节 `{{name}}`，每个岗位文件都应有 `## {{name}}` 标题',
      en: 'Missing required section `{{name}}`, expected a `## {{name}}` heading in every role file',
    },
    missingDepartment: {
      'zh-CN': '缺少必需的章节 `{{name}}`，每个部门文件都应有 `## {{name}}` 标题',
      en: 'Missing required section `{{name}}`, expected a `## {{name}}` heading in every department file',
    },
  },
  check(document, { config, report }) {
    const data = document.frontMatter?.data;
    const sections = outline(document)?.sections;
    if (data === null || typeof data !== 'object' || Array.isArray(data) || !sections) return;
    const kind = (data as { kind?: unknown }).kind === 'department' ? 'department' : 'role';
    const present = new Set(sections.map((section) => canonicalSection(config, section.title)));
    for (const [name, section] of Object.entries(config.sections)) {
      if (!section.required.includes(kind) || present.has(name)) continue;
      // At the opening fence, as for a missing front-matter key.
      report({
        start: 0,
        end: 3,
        messageId: kind === 'role' ? 'missingRole' : 'missingDepartment',
        data: { name },
      });
    }
  },
};
