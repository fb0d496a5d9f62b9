import { z } from 'zod';
import { rolesIn } from '../graph/graph-scope.js';
import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';

const options = z.strictObject({
  /** The most direct reports one role should have. */
  max: z.int().positive().default(12),
  /** Count people (each role's `headcount`, 1 when absent) or roles. */
  count: z.enum(['people', 'roles']).default('people'),
});

/** How many report directly to one role; reported at the superior's `id`. */
export const spanOfControl: GraphRule<z.infer<typeof options>> = {
  id: 'span-of-control',
  kind: 'graph',
  description: {
    'zh-CN': '岗位的直接下属不超过选项 `max`（默认按人数，也可按岗位数）',
    en: 'no role has more direct reports than the option `max` (people by default, or roles)',
  },
  defaultSeverity: 'warning',
  options,
  messages: {
    people: {
      'zh-CN': '`{{id}}` 的直接下属有 {{total}} 人（分属 {{roles}} 个岗位），应不超过 {{max}} 人（管理幅度）',
      en: 'Unexpected {{total}} people (in {{roles}} roles) reporting directly to `{{id}}`, expected at most {{max}} (span of control)',
    },
    peopleInOneRole: {
      'zh-CN': '`{{id}}` 的直接下属有 {{total}} 人（同属 1 个岗位），应不超过 {{max}} 人（管理幅度）',
      en: 'Unexpected {{total}} people (in 1 role) reporting directly to `{{id}}`, expected at most {{max}} (span of control)',
    },
    roles: {
      'zh-CN': '`{{id}}` 的直接下级岗位有 {{total}} 个，应不超过 {{max}} 个（管理幅度）',
      en: 'Unexpected {{total}} roles reporting directly to `{{id}}`, expected at most {{max}} (span of control)',
    },
  },
  check(graph, { options, scope, report }) {
    for (const node of rolesIn(graph, scope)) {
      const subordinates = graph.subordinates.get(node.id) ?? [];
      const total =
        options.count === 'roles'
          ? subordinates.length
          : subordinates.reduce((sum, s) => sum + (s.role.headcount ?? 1), 0);
      if (total <= options.max) continue;
      // `total` exceeds `max`, which is at least 1: never one person or one role.
      const messageId = options.count === 'roles' ? 'roles' : subordinates.length === 1 ? 'peopleInOneRole' : 'people';
      const at = locateValue(node.document, ['id'])!;
      report(node.document, {
        ...at,
        messageId,
        data: { id: node.id, total, roles: subordinates.length, max: options.max },
      });
    }
  },
};
