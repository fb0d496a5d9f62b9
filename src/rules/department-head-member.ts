import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import { relatedAt } from '../graph/related-at.js';

/** The role that heads a department belongs to that department. */
export const departmentHeadMember: GraphRule = {
  id: 'department-head-member',
  kind: 'graph',
  description: "a department's head is a role of that department",
  defaultSeverity: 'error',
  check(graph, { report }) {
    for (const node of graph.departments.values()) {
      const head = node.department.head === undefined ? undefined : graph.roles.get(node.department.head);
      if (!head || head.role.department === node.id) continue;
      const at = locateValue(node.document, ['head'])!;
      const message = `Unexpected head \`${head.id}\` of \`${node.id}\`: \`${head.id}\` belongs to \`${head.role.department}\`, expected a role of \`${node.id}\``;
      const related = [
        relatedAt(head.document, ['department'], `\`${head.id}\` belongs to \`${head.role.department}\` here`),
      ];
      report(node.document, { ...at, message, related });
    }
  },
};
