import { say } from '../i18n/t.js';
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
  description: {
    'zh-CN': '每个岗位沿 reports_to 都能到达一个根岗位',
    en: 'every role reaches a root by following reports_to',
  },
  defaultSeverity: 'error',
  messages: {
    unreachable: {
      'zh-CN': '岗位 `{{id}}` 无法从任何最高岗位到达：它的汇报线进入了循环 {{cycle}}，汇报线应止于最高岗位',
      en: 'Unexpected role `{{id}}` unreachable from any root: its reporting line runs into the cycle {{cycle}}, expected a line that ends at a root',
    },
    reportsTo: {
      'zh-CN': '`{{id}}` 在这里汇报给 `{{superior}}`',
      en: '`{{id}}` reports to `{{superior}}` here',
    },
  },
  check(graph, { scope, report }) {
    const links = findLinks(graph, 'reports_to', scope);
    const { cycles, fates } = findCycles(new Map([...links].map(([id, link]) => [id, link.value])));
    for (const [id, fate] of fates) {
      if (fate.kind !== 'below') continue;
      const link = links.get(id)!;
      const cycle = cycles[fate.cycle]!;
      const entry = links.get(cycle[0]!)!;
      const related = [
        relatedAt(
          entry.document,
          entry.path,
          say(unreachableRole.messages!.reportsTo!, { id: cycle[0]!, superior: entry.value }),
        ),
      ];
      const data = { id, cycle: describeCycle(cycle, 'roles') };
      report(link.document, { start: link.start, end: link.end, messageId: 'unreachable', data, related });
    }
  },
};
