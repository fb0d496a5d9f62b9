import { say } from '../i18n/t.js';
import { departmentsIn } from '../graph/graph-scope.js';
import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import { relatedAt } from '../graph/related-at.js';

/** The role that heads a department belongs to that department. */
export const departmentHeadMember: GraphRule = {
  id: 'department-head-member',
  kind: 'graph',
  description: {
    'zh-CN': '部门负责人（head）是本部门的岗位',
    en: "a department's head is a role of that department",
  },
  defaultSeverity: 'error',
  messages: {
    outside: {
      'zh-CN': '`{{department}}` 的负责人 `{{head}}` 属于 `{{theirs}}`，应为 `{{department}}` 的岗位',
      en: 'Unexpected head `{{head}}` of `{{department}}`: `{{head}}` belongs to `{{theirs}}`, expected a role of `{{department}}`',
    },
    belongs: {
      'zh-CN': '`{{head}}` 在这里属于 `{{theirs}}`',
      en: '`{{head}}` belongs to `{{theirs}}` here',
    },
  },
  check(graph, { scope, report }) {
    for (const node of departmentsIn(graph, scope)) {
      const head = node.department.head === undefined ? undefined : graph.roles.get(node.department.head);
      if (!head || head.role.department === node.id) continue;
      const at = locateValue(node.document, ['head'])!;
      const data = { head: head.id, department: node.id, theirs: head.role.department };
      const related = [relatedAt(head.document, ['department'], say(departmentHeadMember.messages!.belongs!, data))];
      report(node.document, { ...at, messageId: 'outside', data, related });
    }
  },
};
