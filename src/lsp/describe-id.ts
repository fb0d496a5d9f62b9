import type { Graph } from '../graph/graph.js';
import { t } from '../i18n/t.js';

/** What a hover on an id shows: title, level, department, superior and file, as Markdown. */
export function describeId(graph: Graph, id: string): string | undefined {
  const declaration = graph.declarations.get(id);
  if (!declaration) return undefined;
  const name = (other: string | null | undefined) => {
    if (!other) return undefined;
    const found = graph.declarations.get(other);
    return found?.names[0] ? `${found.names[0]} (\`${other}\`)` : `\`${other}\``;
  };
  const role = graph.roles.get(id)?.role;
  const department = graph.departments.get(id)?.department;
  const raw = (field: string) => declaration.references.find((reference) => reference.field === field)?.value;
  const lines = [`**${declaration.names[0] ?? id}** \`${id}\``, ''];
  const rows: Array<[string, string | undefined]> =
    declaration.kind === 'role'
      ? [
          [t('lsp.hover.level'), role?.job_level],
          [t('lsp.hover.department'), name(raw('department'))],
          [t('lsp.hover.reportsTo'), name(raw('reports_to'))],
        ]
      : [
          [t('lsp.hover.parent'), name(raw('parent'))],
          [t('lsp.hover.head'), name(raw('head'))],
          [t('lsp.hover.roles'), String(graph.members.get(id)?.length ?? 0)],
        ];
  for (const [label, value] of rows) if (value) lines.push(`- ${label}: ${value}`);
  if (department?.name_en) lines.push(`- ${t('lsp.hover.english')}: ${department.name_en}`);
  if (role?.title_en) lines.push(`- ${t('lsp.hover.english')}: ${role.title_en}`);
  lines.push(`- ${t('lsp.hover.file')}: \`${declaration.document.file}\``);
  return lines.join('\n');
}
