import { say } from '../i18n/t.js';
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
  description: {
    'zh-CN': 'reports_to 关系不成环（a → b → c → a）',
    en: 'reports_to links do not loop (a → b → c → a)',
  },
  defaultSeverity: 'error',
  messages: {
    cycle: {
      'zh-CN': '汇报关系形成循环 {{cycle}}，每条汇报线都应止于最高岗位（没有 `reports_to` 的岗位）',
      en: 'Unexpected reporting cycle {{cycle}}, expected every reporting line to end at a root (a role without `reports_to`)',
    },
    reportsTo: {
      'zh-CN': '`{{id}}` 在这里汇报给 `{{superior}}`',
      en: '`{{id}}` reports to `{{superior}}` here',
    },
  },
  check(graph, { scope, report }) {
    const links = findLinks(graph, 'reports_to', scope);
    const { cycles } = findCycles(new Map([...links].map(([id, link]) => [id, link.value])));
    for (const cycle of cycles) {
      if (cycle.length < 2) continue;
      const data = { cycle: describeCycle(cycle, 'roles') };
      cycle.forEach((id, i) => {
        const link = links.get(id)!;
        const superior = links.get(cycle[(i + 1) % cycle.length]!)!;
        const related = [
          relatedAt(
            superior.document,
            superior.path,
            say(reportingCycle.messages!.reportsTo!, { id: link.value, superior: superior.value }),
          ),
        ];
        report(link.document, { start: link.start, end: link.end, messageId: 'cycle', data, related });
      });
    }
  },
};
