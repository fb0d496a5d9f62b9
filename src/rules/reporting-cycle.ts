import type { GraphRule } from './rule.js';
import { describeCycle, findCycles } from '../graph/find-cycles.js';
import { findLinks } from '../graph/find-links.js';
import { relatedAt } from '../graph/related-at.js';

/**
 * Reporting lines end at a root. Each cycle is reported once, with its path, at every member's
 * `reports_to`; a role reporting to itself is left to `self-report`.
 */
export const reportingCycle: GraphRule = {
  id: 'reporting-cycle',
  kind: 'graph',
  description: 'reports_to links do not loop (a → b → c → a)',
  defaultSeverity: 'error',
  check(graph, { report }) {
    const links = findLinks(graph, 'reports_to');
    const { cycles } = findCycles(new Map([...links].map(([id, link]) => [id, link.value])));
    for (const cycle of cycles) {
      if (cycle.length < 2) continue;
      const message = `Unexpected reporting cycle ${describeCycle(cycle, 'roles')}, expected every reporting line to end at a root (a role without \`reports_to\`)`;
      cycle.forEach((id, i) => {
        const link = links.get(id)!;
        const superior = links.get(cycle[(i + 1) % cycle.length]!)!;
        const related = [
          relatedAt(superior.document, superior.path, `\`${link.value}\` reports to \`${superior.value}\` here`),
        ];
        report(link.document, { start: link.start, end: link.end, message, related });
      });
    }
  },
};
