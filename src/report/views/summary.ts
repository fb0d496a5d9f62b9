import type { DepartmentEntry, Organisation, RoleEntry } from '../collect-organisation.js';
import type { Cell, Chart, Report, Row } from '../report.js';
import { t } from '../../i18n/t.js';
import { columns, count, csvColumns, departmentName, headcountText } from '../role-cells.js';
import { filtersData, scopeNote } from '../scope-note.js';
import { treeGlyphs } from '../tree-glyphs.js';
import type { ViewInput } from '../view-input.js';

/** The figures of one department, or of all of them. */
interface Figures {
  roles: number;
  /** Sum of the known headcounts. */
  headcount: number;
  /** Roles whose file gives no headcount. */
  unknownHeadcount: number;
  /** Job levels present, highest first. */
  levels: string[];
  drafts: number;
  /** Roles whose front matter failed the schema. */
  invalid: number;
  errors: number;
  warnings: number;
}

/**
 * Per department, nested as the department tree: roles, headcount, levels, drafts and the checks'
 * findings; totals last. The figures are computed once; the table, the CSV and the chart render them.
 */
export function summaryView({ organisation, scope }: ViewInput): Report {
  const glyphs = treeGlyphs(scope.departments.map((entry) => entry.depth));
  // The findings counted once, by the department of their file (not filtered again per department).
  const total = { errors: 0, warnings: 0 };
  const byDepartment = new Map<string | null, { errors: number; warnings: number }>();
  for (const d of organisation.diagnostics) {
    if (!scope.coversFile(d.file)) continue;
    const department = organisation.departmentOf(d.file);
    const counts = byDepartment.get(department) ?? { errors: 0, warnings: 0 };
    byDepartment.set(department, counts);
    for (const tally of [counts, total]) {
      if (d.severity === 'error') tally.errors++;
      else tally.warnings++;
    }
  }
  const departments = scope.departments.map((entry) => {
    const roles = scope.rolesIn(entry.id);
    return {
      entry,
      figures: figures(organisation, roles, byDepartment.get(entry.id) ?? { errors: 0, warnings: 0 }),
    };
  });
  const totals = {
    ...figures(organisation, scope.roles, total),
    departments: scope.departments.filter((entry) => entry.state !== 'none').length,
    excluded: scope.excluded,
  };

  const chart = departmentChart(organisation, departments);
  return {
    view: 'summary',
    title: t('report.summary.title'),
    data: {
      view: 'summary',
      filters: filtersData(scope),
      departments: departments.map(({ entry, figures: f }) => ({
        id: entry.id,
        name: entry.name ?? null,
        state: entry.state,
        parent: entry.parent ?? null,
        depth: entry.depth,
        ...f,
      })),
      totals,
    },
    blocks: [
      ...scopeNote(scope),
      { kind: 'table', columns: COLUMNS(), rows: tableRows(departments, totals, glyphs) },
      {
        kind: 'note',
        text: t('report.summary.note', {
          roles: count(totals.roles, 'role'),
          departments: count(totals.departments, 'department'),
          headcount: headcountText(totals.headcount, totals.unknownHeadcount, totals.roles),
          excluded: totals.excluded,
        }),
        mark: 'muted',
      },
      { kind: 'chart', title: t('report.summary.chart'), chart },
    ],
    table: {
      columns: csvColumns([
        'department',
        'name',
        'state',
        'parent',
        'depth',
        'roles',
        'headcount',
        'unknown_headcount',
        'levels',
        'draft',
        'invalid',
        'errors',
        'warnings',
      ]),
      rows: [
        ...departments.map(({ entry, figures: f }) => [
          entry.id,
          entry.name ?? null,
          t(`report.state.${entry.state}`),
          entry.parent ?? null,
          entry.depth,
          ...flatFigures(f),
        ]),
        [t('report.csv.total'), null, null, null, null, ...flatFigures(totals)],
      ],
    },
    chart,
  };
}

const COLUMNS = () =>
  columns(
    'report.column.department',
    ['report.column.roles', 'right'],
    ['report.column.headcount', 'right'],
    'report.column.level',
    ['report.summary.draft', 'right'],
    ['report.summary.invalid', 'right'],
    ['report.column.errors', 'right'],
    ['report.column.warnings', 'right'],
  );

function tableRows(
  departments: ReadonlyArray<{ entry: DepartmentEntry; figures: Figures }>,
  totals: Figures,
  glyphs: readonly string[],
): Row[] {
  return [
    ...departments.map(({ entry, figures: f }, i): Row => ({
      cells: [departmentCell(entry, glyphs[i]!), ...figureCells(f)],
    })),
    { cells: [{ text: t('report.total'), mark: 'strong' }, ...figureCells(totals)], total: true },
  ];
}

function figures(
  organisation: Organisation,
  roles: readonly RoleEntry[],
  findings: { errors: number; warnings: number },
): Figures {
  const present = new Set(roles.map((role) => role.level).filter((level): level is string => level !== undefined));
  const ladder = [...organisation.levels].reverse().filter((level) => present.has(level));
  const offLadder = [...present].filter((level) => !organisation.levels.includes(level)).sort();
  return {
    roles: roles.length,
    headcount: roles.reduce((sum, role) => sum + (role.headcount ?? 0), 0),
    unknownHeadcount: roles.filter((role) => role.headcount === undefined).length,
    levels: [...ladder, ...offLadder],
    drafts: roles.filter((role) => role.status === 'draft').length,
    invalid: roles.filter((role) => !role.valid).length,
    ...findings,
  };
}

function departmentCell(entry: DepartmentEntry, tree: string): Cell {
  if (entry.state === 'none') return { text: t('report.noDepartment'), mark: 'muted', ...(tree ? { tree } : {}) };
  const note =
    entry.state === 'undeclared'
      ? t('report.noDepartmentFile')
      : entry.state === 'invalid'
        ? t('report.invalidFrontMatterNote')
        : '';
  const mark = entry.state === 'undeclared' ? 'missing' : entry.state === 'invalid' ? 'invalid' : undefined;
  const lines = [entry.name ?? entry.id, ...(entry.name !== undefined ? [entry.id] : []), ...(note ? [note] : [])];
  return { text: lines.join('\n'), ...(mark ? { mark } : {}), ...(tree ? { tree } : {}) };
}

function figureCells(f: Figures): Cell[] {
  const count = (value: number, mark: Cell['mark']): Cell => ({ text: String(value), ...(value > 0 ? { mark } : {}) });
  return [
    { text: String(f.roles) },
    {
      text: headcountText(f.headcount, f.unknownHeadcount, f.roles),
      ...(f.unknownHeadcount > 0 ? { mark: 'missing' as const } : {}),
    },
    { text: f.levels.join(' ') },
    { text: String(f.drafts) },
    count(f.invalid, 'invalid'),
    count(f.errors, 'error'),
    count(f.warnings, 'warning'),
  ];
}

function flatFigures(f: Figures): Array<string | number> {
  return [f.roles, f.headcount, f.unknownHeadcount, f.levels.join(' '), f.drafts, f.invalid, f.errors, f.warnings];
}

/** The department tree; departments without a file, and the no-department bucket, stand alone. */
function departmentChart(
  organisation: Organisation,
  departments: ReadonlyArray<{ entry: DepartmentEntry; figures: Figures }>,
): Chart {
  const shown = new Set(departments.map(({ entry }) => entry.id));
  return {
    direction: 'TD',
    nodes: departments.map(({ entry, figures: f }) => ({
      id: entry.id ?? '(none)',
      lines: [
        departmentName(organisation, entry.id),
        t('report.summary.chartNode', {
          roles: count(f.roles, 'role'),
          headcount: headcountText(f.headcount, f.unknownHeadcount, f.roles),
        }),
      ],
      ...(entry.state === 'undeclared'
        ? { mark: 'missing' as const }
        : entry.state === 'invalid'
          ? { mark: 'invalid' as const }
          : entry.state === 'none'
            ? { mark: 'muted' as const }
            : {}),
    })),
    edges: departments
      .filter(({ entry }) => entry.depth > 0 && entry.parent !== undefined && shown.has(entry.parent))
      .map(({ entry }) => ({ from: entry.parent!, to: entry.id! })),
  };
}
