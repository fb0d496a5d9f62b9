import type { DocumentRule } from './rule.js';
import { headingTitle, outline } from '../parse/sections.js';

/** One optional `#` title first, sections at `##`, and no level skipped on the way down. */
export const headingLevel: DocumentRule = {
  id: 'heading-level',
  kind: 'document',
  description: 'Headings: at most one `#` title before everything else, sections at `##`, no skipped levels',
  defaultSeverity: 'warning',
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
          message: `Unexpected level-1 heading \`${title}\` after other headings, expected one \`#\` title at most, before them (sections are \`##\`)`,
        });
      } else if (heading.depth > deepest) {
        report({
          start,
          end,
          message: `Unexpected level-${heading.depth} heading \`${title}\`, expected level ${deepest} at most: levels may not be skipped`,
        });
      }
      previous = heading.depth;
    }
  },
};
