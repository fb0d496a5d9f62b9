import { say } from '../i18n/t.js';
import { declarationsIn } from '../graph/graph-scope.js';
import type { GraphRule } from './rule.js';
import { hasMistypedKey } from './mistyped-key.js';
import type { Declaration, Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';
import { relatedAt } from '../graph/related-at.js';

/**
 * `direct_reports` is optional; a role that writes it must agree with the `reports_to` of every
 * role on both sides. Each one-sided entry is reported where it is written, naming the other file.
 */
export const reportsBothWays: GraphRule = {
  id: 'reports-both-ways',
  kind: 'graph',
  description: {
    'zh-CN': 'direct_reports 与 reports_to 一致：列出 direct_reports 的岗位恰好列出所有向它汇报的岗位',
    en: 'direct_reports and reports_to agree: a role that lists direct_reports lists exactly the roles reporting to it',
  },
  defaultSeverity: 'error',
  messages: {
    noReportsTo: {
      'zh-CN':
        '`direct_reports` 中的 `{{id}}` 没有 `reports_to`，两边应一致（在 `{{file}}` 中写 `reports_to: {{superior}}`，或在这里去掉 `{{id}}`）',
      en: 'Unexpected `{{id}}` in `direct_reports`: `{{id}}` has no `reports_to`, expected both sides to agree (`reports_to: {{superior}}` in `{{file}}`, or `{{id}}` left out here)',
    },
    reportsElsewhere: {
      'zh-CN':
        '`direct_reports` 中的 `{{id}}` 汇报给 `{{actual}}`，两边应一致（在 `{{file}}` 中写 `reports_to: {{superior}}`，或在这里去掉 `{{id}}`）',
      en: 'Unexpected `{{id}}` in `direct_reports`: `{{id}}` reports to `{{actual}}`, expected both sides to agree (`reports_to: {{superior}}` in `{{file}}`, or `{{id}}` left out here)',
    },
    declaredHere: {
      'zh-CN': '`{{id}}` 在这里声明',
      en: '`{{id}}` is declared here',
    },
    reportsToHere: {
      'zh-CN': '`{{id}}` 在这里汇报给 `{{actual}}`',
      en: '`{{id}}` reports to `{{actual}}` here',
    },
    notListed: {
      'zh-CN':
        '`reports_to` 中的 `{{superior}}` 列出的 `direct_reports` 不含 `{{id}}`，两边应一致（在 `{{file}}` 中加上 `{{id}}`，或在这里改 `reports_to`）',
      en: 'Unexpected `{{superior}}` in `reports_to`: `{{superior}}` lists its `direct_reports` without `{{id}}`, expected both sides to agree (`{{id}}` added there in `{{file}}`, or another `reports_to` here)',
    },
    listsHere: {
      'zh-CN': '`{{superior}}` 在这里列出直接下属',
      en: '`{{superior}}` lists its direct reports here',
    },
  },
  check(graph, { scope, report }) {
    const superiorOf = (declaration: Declaration) =>
      declaration.references.find((r) => r.field === 'reports_to')?.value ?? undefined;
    for (const superior of roles(graph, scope)) {
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
        // `report_to:` is a typo the schema reports there (did you mean `reports_to`?): the cause, not this.
        if (actual === undefined && hasMistypedKey(subordinate.document, 'reports_to')) continue;
        const data = { id: entry.value, superior: superior.id, file: subordinate.document.file, actual: actual ?? '' };
        const messages = reportsBothWays.messages!;
        const related = [
          relatedAt(
            subordinate.document,
            actual === undefined ? ['id'] : ['reports_to'],
            say(actual === undefined ? messages.declaredHere! : messages.reportsToHere!, data),
          ),
        ];
        const messageId = actual === undefined ? 'noReportsTo' : 'reportsElsewhere';
        report(entry.document, { start: entry.start, end: entry.end, messageId, data, related });
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
    for (const subordinate of roles(graph, scope)) {
      const link = subordinate.references.find((r) => r.field === 'reports_to');
      if (!link?.value || link.value === subordinate.id) continue;
      const superior = graph.declarations.get(link.value);
      if (superior?.kind !== 'role' || !listsDirectReports(superior)) continue;
      if (listed(superior).has(subordinate.id)) continue;
      const data = { superior: link.value, id: subordinate.id, file: superior.document.file };
      const related = [
        relatedAt(superior.document, ['direct_reports'], say(reportsBothWays.messages!.listsHere!, data)),
      ];
      report(link.document, { start: link.start, end: link.end, messageId: 'notListed', data, related });
    }
  },
};

function roles(graph: Graph, scope: ReadonlySet<Document> | undefined): Declaration[] {
  return [...declarationsIn(graph, scope)].filter((declaration) => declaration.kind === 'role');
}

/** Writing `direct_reports` (even `[]`) is a claim to list them all; leaving it out claims nothing. */
function listsDirectReports(declaration: Declaration): boolean {
  const data = declaration.document.frontMatter?.data as { direct_reports?: unknown } | undefined;
  return Array.isArray(data?.direct_reports);
}
