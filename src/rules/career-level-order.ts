import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import { relatedAt } from '../graph/related-at.js';

/** A career path leads to a role at the same level or higher, never down the ladder. */
export const careerLevelOrder: GraphRule = {
  id: 'career-level-order',
  kind: 'graph',
  description: 'career_path targets are at the same job_level or higher',
  defaultSeverity: 'error',
  check(graph, { report }) {
    for (const node of graph.roles.values()) {
      const own = graph.levelRank.get(node.role.job_level)!;
      (node.role.career_path ?? []).forEach((id, i) => {
        // A `{ text }` target is no role of the organisation: there is no level to compare.
        if (typeof id !== 'string') return;
        const target = graph.roles.get(id);
        if (!target || graph.levelRank.get(target.role.job_level)! >= own) return;
        const at = locateValue(node.document, ['career_path', i])!;
        const message = `Unexpected career step to \`${id}\` (\`${target.role.job_level}\`), expected a role at \`${node.role.job_level}\` or higher`;
        const related = [relatedAt(target.document, ['job_level'], `\`${id}\` is \`${target.role.job_level}\` here`)];
        report(node.document, { ...at, message, related });
      });
    }
  },
};
