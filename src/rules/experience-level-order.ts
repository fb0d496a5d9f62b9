import type { GraphRule } from './rule.js';
import { rolesIn } from '../graph/graph-scope.js';
import { locateValue } from '../parse/locate.js';

/** 或任下一职级N年以上: the alternative experience is at a level below the role's own. */
export const experienceLevelOrder: GraphRule = {
  id: 'experience-level-order',
  kind: 'graph',
  description: {
    'zh-CN': 'requirements.experience.alternative.level 低于本岗位的 job_level',
    en: "requirements.experience.alternative.level is below the role's own job_level",
  },
  defaultSeverity: 'error',
  messages: {
    notBelow: {
      'zh-CN':
        '`requirements.experience.alternative.level` 中的 `{{level}}` 不低于本岗位职级，应低于本岗位的 `{{own}}`',
      en: "Unexpected `{{level}}` in `requirements.experience.alternative.level`, expected a level below the role's own `{{own}}`",
    },
  },
  check(graph, { scope, report }) {
    for (const node of rolesIn(graph, scope)) {
      const level = node.role.requirements?.experience?.alternative?.level;
      if (level === undefined || graph.levelRank.get(level)! < graph.levelRank.get(node.role.job_level)!) continue;
      const at = locateValue(node.document, ['requirements', 'experience', 'alternative', 'level'])!;
      report(node.document, { ...at, messageId: 'notBelow', data: { level, own: node.role.job_level } });
    }
  },
};
