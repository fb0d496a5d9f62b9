import type { DocumentRule } from './rule.js';
import { canonicalSection, normalizeTitle, outline, type Section } from '../parse/sections.js';

/** A section that appears twice (under its name or an alias) splits what belongs together. */
export const duplicateSection: DocumentRule = {
  id: 'duplicate-section',
  kind: 'document',
  description: 'Each section appears once, counting aliases as the same section',
  defaultSeverity: 'error',
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
        message: `Unexpected second section \`${name}\`, expected each section once (merge it into the first)`,
        related: [{ file: document.file, line: at.line, column: at.column, message: `\`${name}\` first appears here` }],
      });
    }
  },
};
