import type { GraphRule } from './rule.js';
import { describeCycle, findCycles } from '../graph/find-cycles.js';
import { findLinks } from '../graph/find-links.js';
import { relatedAt } from '../graph/related-at.js';

/**
 * Roles whose reporting line runs into a cycle they are not on, so no root is above them. The
 * cycle's members are reported by `reporting-cycle`; a line that breaks at an unknown id, by
 * `reference-exists`.
 */
export const unreachableRole: GraphRule = {
  id: 'unreachable-role',
  kind: 'graph',
  description: 'every role reaches a root by following reports_to',
  defaultSeverity: 'error',
  check(graph, { report }) {
    const links = findLinks(graph, 'reports_to');
    const { cycles, fates } = findCycles(new Map([...links].map(([id, link]) => [id, link.value])));
    for (const [id, fate] of fates) {
      if (fate.kind !== 'below') continue;
      const link = links.get(id)!;
      const cycle = cycles[fate.cycle]!;
      const entry = links.get(cycle[0]!)!;
      const message = `Unexpected role \`${id}\` unreachable from any root: its reporting line runs into the cycle ${describeCycle(cycle, 'roles')}, expected a line that ends at a root`;
      const related = [relatedAt(entry.document, entry.path, `\`${cycle[0]}\` reports to \`${entry.value}\` here`)];
      report(link.document, { start: link.start, end: link.end, message, related });
    }
  },
};
