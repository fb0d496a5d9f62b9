import { t } from '../i18n/t.js';
import type { Block, Cell, Chart, ChartEdge, ChartNode, Column, Row } from '../report/report.js';
import type { FieldChange, OrgDiff, Ref } from './org-diff.js';
import type { OrgVersion } from './org-diff.js';

/** What the table and Markdown renderers draw: a title, then blocks. */
export interface DiffReport {
  title: string;
  blocks: Block[];
}

/**
 * The diff laid out for people, once for every human format: the one-paragraph summary first
 * ("新增 1 个岗位，调整 2 条汇报关系，定员 +2"), then one table per kind of change, each naming
 * roles by title (ids stay in JSON), then a chart of the reporting lines around the changes
 * (Markdown draws it with Mermaid; the terminal leaves it out, its tables hold the same facts).
 */
export function buildDiffReport(diff: OrgDiff, head: OrgVersion): DiffReport {
  const blocks: Block[] = [{ kind: 'note', text: summarizeDiff(diff) }];
  const section = (heading: string, columns: string[], rows: Row[]) => {
    if (rows.length === 0) return;
    blocks.push({ kind: 'heading', text: heading }, { kind: 'table', columns: columns.map(column), rows });
  };
  const kind = (value: 'role' | 'department') => t(value === 'role' ? 'diff.kind.role' : 'diff.kind.department');
  section(
    t('diff.heading.added'),
    [t('diff.column.what'), t('diff.column.kind'), t('diff.column.details')],
    diff.added.map((item) => ({
      cells: [
        named(item),
        { text: kind(item.kind) },
        {
          text:
            item.kind === 'role'
              ? t('diff.added.details', {
                  level: item.level ?? missing(),
                  department: item.department?.name ?? missing(),
                  superior: item.reportsTo?.name ?? t('diff.none'),
                  headcount: item.headcount ?? missing(),
                })
              : t('diff.added.department', { parent: item.department?.name ?? t('diff.none') }),
        },
      ],
    })),
  );
  section(
    t('diff.heading.removed'),
    [t('diff.column.what'), t('diff.column.kind'), t('diff.column.file')],
    diff.removed.map((item) => ({ cells: [named(item), { text: kind(item.kind) }, { text: item.file }] })),
  );
  section(
    t('diff.heading.renamed'),
    [t('diff.column.what'), t('diff.column.from'), t('diff.column.to'), t('diff.column.by')],
    diff.renamed.map((item) => ({
      cells: [
        { text: item.name },
        { text: item.from },
        { text: item.id },
        { text: t(item.by === 'title' ? 'diff.by.title' : 'diff.by.content') },
      ],
    })),
  );
  const problemRows = (items: OrgDiff['madeInvalid']) =>
    items.map((item) => ({
      cells: [
        item.name !== null || item.id !== null
          ? named({ name: item.name ?? item.id!, id: item.id ?? '' })
          : { text: missing(), mark: 'missing' as const },
        { text: item.file },
        {
          text: `${item.problem.line}:${item.problem.column} ${item.problem.message} (${item.problem.rule})`,
          mark: 'invalid' as const,
        },
      ],
    }));
  const problemColumns = [t('diff.column.what'), t('diff.column.file'), t('diff.column.problem')];
  section(t('diff.heading.madeInvalid'), problemColumns, problemRows(diff.madeInvalid));
  section(t('diff.heading.madeValid'), problemColumns, problemRows(diff.madeValid));
  section(
    t('diff.heading.moved'),
    [t('diff.column.role'), t('diff.column.oldSuperior'), t('diff.column.newSuperior')],
    diff.moved.map((item) => ({
      cells: [named(item), superior(item.from), superior(item.to)],
    })),
  );
  section(
    t('diff.heading.changed'),
    [t('diff.column.what'), t('diff.column.field'), t('diff.column.change')],
    diff.changed.flatMap((item) =>
      item.changes.map((change, i) => ({
        cells: [i === 0 ? named(item) : { text: '' }, { text: change.field }, { text: describeChange(change) }],
      })),
    ),
  );
  section(
    t('diff.heading.departments'),
    [t('diff.column.department'), t('diff.column.roles'), t('diff.column.headcount')],
    diff.departments.map((item) => ({
      cells: [
        named(item),
        { text: `${item.roles[0]} → ${item.roles[1]}` },
        { text: `${headcount(item.headcount[0])} → ${headcount(item.headcount[1])}` },
      ],
    })),
  );
  const chart = changeChart(diff, head);
  if (chart.nodes.length > 0) blocks.push({ kind: 'chart', title: t('diff.heading.chart'), chart });
  return { title: t('diff.title', { base: label(diff.base), head: label(diff.head) }), blocks };
}

/** "新增 1 个岗位，调整 2 条汇报关系，定员 +2。": every kind of change that happened, counted, in one sentence. */
export function summarizeDiff(diff: OrgDiff): string {
  const count = (items: Array<{ kind: string }>, kind: string) => items.filter((item) => item.kind === kind).length;
  const delta = diff.departments.reduce((sum, item) => sum + (item.headcount[1] ?? 0) - (item.headcount[0] ?? 0), 0);
  const parts = [
    [count(diff.added, 'role'), t('diff.sum.rolesAdded', { count: count(diff.added, 'role') })],
    [count(diff.added, 'department'), t('diff.sum.departmentsAdded', { count: count(diff.added, 'department') })],
    [count(diff.removed, 'role'), t('diff.sum.rolesRemoved', { count: count(diff.removed, 'role') })],
    [count(diff.removed, 'department'), t('diff.sum.departmentsRemoved', { count: count(diff.removed, 'department') })],
    [diff.renamed.length, t('diff.sum.renamed', { count: diff.renamed.length })],
    [diff.madeInvalid.length, t('diff.sum.madeInvalid', { count: diff.madeInvalid.length })],
    [diff.madeValid.length, t('diff.sum.madeValid', { count: diff.madeValid.length })],
    [diff.moved.length, t('diff.sum.moved', { count: diff.moved.length })],
    [diff.changed.length, t('diff.sum.changed', { count: diff.changed.length })],
    [delta, t('diff.sum.headcount', { delta: delta > 0 ? `+${delta}` : `−${-delta}` })],
  ] as const;
  const said = parts.filter(([n]) => n !== 0).map(([, text]) => text);
  const sentence = said.length > 0 ? said.join(t('diff.sum.separator')) : t('diff.sum.none');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${t('diff.sum.end')}`;
}

/** `direct_reports +服务质量主办 −业务配置助理`, `1 → 2`, `未知 → 3`, `修改：−「旧」 +「新」`. */
function describeChange(change: FieldChange): string {
  switch (change.type) {
    case 'list':
      return [
        ...change.added.map((item) => `+${typeof item === 'string' ? item : item.name}`),
        ...change.removed.map((item) => `−${typeof item === 'string' ? item : item.name}`),
      ].join(' ');
    case 'value':
      return `${value(change.before)} → ${value(change.after)}`;
    case 'section':
      if (change.change !== 'edited')
        return t(change.change === 'added' ? 'diff.section.added' : 'diff.section.removed');
      if (change.words.length === 0) return t('diff.section.whitespace');
      return t('diff.section.edited', {
        words: change.words
          .map((word) =>
            [word.removed && `−「${word.removed}」`, word.added && `+「${word.added}」`].filter(Boolean).join(' '),
          )
          .join('；'),
      });
  }
}

/** The reporting lines around what changed, as the head has them: changed roles marked, their superiors for context. */
function changeChart(diff: OrgDiff, head: OrgVersion): Chart {
  const nodes = new Map<string, ChartNode>();
  const edges: ChartEdge[] = [];
  const add = (id: string, name: string, mark?: ChartNode['mark'], shown = id) => {
    const existing = nodes.get(id);
    if (existing) {
      if (mark && !existing.mark) existing.mark = mark;
      return;
    }
    nodes.set(id, { id, lines: [name, shown], ...(mark ? { mark } : {}) });
  };
  const touched = new Map<string, ChartNode['mark'] | undefined>();
  for (const item of diff.added) if (item.kind === 'role') touched.set(item.id, 'strong');
  for (const item of diff.moved) touched.set(item.id, 'warning');
  for (const item of diff.changed) if (item.kind === 'role' && !touched.has(item.id)) touched.set(item.id, undefined);
  for (const item of diff.renamed) if (item.kind === 'role' && !touched.has(item.id)) touched.set(item.id, undefined);
  for (const [id, mark] of touched) {
    const role = head.roles.get(id);
    if (!role) continue;
    add(id, role.value.title, mark);
    const superior = role.value.reports_to ? head.roles.get(role.value.reports_to) : undefined;
    if (superior) {
      add(superior.id, superior.value.title);
      edges.push({ from: superior.id, to: id });
    }
  }
  for (const item of diff.removed) {
    if (item.kind !== 'role') continue;
    add(`removed:${item.id}`, `${item.name} (${t('diff.heading.removed')})`, 'muted', item.id);
  }
  for (const item of diff.madeInvalid) {
    if (item.id === null) continue;
    add(`invalid:${item.file}`, `${item.name ?? item.id} (${t('diff.heading.madeInvalid')})`, 'invalid', item.id);
  }
  return { direction: 'TD', nodes: [...nodes.values()], edges };
}

function column(header: string): Column {
  return { header };
}

function named(item: Ref): Cell {
  return { text: item.id && item.id !== item.name ? `${item.name}\n${item.id}` : item.name };
}

function superior(ref: Ref | null): Cell {
  return ref ? { text: ref.name } : { text: t('diff.none'), mark: 'missing' };
}

function value(raw: string | number | boolean | null): string {
  return raw === null ? missing() : String(raw);
}

function headcount(raw: number | null): string {
  return raw === null ? missing() : String(raw);
}

function missing(): string {
  return t('word.missing');
}

function label(text: string): string {
  return text === 'working tree' ? t('diff.workingTree') : text;
}
