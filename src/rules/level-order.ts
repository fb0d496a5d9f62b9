import { say } from '../i18n/t.js';
import { rolesIn } from '../graph/graph-scope.js';
import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import { relatedAt } from '../graph/related-at.js';

/** A role's job level is below its superior's on the configured ladder (`levels`, lowest first). */
export const levelOrder: GraphRule = {
  id: 'level-order',
  kind: 'graph',
  description: {
    'zh-CN': '岗位的 job_level 在配置的职级序列中低于其上级',
    en: "a role's job_level is below its superior's on the configured ladder",
  },
  defaultSeverity: 'error',
  messages: {
    notBelow: {
      'zh-CN': '`job_level: {{level}}` 不低于上级 `{{superior}}`（`{{superiorLevel}}`），应低于 `{{superiorLevel}}`',
      en: 'Unexpected `job_level: {{level}}` for a role reporting to `{{superior}}` (`{{superiorLevel}}`), expected a level below `{{superiorLevel}}`',
    },
    levelHere: {
      'zh-CN': '`{{superior}}` 在这里是 `{{superiorLevel}}`',
      en: '`{{superior}}` is `{{superiorLevel}}` here',
    },
  },
  check(graph, { scope, report }) {
    for (const node of rolesIn(graph, scope)) {
      const superior = node.role.reports_to === undefined ? undefined : graph.roles.get(node.role.reports_to);
      if (!superior || superior === node) continue;
      const own = graph.levelRank.get(node.role.job_level)!;
      if (own < graph.levelRank.get(superior.role.job_level)!) continue;
      const at = locateValue(node.document, ['job_level'])!;
      const data = { level: node.role.job_level, superior: superior.id, superiorLevel: superior.role.job_level };
      const related = [relatedAt(superior.document, ['job_level'], say(levelOrder.messages!.levelHere!, data))];
      report(node.document, { ...at, messageId: 'notBelow', data, related });
    }
  },
};
