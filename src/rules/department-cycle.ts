import type { GraphRule } from './rule.js';
import { describeCycle, findCycles } from '../graph/find-cycles.js';
import { findLinks } from '../graph/find-links.js';
import { relatedAt } from '../graph/related-at.js';

/** Department `parent` links end at an organisation; each cycle is reported at every member's `parent`. */
export const departmentCycle: GraphRule = {
  id: 'department-cycle',
  kind: 'graph',
  description: 'department parent links do not loop, and no department is its own parent',
  defaultSeverity: 'error',
  check(graph, { report }) {
    const links = findLinks(graph, 'parent');
    const { cycles } = findCycles(new Map([...links].map(([id, link]) => [id, link.value])));
    for (const cycle of cycles) {
      if (cycle.length === 1) {
        const link = links.get(cycle[0]!)!;
        const message = `Unexpected \`${link.value}\` in \`parent\` of \`${link.value}\` itself, expected the id of the department above it (or no \`parent\` for an organisation)`;
        report(link.document, { start: link.start, end: link.end, message });
        continue;
      }
      const message = `Unexpected department cycle ${describeCycle(cycle, 'departments')}, expected \`parent\` links to end at an organisation (a department without \`parent\`)`;
      cycle.forEach((id, i) => {
        const link = links.get(id)!;
        const parent = links.get(cycle[(i + 1) % cycle.length]!)!;
        const related = [
          relatedAt(parent.document, parent.path, `\`${link.value}\` has parent \`${parent.value}\` here`),
        ];
        report(link.document, { start: link.start, end: link.end, message, related });
      });
    }
  },
};
