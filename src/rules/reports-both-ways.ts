import type { GraphRule } from './rule.js';
import type { Declaration, Graph } from '../graph/graph.js';
import { relatedAt } from '../graph/related-at.js';

/**
 * `direct_reports` is optional; a role that writes it must agree with the `reports_to` of every
 * role on both sides. Each one-sided entry is reported where it is written, naming the other file.
 */
export const reportsBothWays: GraphRule = {
  id: 'reports-both-ways',
  kind: 'graph',
  description:
    'direct_reports and reports_to agree: a role that lists direct_reports lists exactly the roles reporting to it',
  defaultSeverity: 'error',
  check(graph, { report }) {
    const superiorOf = (declaration: Declaration) =>
      declaration.references.find((r) => r.field === 'reports_to')?.value ?? undefined;
    for (const superior of roles(graph)) {
      if (!listsDirectReports(superior)) continue;
      const listed = new Set<string>();
      for (const entry of superior.references) {
        if (
          entry.field !== 'direct_reports' ||
          entry.value === null ||
          entry.value === superior.id ||
          listed.has(entry.value)
        )
          continue;
        listed.add(entry.value);
        const subordinate = graph.declarations.get(entry.value);
        if (subordinate?.kind !== 'role') continue;
        const actual = superiorOf(subordinate);
        if (actual === superior.id) continue;
        const expected = `expected both sides to agree (\`reports_to: ${superior.id}\` in \`${subordinate.document.file}\`, or \`${entry.value}\` left out here)`;
        const message =
          actual === undefined
            ? `Unexpected \`${entry.value}\` in \`direct_reports\`: \`${entry.value}\` has no \`reports_to\`, ${expected}`
            : `Unexpected \`${entry.value}\` in \`direct_reports\`: \`${entry.value}\` reports to \`${actual}\`, ${expected}`;
        const related = [
          relatedAt(
            subordinate.document,
            actual === undefined ? ['id'] : ['reports_to'],
            actual === undefined
              ? `\`${entry.value}\` is declared here`
              : `\`${entry.value}\` reports to \`${actual}\` here`,
          ),
        ];
        report(entry.document, { start: entry.start, end: entry.end, message, related });
      }
    }
    const listedBy = new Map<string, Set<string | null>>();
    const listed = (superior: Declaration) => {
      let ids = listedBy.get(superior.id);
      if (!ids)
        listedBy.set(
          superior.id,
          (ids = new Set(superior.references.filter((r) => r.field === 'direct_reports').map((r) => r.value))),
        );
      return ids;
    };
    for (const subordinate of roles(graph)) {
      const link = subordinate.references.find((r) => r.field === 'reports_to');
      if (!link?.value || link.value === subordinate.id) continue;
      const superior = graph.declarations.get(link.value);
      if (superior?.kind !== 'role' || !listsDirectReports(superior)) continue;
      if (listed(superior).has(subordinate.id)) continue;
      const message = `Unexpected \`${link.value}\` in \`reports_to\`: \`${link.value}\` lists its \`direct_reports\` without \`${subordinate.id}\`, expected both sides to agree (\`${subordinate.id}\` added there in \`${superior.document.file}\`, or another \`reports_to\` here)`;
      const related = [
        relatedAt(superior.document, ['direct_reports'], `\`${link.value}\` lists its direct reports here`),
      ];
      report(link.document, { start: link.start, end: link.end, message, related });
    }
  },
};

function roles(graph: Graph): Declaration[] {
  return [...graph.declarations.values()].filter((declaration) => declaration.kind === 'role');
}

/** Writing `direct_reports` (even `[]`) is a claim to list them all; leaving it out claims nothing. */
function listsDirectReports(declaration: Declaration): boolean {
  const data = declaration.document.frontMatter?.data as { direct_reports?: unknown } | undefined;
  return Array.isArray(data?.direct_reports);
}
