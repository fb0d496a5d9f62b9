import type { DocumentRule } from './rule.js';
import { editDistance } from '../text/did-you-mean.js';

/** Section titles are short Chinese words: half the characters may differ (岗位描述 → 岗位职责), no more. */
function nearestTitle(title: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const limit = Math.floor(Math.max(candidate.length, title.length) / 2);
    const distance = editDistance(title, candidate, limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
import { canonicalSection, outline } from '../parse/sections.js';

/** Sections that `config.sections[name].required` demands of a kind of file (`role`, `department`). */
export const requiredSection: DocumentRule = {
  id: 'required-section',
  kind: 'document',
  description: {
    'zh-CN': '每个文件都有其类型要求的 `##` 章节（配置 `sections.<name>.required`）',
    en: 'Each file has the `##` sections its kind requires (config `sections.<name>.required`)',
  },
  defaultSeverity: 'error',
  messages: {
    missingRole: {
      'zh-CN': '缺少必需的章节 `{{name}}`，每个岗位文件都应有 `## {{name}}` 标题',
      en: 'Missing required section `{{name}}`, expected a `## {{name}}` heading in every role file',
    },
    missingRoleSuggest: {
      'zh-CN':
        '缺少必需的章节 `{{name}}`，每个岗位文件都应有 `## {{name}}` 标题：`## {{heading}}` 不是已知的章节名，是不是指 `{{suggestion}}`？',
      en: 'Missing required section `{{name}}`, expected a `## {{name}}` heading in every role file: `## {{heading}}` is not a known section, did you mean `{{suggestion}}`?',
    },
    missingDepartmentSuggest: {
      'zh-CN':
        '缺少必需的章节 `{{name}}`，每个部门文件都应有 `## {{name}}` 标题：`## {{heading}}` 不是已知的章节名，是不是指 `{{suggestion}}`？',
      en: 'Missing required section `{{name}}`, expected a `## {{name}}` heading in every department file: `## {{heading}}` is not a known section, did you mean `{{suggestion}}`?',
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
      // An unknown heading that is close to the name or an alias probably meant it: say so, at that heading.
      const candidates = [name, ...section.aliases];
      const near = sections
        .filter((other) => canonicalSection(config, other.title) === undefined)
        .map((other) => ({ other, suggestion: nearestTitle(other.title, candidates) }))
        .find((entry) => entry.suggestion !== undefined);
      if (near) {
        report({
          start: near.other.titleStart,
          end: near.other.titleEnd,
          messageId: kind === 'role' ? 'missingRoleSuggest' : 'missingDepartmentSuggest',
          data: { name, heading: near.other.title, suggestion: near.suggestion! },
        });
        continue;
      }
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
