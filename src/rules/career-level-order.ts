import { say } from '../i18n/t.js';
import { rolesIn } from '../graph/graph-scope.js';
import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import { relatedAt } from '../graph/related-at.js';

/** A career path leads to a role at the same level or higher, never down the ladder. */
export const careerLevelOrder: GraphRule = {
  id: 'career-level-order',
  kind: 'graph',
  description: {
    'zh-CN': 'career_path 的目标岗位职级与本岗位相同或更高',
    en: 'career_path targets are at the same job_level or higher',
  },
  defaultSeverity: 'error',
  messages: {
    lower: {
      'zh-CN': '职业发展去向 `{{id}}`（`{{level}}`）职级更低，应为 `{{own}}` 或更高职级的岗位',
      en: 'Unexpected career step to `{{id}}` (`{{level}}`), expected a role at `{{own}}` or higher',
    },
    levelHere: {
      'zh-CN': '`{{id}}` 在这里是 `{{level}}`',
      en: '`{{id}}` is `{{level}}` here',
    },
  },
  check(graph, { scope, report }) {
    for (const node of rolesIn(graph, scope)) {
      const own = graph.levelRank.get(node.role.job_level)!;
      (node.role.career_path ?? []).forEach((id, i) => {
        // A `{ text }` target is no role of the organisation: there is no level to compare.
        if (typeof id !== 'string') return;
        const target = graph.roles.get(id);
        if (!target || graph.levelRank.get(target.role.job_level)! >= own) return;
        const at = locateValue(node.document, ['career_path', i])!;
        const level = target.role.job_level;
        const related = [
          relatedAt(target.document, ['job_level'], say(careerLevelOrder.messages!.levelHere!, { id, level })),
        ];
        report(node.document, { ...at, messageId: 'lower', data: { id, level, own: node.role.job_level }, related });
      });
    }
  },
};
