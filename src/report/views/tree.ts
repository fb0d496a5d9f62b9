import { compareStrings } from '../../diagnostics/diagnostic.js';
import { reportingTree } from '../../graph/reporting-tree.js';
import type { Organisation, RoleEntry } from '../collect-organisation.js';
import type { Chart, Report, Row } from '../report.js';
import { t } from '../../i18n/t.js';
import {
  columns,
  count,
  csvColumns,
  departmentName,
  headcountText,
  missingCell,
  problemsCell,
  roleMark,
  roleName,
  sentenceGap,
  statusText,
  yesNo,
} from '../role-cells.js';
import { filtersData, scopeNote } from '../scope-note.js';
import { treeGlyphs } from '../tree-glyphs.js';
import type { ViewInput } from '../view-input.js';

/** One role in the hierarchy listing. */
interface TreeLine {
  role: RoleEntry;
  depth: number;
  /** The row above it in the hierarchy, when it has one. */
  parent: RoleEntry | null;
  /** False for a role shown only because roles below it pass the filters. */
  match: boolean;
  /** `tree`: reached from a root; `cycle`: starts a reporting line that loops; `unlinked`: not a graph node (failed the schema, or repeats an id). */
  placement: 'tree' | 'cycle' | 'unlinked';
}

/** The reporting hierarchy with title, level and headcount per role, as the graph links them. */
export function treeView({ organisation, scope }: ViewInput): Report {
  const lines = hierarchy(organisation).map((line) => ({ ...line, match: scope.includes(line.role) }));
  const shown = withAncestors(lines);
  const glyphs = treeGlyphs(shown.map((line) => line.depth));
  const matched = shown.filter((line) => line.match).map((line) => line.role);
  const totals = {
    roles: matched.length,
    headcount: matched.reduce((sum, role) => sum + (role.headcount ?? 0), 0),
    unknownHeadcount: matched.filter((role) => role.headcount === undefined).length,
    context: shown.length - matched.length,
    excluded: scope.excluded,
  };

  const rows: Row[] = shown.map((line, i) => {
    const mark = line.match ? roleMark(line.role) : 'muted';
    const note =
      line.placement === 'cycle'
        ? t('report.tree.cycle')
        : line.placement === 'unlinked' && line.role.valid
          ? t('report.tree.duplicate')
          : '';
    return {
      cells: [
        { text: roleName(line.role) + note, ...(glyphs[i] ? { tree: glyphs[i] } : {}), ...(mark ? { mark } : {}) },
        { text: line.role.id, ...(line.match ? {} : { mark: 'muted' as const }) },
        { text: line.role.level ?? '', ...(line.match ? {} : { mark: 'muted' as const }) },
        line.role.headcount !== undefined ? { text: String(line.role.headcount) } : missingCell(),
        { text: departmentName(organisation, line.role.department) },
        line.match ? problemsCell(line.role) : { text: t('report.tree.context'), mark: 'muted' },
      ],
    };
  });

  const unlinked = shown.filter((line) => line.placement === 'unlinked').length;
  const drawn = chart(shown, organisation);
  return {
    view: 'tree',
    title: t('report.tree.title'),
    data: {
      view: 'tree',
      filters: filtersData(scope),
      roles: shown.map((line) => ({
        id: line.role.id,
        file: line.role.file,
        title: line.role.title ?? null,
        level: line.role.level ?? null,
        headcount: line.role.headcount ?? null,
        department: line.role.department,
        status: line.role.status ?? null,
        depth: line.depth,
        parent: line.parent?.id ?? null,
        placement: line.placement,
        match: line.match,
        valid: line.role.valid,
        errors: line.role.errors,
        warnings: line.role.warnings,
      })),
      totals,
    },
    blocks: [
      ...scopeNote(scope),
      {
        kind: 'table',
        columns: columns(
          'report.column.role',
          'report.column.id',
          'report.column.level',
          ['report.column.headcount', 'right'],
          'report.column.department',
          'report.tree.problems',
        ),
        rows,
      },
      {
        kind: 'note',
        text: [
          t('report.tree.note', {
            roles: count(totals.roles, 'role'),
            headcount: headcountText(totals.headcount, totals.unknownHeadcount, totals.roles),
            excluded: totals.excluded,
          }),
          ...(totals.context > 0
            ? [
                t(totals.context === 1 ? 'report.tree.contextNote.one' : 'report.tree.contextNote.other', {
                  roles: count(totals.context, 'role'),
                }),
              ]
            : []),
          ...(unlinked > 0
            ? [
                t(unlinked === 1 ? 'report.tree.unlinkedNote.one' : 'report.tree.unlinkedNote.other', {
                  roles: count(unlinked, 'role'),
                }),
              ]
            : []),
        ].join(sentenceGap()),
        mark: 'muted',
      },
      { kind: 'chart', title: t('report.tree.chart'), chart: drawn },
    ],
    table: {
      columns: csvColumns([
        'depth',
        'id',
        'title',
        'level',
        'headcount',
        'department',
        'reports_to',
        'status',
        'placement',
        'match',
        'valid',
        'errors',
        'warnings',
      ]),
      rows: shown.map((line) => [
        line.depth,
        line.role.id,
        line.role.title ?? null,
        line.role.level ?? null,
        line.role.headcount ?? null,
        line.role.department,
        line.parent?.id ?? null,
        statusText(line.role.status),
        t(`report.placement.${line.placement}`),
        yesNo(line.match),
        yesNo(line.role.valid),
        line.role.errors,
        line.role.warnings,
      ]),
    },
    chart: drawn,
  };
}

/**
 * Every role once: the graph's walk from its roots, then roles whose reporting line loops (from
 * the highest, so the loop is drawn from one of its members), then roles that failed the schema.
 */
function hierarchy(organisation: Organisation): Array<Omit<TreeLine, 'match'>> {
  const { graph } = organisation;
  const lines: Array<Omit<TreeLine, 'match'>> = [];
  const seen = new Set<string>();
  const add = (placement: 'tree' | 'cycle', root?: string) => {
    const parents: RoleEntry[] = [];
    for (const row of reportingTree(graph, root === undefined ? {} : { root })) {
      const role = organisation.roleOfDocument(row.node.document);
      if (!role || seen.has(row.node.id)) continue;
      seen.add(row.node.id);
      parents[row.depth] = role;
      lines.push({
        role,
        depth: row.depth,
        parent: row.depth > 0 ? parents[row.depth - 1]! : null,
        placement: row.depth === 0 ? placement : 'tree',
      });
    }
  };
  add('tree');
  const rank = (id: string) => graph.levelRank.get(graph.roles.get(id)!.role.job_level) ?? -1;
  const left = [...graph.roles.keys()]
    .filter((id) => !seen.has(id))
    .sort((a, b) => rank(b) - rank(a) || compareStrings(a, b));
  for (const id of left) if (!seen.has(id)) add('cycle', id);
  // Duplicates of an id and files that failed the schema are not graph nodes; list them rather than drop them.
  const listed = new Set(lines.map((line) => line.role));
  for (const role of organisation.roles)
    if (!listed.has(role)) lines.push({ role, depth: 0, parent: null, placement: 'unlinked' });
  return lines;
}

/** The lines that pass the filters, and those above them, so the lines still connect. */
function withAncestors(lines: readonly TreeLine[]): TreeLine[] {
  const index = new Map(lines.map((line, i) => [line.role, i]));
  const keep = lines.map((line) => line.match);
  // Depth first order puts every ancestor before its descendants, so a kept ancestor's own line up is already kept.
  lines.forEach((line, i) => {
    if (!line.match) return;
    for (let parent = lines[i]!.parent; parent;) {
      const at = index.get(parent)!;
      if (keep[at]) break;
      keep[at] = true;
      parent = lines[at]!.parent;
    }
  });
  return lines.filter((_, i) => keep[i]);
}

function chart(lines: readonly TreeLine[], organisation: Organisation): Chart {
  const count = new Map<string, number>();
  for (const line of lines) count.set(line.role.id, (count.get(line.role.id) ?? 0) + 1);
  // Node names are ids; a duplicated id is told apart by its file.
  const key = (role: RoleEntry) => (count.get(role.id) === 1 ? role.id : `${role.id} (${role.file})`);
  const present = new Set(lines.map((line) => line.role));
  return {
    direction: 'TD',
    nodes: lines.map((line) => {
      const mark = line.match ? roleMark(line.role) : 'muted';
      return {
        id: key(line.role),
        group: departmentName(organisation, line.role.department),
        lines: [
          roleName(line.role),
          [
            line.role.level,
            line.role.headcount !== undefined
              ? t('report.tree.chartHeadcount', { headcount: line.role.headcount })
              : undefined,
          ]
            .filter(Boolean)
            .join(' · '),
        ].filter(Boolean),
        ...(mark ? { mark } : {}),
      };
    }),
    edges: lines
      .filter((line) => line.parent && present.has(line.parent))
      .map((line) => ({ from: key(line.parent!), to: key(line.role) })),
  };
}
