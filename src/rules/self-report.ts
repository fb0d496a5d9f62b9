import type { GraphRule } from './rule.js';
import { declarationsIn } from '../graph/graph-scope.js';

/** A role that names itself as its own superior or subordinate. */
export const selfReport: GraphRule = {
  id: 'self-report',
  kind: 'graph',
  description: {
    'zh-CN': '岗位不在自己的 reports_to 或 direct_reports 中列出自己',
    en: 'no role lists itself in reports_to or direct_reports',
  },
  defaultSeverity: 'error',
  messages: {
    reportsTo: {
      'zh-CN': '`{{id}}` 的 `reports_to` 是它自己，应为它的上级的编号（最高岗位则不写 `reports_to`）',
      en: 'Unexpected `{{id}}` in `reports_to` of `{{id}}` itself, expected the id of its superior (or no `reports_to` for a root)',
    },
    directReports: {
      'zh-CN': '`{{id}}` 的 `direct_reports` 包含它自己，应为向它汇报的岗位编号',
      en: 'Unexpected `{{id}}` in `direct_reports` of `{{id}}` itself, expected the ids of the roles reporting to it',
    },
  },
  check(graph, { scope, report }) {
    for (const declaration of declarationsIn(graph, scope)) {
      if (declaration.kind !== 'role') continue;
      for (const reference of declaration.references) {
        if (reference.value !== declaration.id) continue;
        if (reference.field === 'reports_to') {
          const data = { id: declaration.id };
          report(reference.document, { start: reference.start, end: reference.end, messageId: 'reportsTo', data });
        } else if (reference.field === 'direct_reports') {
          const data = { id: declaration.id };
          report(reference.document, { start: reference.start, end: reference.end, messageId: 'directReports', data });
        }
      }
    }
  },
};
