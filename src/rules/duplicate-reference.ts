import type { GraphRule } from './rule.js';
import type { Reference } from '../graph/graph.js';
import { relatedAt } from '../graph/related-at.js';

/** A list of ids (direct_reports, career_path, collaboration.internal) names each id once. */
export const duplicateReference: GraphRule = {
  id: 'duplicate-reference',
  kind: 'graph',
  description: 'direct_reports, career_path and collaboration.internal list each id once',
  defaultSeverity: 'error',
  check(graph, { report }) {
    const first = new Map<string, Reference>();
    for (const reference of graph.references) {
      if (reference.value === null || typeof reference.path.at(-1) !== 'number') continue;
      const key = `${reference.document.file}\0${reference.field}\0${reference.value}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, reference);
        continue;
      }
      const message = `Unexpected \`${reference.value}\` listed again in \`${reference.field}\`, expected each id once`;
      const related = [relatedAt(earlier.document, earlier.path, `\`${reference.value}\` is first listed here`)];
      report(reference.document, { start: reference.start, end: reference.end, message, related });
    }
  },
};
