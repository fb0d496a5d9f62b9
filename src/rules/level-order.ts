import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import { relatedAt } from '../graph/related-at.js';

/** A role's job level is below its superior's on the configured ladder (`levels`, lowest first). */
export const levelOrder: GraphRule = {
  id: 'level-order',
  kind: 'graph',
  description: "a role's job_level is below its superior's on the configured ladder",
  defaultSeverity: 'error',
  check(graph, { report }) {
    for (const node of graph.roles.values()) {
      const superior = node.role.reports_to === undefined ? undefined : graph.roles.get(node.role.reports_to);
      if (!superior || superior === node) continue;
      const own = graph.levelRank.get(node.role.job_level)!;
      if (own < graph.levelRank.get(superior.role.job_level)!) continue;
      const at = locateValue(node.document, ['job_level'])!;
      const message = `Unexpected \`job_level: ${node.role.job_level}\` for a role reporting to \`${superior.id}\` (\`${superior.role.job_level}\`), expected a level below \`${superior.role.job_level}\``;
      const related = [
        relatedAt(superior.document, ['job_level'], `\`${superior.id}\` is \`${superior.role.job_level}\` here`),
      ];
      report(node.document, { ...at, message, related });
    }
  },
};
