import { say, t } from '../i18n/t.js';
import { compareStrings } from '../diagnostics/diagnostic.js';
import { hasMistypedKey } from './mistyped-key.js';
import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import { findLinks } from '../graph/find-links.js';
import { declarationsIn } from '../graph/graph-scope.js';
import type { Declaration, Graph } from '../graph/graph.js';
import { relatedAt } from '../graph/related-at.js';

/** Related locations named per diagnostic, so a project of many roots stays linear. */
const MAX_RELATED = 3;

/**
 * A root is a role without `reports_to`. With config `roots`, exactly the roles listed there may
 * be roots; without it, each organisation (a department without `parent`, with every department
 * below it) has one root. Reported at each root's `id`.
 */
export const singleRoot: GraphRule = {
  id: 'single-root',
  kind: 'graph',
  description: {
    'zh-CN': '一个组织只有一个根岗位（没有 reports_to 的岗位），或只有配置 `roots` 中列出的根岗位',
    en: 'one root (a role without reports_to) per organisation, or only the roles listed in config `roots`',
  },
  defaultSeverity: 'error',
  messages: {
    notAllowed: {
      'zh-CN':
        '最高岗位 `{{id}}`（没有 `reports_to` 的岗位）不在允许之列，应有上级：只有 {{allowed}} 可以是最高岗位（配置 `roots`）',
      en: 'Unexpected root `{{id}}` (a role without `reports_to`), expected a superior: only {{allowed}} may be roots (config `roots`)',
    },
    besides: {
      'zh-CN':
        '最高岗位 `{{id}}`（没有 `reports_to` 的岗位）之外，{{where}}还有 {{others}}，每个组织应只有一个最高岗位（或在配置 `roots` 中列出允许的最高岗位）',
      en: 'Unexpected root `{{id}}` (a role without `reports_to`) besides {{others}} in {{where}}, expected one root per organisation (or the allowed roots listed in config `roots`)',
    },
    noDepartment: {
      'zh-CN': '没有部门的岗位中',
      en: 'roles without a department',
    },
    organisation: {
      'zh-CN': '组织 `{{organisation}}` 中',
      en: 'organisation `{{organisation}}`',
    },
    andMore: {
      'zh-CN': '{{named}} 等另外 {{more}} 个',
      en: '{{named}} and {{more}} more',
    },
    anotherRoot: {
      'zh-CN': '`{{id}}` 是另一个最高岗位',
      en: '`{{id}}` is another root',
    },
  },
  check(graph, { config, scope, report }) {
    // Only a root's finding names the other roots: a scope without one has nothing to report.
    if (scope && ![...declarationsIn(graph, scope)].some(isRoot)) return;
    const roots = [...graph.declarations.values()].filter(isRoot).sort((a, b) => compareStrings(a.id, b.id));
    const at = (root: Declaration) => locateValue(root.document, ['id']) ?? { start: 0, end: 3 };
    if (config.roots.length > 0) {
      const allowed = new Set(config.roots);
      const list = config.roots.map((id) => `\`${id}\``).join(', ');
      for (const root of roots) {
        if (allowed.has(root.id) || (scope && !scope.has(root.document))) continue;
        report(root.document, { ...at(root), messageId: 'notAllowed', data: { id: root.id, allowed: list } });
      }
      return;
    }
    const organisationOf = organisations(graph);
    const byOrganisation = new Map<string, Declaration[]>();
    for (const root of roots) {
      const department = root.references.find((r) => r.field === 'department')?.value ?? '';
      const organisation = organisationOf(department);
      const members = byOrganisation.get(organisation);
      if (members) members.push(root);
      else byOrganisation.set(organisation, [root]);
    }
    for (const [organisation, members] of byOrganisation) {
      if (members.length < 2) continue;
      for (const root of members) {
        if (scope && !scope.has(root.document)) continue;
        const others = members
          .slice(0, MAX_RELATED + 1)
          .filter((other) => other !== root)
          .slice(0, MAX_RELATED);
        const messages = singleRoot.messages!;
        const named = others.map((other) => `\`${other.id}\``).join(t('list.separator'));
        const more = members.length - 1 - MAX_RELATED;
        const where = organisation === '' ? say(messages.noDepartment!) : say(messages.organisation!, { organisation });
        const data = { id: root.id, others: more > 0 ? say(messages.andMore!, { named, more }) : named, where };
        const related = others.map((other) =>
          relatedAt(other.document, ['id'], say(messages.anotherRoot!, { id: other.id })),
        );
        report(root.document, { ...at(root), messageId: 'besides', data, related });
      }
    }
  },
};

/** A role without the `reports_to` key; `reports_to:` left empty is `reference-exists`'s to report. */
function isRoot(declaration: Declaration): boolean {
  const data = declaration.document.frontMatter?.data as Record<string, unknown> | undefined;
  if (declaration.kind !== 'role' || data === undefined || 'reports_to' in data) return false;
  // `report_to:` is a typo the schema reports (did you mean `reports_to`?): the cause, not another root.
  return !hasMistypedKey(declaration.document, 'reports_to');
}

/** The top department above each department, memoised, cycle-safe; an unknown department is its own. */
function organisations(graph: Graph): (department: string) => string {
  const parents = findLinks(graph, 'parent');
  const top = new Map<string, string>();
  return (department) => {
    const path: string[] = [];
    const seen = new Set<string>();
    let current = department;
    while (!top.has(current) && !seen.has(current) && parents.has(current)) {
      seen.add(current);
      path.push(current);
      current = parents.get(current)!.value;
    }
    const organisation = top.get(current) ?? current;
    for (const id of [...path, current]) top.set(id, organisation);
    return organisation;
  };
}
