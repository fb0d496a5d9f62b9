import { say } from '../i18n/t.js';
import { rolesIn } from '../graph/graph-scope.js';
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
  description: {
    'zh-CN': '岗位的上级在本部门（默认也可以在上级部门）',
    en: "a role's superior is in its department (or, by default, a department above it)",
  },
  defaultSeverity: 'off',
  options,
  messages: {
    other: {
      'zh-CN': '上级 `{{superior}}` 在部门 `{{theirs}}`，应在 `{{department}}`',
      en: 'Unexpected superior `{{superior}}` in department `{{theirs}}`, expected one in `{{department}}`',
    },
    otherOrAbove: {
      'zh-CN': '上级 `{{superior}}` 在部门 `{{theirs}}`，应在 `{{department}}` 或其上级部门',
      en: 'Unexpected superior `{{superior}}` in department `{{theirs}}`, expected one in `{{department}}` or a department above it',
    },
    belongs: {
      'zh-CN': '`{{superior}}` 在这里属于 `{{theirs}}`',
      en: '`{{superior}}` belongs to `{{theirs}}` here',
    },
  },
  check(graph, { options, scope, report }) {
    for (const node of rolesIn(graph, scope)) {
      const superior = node.role.reports_to === undefined ? undefined : graph.roles.get(node.role.reports_to);
      if (!superior) continue;
      const theirs = superior.role.department;
      if (
        theirs === node.role.department ||
        (options.allowParentDepartments && isAbove(graph, theirs, node.role.department))
      )
        continue;
      const at = locateValue(node.document, ['reports_to'])!;
      const data = { superior: superior.id, theirs, department: node.role.department };
      const related = [
        relatedAt(superior.document, ['department'], say(crossDepartmentSuperior.messages!.belongs!, data)),
      ];
      const messageId = options.allowParentDepartments ? 'otherOrAbove' : 'other';
      report(node.document, { ...at, messageId, data, related });
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
