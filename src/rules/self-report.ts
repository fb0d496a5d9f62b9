import type { GraphRule } from './rule.js';

/** A role that names itself as its own superior or subordinate. */
export const selfReport: GraphRule = {
  id: 'self-report',
  kind: 'graph',
  description: 'no role lists itself in reports_to or direct_reports',
  defaultSeverity: 'error',
  check(graph, { report }) {
    for (const declaration of graph.declarations.values()) {
      if (declaration.kind !== 'role') continue;
      for (const reference of declaration.references) {
        if (reference.value !== declaration.id) continue;
        if (reference.field === 'reports_to') {
          const message = `Unexpected \`${reference.value}\` in \`reports_to\` of \`${declaration.id}\` itself, expected the id of its superior (or no \`reports_to\` for a root)`;
          report(reference.document, { start: reference.start, end: reference.end, message });
        } else if (reference.field === 'direct_reports') {
          const message = `Unexpected \`${reference.value}\` in \`direct_reports\` of \`${declaration.id}\` itself, expected the ids of the roles reporting to it`;
          report(reference.document, { start: reference.start, end: reference.end, message });
        }
      }
    }
  },
};
