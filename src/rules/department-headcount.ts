import type { GraphRule } from './rule.js';
import { departmentsIn } from '../graph/graph-scope.js';
import { locateValue } from '../parse/locate.js';
import type { Graph } from '../graph/graph.js';

/**
 * A department's people, its sub-departments' included (the cap, 编制, covers the whole unit),
 * fit its `headcount_cap`. A role without `headcount` counts as one person.
 */
export const departmentHeadcount: GraphRule = {
  id: 'department-headcount',
  kind: 'graph',
  description: {
    'zh-CN': '部门及其下属部门的定员合计不超过 headcount_cap',
    en: 'the headcount of a department and its sub-departments is within its headcount_cap',
  },
  defaultSeverity: 'error',
  messages: {
    over: {
      'zh-CN': '`{{department}}` 及其下级部门的编制共 {{total}} 人，应不超过其 `headcount_cap` {{cap}} 人',
      en: 'Unexpected headcount of {{total}} in `{{department}}` and its sub-departments, expected at most its `headcount_cap` of {{cap}}',
    },
  },
  check(graph, { scope, report }) {
    const totals = headcounts(graph);
    for (const node of departmentsIn(graph, scope)) {
      const cap = node.department.headcount_cap;
      if (cap === undefined) continue;
      const total = totals.get(node.id)!;
      if (total <= cap) continue;
      const at = locateValue(node.document, ['headcount_cap'])!;
      report(node.document, { ...at, messageId: 'over', data: { total, department: node.id, cap } });
    }
  },
};

/**
 * Every department's headcount with its sub-departments', in one bottom-up pass: iterative, so deep
 * nesting is safe, and a department met again inside a `parent` cycle adds nothing the second time.
 */
function headcounts(graph: Graph): Map<string, number> {
  const totals = new Map<string, number>();
  const started = new Set<string>();
  for (const root of graph.departments.keys()) {
    if (started.has(root)) continue;
    const stack: Array<{ id: string; expanded: boolean }> = [{ id: root, expanded: false }];
    started.add(root);
    while (stack.length > 0) {
      const item = stack.at(-1)!;
      const children = graph.childDepartments.get(item.id) ?? [];
      if (!item.expanded) {
        item.expanded = true;
        for (const child of children) {
          if (started.has(child.id)) continue;
          started.add(child.id);
          stack.push({ id: child.id, expanded: false });
        }
        continue;
      }
      stack.pop();
      let total = 0;
      for (const member of graph.members.get(item.id) ?? []) total += member.role.headcount ?? 1;
      for (const child of children) total += totals.get(child.id) ?? 0;
      totals.set(item.id, total);
    }
  }
  return totals;
}
