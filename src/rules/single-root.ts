import { compareStrings } from '../diagnostics/diagnostic.js';
import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';
import { findLinks } from '../graph/find-links.js';
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
  description: 'one root (a role without reports_to) per organisation, or only the roles listed in config `roots`',
  defaultSeverity: 'error',
  check(graph, { config, report }) {
    const roots = [...graph.declarations.values()].filter(isRoot).sort((a, b) => compareStrings(a.id, b.id));
    const at = (root: Declaration) => locateValue(root.document, ['id']) ?? { start: 0, end: 3 };
    if (config.roots.length > 0) {
      const allowed = new Set(config.roots);
      const list = config.roots.map((id) => `\`${id}\``).join(', ');
      for (const root of roots) {
        if (allowed.has(root.id)) continue;
        const message = `Unexpected root \`${root.id}\` (a role without \`reports_to\`), expected a superior: only ${list} may be roots (config \`roots\`)`;
        report(root.document, { ...at(root), message });
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
        const others = members
          .slice(0, MAX_RELATED + 1)
          .filter((other) => other !== root)
          .slice(0, MAX_RELATED);
        const named = others.map((other) => `\`${other.id}\``).join(', ');
        const more = members.length - 1 > MAX_RELATED ? ` and ${members.length - 1 - MAX_RELATED} more` : '';
        const where = organisation === '' ? 'roles without a department' : `organisation \`${organisation}\``;
        const message = `Unexpected root \`${root.id}\` (a role without \`reports_to\`) besides ${named}${more} in ${where}, expected one root per organisation (or the allowed roots listed in config \`roots\`)`;
        const related = others.map((other) => relatedAt(other.document, ['id'], `\`${other.id}\` is another root`));
        report(root.document, { ...at(root), message, related });
      }
    }
  },
};

/** A role without the `reports_to` key; `reports_to:` left empty is `reference-exists`'s to report. */
function isRoot(declaration: Declaration): boolean {
  const data = declaration.document.frontMatter?.data as Record<string, unknown> | undefined;
  return declaration.kind === 'role' && data !== undefined && !('reports_to' in data);
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
