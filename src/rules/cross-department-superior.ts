import { z } from 'zod';
import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import type { Graph } from '../graph/graph.js';
import { relatedAt } from '../graph/related-at.js';

const options = z.strictObject({
  /** A superior in a department above the role's (a head reporting up) is usually intended. */
  allowParentDepartments: z.boolean().default(true),
});

/** Off by default: reporting across departments is normal in matrix organisations. */
export const crossDepartmentSuperior: GraphRule<z.infer<typeof options>> = {
  id: 'cross-department-superior',
  kind: 'graph',
  description: "a role's superior is in its department (or, by default, a department above it)",
  defaultSeverity: 'off',
  options,
  check(graph, { options, report }) {
    for (const node of graph.roles.values()) {
      const superior = node.role.reports_to === undefined ? undefined : graph.roles.get(node.role.reports_to);
      if (!superior) continue;
      const theirs = superior.role.department;
      if (
        theirs === node.role.department ||
        (options.allowParentDepartments && isAbove(graph, theirs, node.role.department))
      )
        continue;
      const at = locateValue(node.document, ['reports_to'])!;
      const where = options.allowParentDepartments
        ? `\`${node.role.department}\` or a department above it`
        : `\`${node.role.department}\``;
      const message = `Unexpected superior \`${superior.id}\` in department \`${theirs}\`, expected one in ${where}`;
      const related = [
        relatedAt(superior.document, ['department'], `\`${superior.id}\` belongs to \`${theirs}\` here`),
      ];
      report(node.document, { ...at, message, related });
    }
  },
};

/** Whether `ancestor` is a parent, grandparent… of `department`; stops on a cycle. */
function isAbove(graph: Graph, ancestor: string, department: string): boolean {
  const seen = new Set<string>();
  for (
    let current = graph.departments.get(department)?.department.parent;
    current !== undefined && !seen.has(current);
    current = graph.departments.get(current)?.department.parent
  ) {
    if (current === ancestor) return true;
    seen.add(current);
  }
  return false;
}
