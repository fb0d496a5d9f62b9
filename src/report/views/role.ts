import type { Heading, Node, Root } from 'mdast';
import { compareStrings } from '../../diagnostics/diagnostic.js';
import { t } from '../../i18n/t.js';
import { CORE_SKILLS, type Department, type NOTE_KINDS, PHYSICAL_DEMANDS } from '../../schema/role-schema.js';
import { asRecord, text, textList, type RoleEntry } from '../collect-organisation.js';
import { describeExperience, readExperience } from '../describe-requirement.js';
import type { Block, Cell, Chart, ChartNode, Report, Row } from '../report.js';
import { departmentName, problemsCell, roleMark, roleName } from '../role-cells.js';
import { suggest } from '../select-scope.js';
import { UsageError } from '../../usage-error.js';
import type { ViewInput } from '../view-input.js';

/** The Chinese names of the front-matter keys, as the job descriptions call them. */
const LABELS: Record<string, string> = {
  kind: '类型',
  id: '编号',
  title: '岗位名称',
  title_en: '英文名称',
  aliases: '别名',
  department: '所属部门',
  reports_to: '直接上级',
  direct_reports: '直接下属',
  job_level: '职级',
  job_code: '职务代码',
  headcount: '岗位定员',
  pay_grade: '工资级别',
  purpose: '工作目的',
  career_path: '职业发展',
  collaboration: '协作关系',
  'collaboration.internal': '内部协作',
  'collaboration.external': '外部协作',
  work_environment: '工作环境',
  tools: '使用工具设备',
  requirements: '任职资格',
  'requirements.education': '学历',
  'requirements.majors': '专业背景',
  'requirements.experience': '工作经验',
  'requirements.knowledge': '专业知识',
  'requirements.foreign_language': '外语',
  'requirements.computer_skills': '计算机',
  'requirements.training': '所需培训',
  'requirements.certifications': '证书',
  'requirements.core_skills': '核心技能',
  'requirements.physical': '生理要求',
  status: '状态',
  analysis_date: '岗位分析日期',
  owner: '维护人',
  version: '版本',
  ...Object.fromEntries(Object.entries(CORE_SKILLS).map(([key, label]) => [`requirements.core_skills.${key}`, label])),
  ...Object.fromEntries(
    Object.entries(PHYSICAL_DEMANDS).map(([key, label]) => [`requirements.physical.${key}`, label]),
  ),
};

/** The Chinese names of the keys inside those fields, for labels such as `工作经验 · 年限`. */
const PART_LABELS: Record<string, string> = {
  minimum: '最低要求',
  preferred: '优先',
  years: '年限',
  field: '领域',
  alternative: '或任',
  level: '职级',
  requirement: '要求',
  justification: '理由',
  as_written: '原文',
  min: '下限',
  max: '上限',
};

/** One front-matter value, flattened to its path. */
interface Fact {
  key: string;
  label: string | null;
  value: string;
  /** Listed under `inferred`: the source does not state it. */
  inferred: boolean;
}

/** One entry of `notes`: a judgement call made on the source. */
interface Note {
  kind: string;
  /** The Chinese name of the kind, or the kind as written. */
  label: string;
  about: string[];
  text: string;
}

/** How a report marks a value the source does not state: `（推定）`. */
export function inferredMark(): string {
  return t('provenance.inferredMark');
}

const NOTE_LABELS = {
  source: 'provenance.kind.source',
  inferred: 'provenance.kind.inferred',
  merged: 'provenance.kind.merged',
  normalised: 'provenance.kind.normalised',
  repaired: 'provenance.kind.repaired',
  omitted: 'provenance.kind.omitted',
  ambiguous: 'provenance.kind.ambiguous',
} as const satisfies Record<keyof typeof NOTE_KINDS, string>;

interface Link {
  id: string;
  title: string | null;
  level: string | null;
  /** False when no file declares the id. */
  exists: boolean;
}

/** One role's card: every front-matter fact, its sections, its superior, reports, career targets, and who points to it. */
export function roleView({ organisation, id }: ViewInput): Report {
  if (id === undefined) throw new UsageError('Missing role id, expected `roles report role <id>`');
  const role = organisation.role(id);
  if (!role) {
    const known = [...new Set(organisation.roles.map((entry) => entry.id))].sort(compareStrings);
    throw new UsageError(`Unexpected role \`${id}\`${suggest(id, known)}`);
  }
  const link = (target: string): Link => {
    const found = organisation.role(target);
    return { id: target, title: found?.title ?? null, level: found?.level ?? null, exists: found !== undefined };
  };
  const inferred = textList(role.data.inferred);
  const facts = flatten(role.data, inferred);
  const notes = readNotes(role.data.notes);
  const sections = readSections(role);
  const superior = role.reportsTo !== undefined ? link(role.reportsTo) : null;
  // Declared reports and roles that name this one as superior: both are the truth of someone's file.
  const subordinateIds = new Set([
    ...role.directReports,
    ...organisation.roles.filter((other) => other.reportsTo === role.id).map((other) => other.id),
  ]);
  const reports = [...subordinateIds].sort(compareStrings).map((target) => ({
    ...link(target),
    declared: role.directReports.includes(target),
    reportsHere: organisation.role(target)?.reportsTo === role.id,
  }));
  const careers = role.careerPath.map((target) => {
    const experience = readExperience(asRecord(asRecord(organisation.role(target)?.data).requirements).experience);
    return { ...link(target), experience, experienceText: describeExperience(experience) };
  });
  const careerTexts = (Array.isArray(role.data.career_path) ? role.data.career_path : []).flatMap((item) =>
    isTextEntry(item) ? [String(item.text)] : [],
  );
  const references = (organisation.graph.referencesTo.get(role.id) ?? [])
    .filter((reference) => reference.document !== role.document)
    .map((reference) => ({
      file: reference.document.file,
      from: reference.from ?? null,
      field: reference.field,
      line: reference.document.lines.position(reference.start).line,
    }))
    .sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line);
  const findings = organisation.diagnostics.filter((d) => d.file === role.file);

  const mark = roleMark(role);
  const chart = neighbourhood(role, superior, reports, careers);
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [{ header: 'Field' }, { header: 'Key' }, { header: 'Value' }],
      rows: [
        { cells: [{ text: '文件' }, { text: 'file' }, { text: role.file }] },
        {
          cells: [
            { text: '状况' },
            { text: 'problems' },
            problemsCell(role).text ? problemsCell(role) : { text: 'none' },
          ],
        },
        ...facts.map((fact): Row => ({
          cells: [
            { text: fact.label ?? '' },
            { text: fact.key },
            fact.inferred ? { text: `${fact.value}${inferredMark()}`, mark: 'muted' } : { text: fact.value },
          ],
        })),
      ],
    },
    ...(notes.length > 0
      ? [
          { kind: 'heading' as const, text: t('provenance.heading') },
          {
            kind: 'table' as const,
            columns: [
              { header: t('provenance.kindColumn') },
              { header: t('provenance.aboutColumn') },
              { header: t('provenance.textColumn') },
            ],
            rows: notes.map((note): Row => ({
              cells: [{ text: note.label }, { text: note.about.join('\n') }, { text: note.text }],
            })),
          },
        ]
      : []),
    { kind: 'heading', text: 'Reporting line and career path' },
    {
      kind: 'table',
      columns: [{ header: 'Relation' }, { header: 'Role' }, { header: 'ID' }, { header: 'Level' }, { header: 'Note' }],
      rows: [
        ...(superior
          ? [linkRow('superior', superior, superior.exists ? '' : 'no such role')]
          : [
              {
                cells: [
                  { text: 'superior' },
                  { text: '(none: a root)', mark: 'muted' as const },
                  { text: '' },
                  { text: '' },
                  { text: '' },
                ],
              },
            ]),
        ...reports.map((report) =>
          linkRow(
            'direct report',
            report,
            !report.exists
              ? 'no such role'
              : !report.declared
                ? 'not in direct_reports'
                : !report.reportsHere
                  ? 'its reports_to names another role'
                  : '',
          ),
        ),
        ...careers.map((career) =>
          linkRow('career step', career, career.exists ? career.experienceText : 'no such role'),
        ),
        ...careerTexts.map((target): Row => ({
          cells: [
            { text: 'career step' },
            { text: target },
            { text: '' },
            { text: '' },
            { text: t('provenance.textTarget'), mark: 'muted' },
          ],
        })),
        ...references.map((reference): Row => {
          const from = reference.from !== null ? organisation.role(reference.from) : undefined;
          return {
            cells: [
              { text: `named in ${reference.field}` },
              { text: from ? roleName(from) : departmentName(organisation, reference.from) },
              { text: reference.from ?? '' },
              { text: from?.level ?? '' },
              { text: `${reference.file}:${reference.line}`, mark: 'muted' },
            ],
          };
        }),
      ],
    },
    { kind: 'chart', title: 'Neighbourhood', chart },
    ...(sections.length > 0 ? [{ kind: 'heading' as const, text: 'Sections' }] : []),
    ...sections.map((section): Block => ({ kind: 'text', heading: section.heading, text: section.text })),
    ...departmentBlocks(organisation.graph.departments.get(role.department ?? '')?.department),
    ...(findings.length > 0
      ? [
          { kind: 'heading' as const, text: 'Findings of the checks' },
          {
            kind: 'table' as const,
            columns: [{ header: 'Location' }, { header: 'Severity' }, { header: 'Rule' }, { header: 'Message' }],
            rows: findings.map((d): Row => ({
              cells: [
                { text: `${d.line}:${d.column}` },
                { text: d.severity, mark: d.severity },
                { text: d.rule },
                { text: d.message },
              ],
            })),
          },
        ]
      : []),
  ];

  return {
    view: 'role',
    title: `${roleName(role)} (${role.id})`,
    data: {
      view: 'role',
      id: role.id,
      file: role.file,
      valid: role.valid,
      errors: role.errors,
      warnings: role.warnings,
      facts,
      notes,
      sections,
      superior,
      directReports: reports,
      careerPath: careers,
      careerText: careerTexts,
      referencedBy: references,
      findings: findings.map((d) => ({
        line: d.line,
        column: d.column,
        severity: d.severity,
        rule: d.rule,
        message: d.message,
      })),
    },
    blocks: [
      ...(mark === 'invalid'
        ? [
            {
              kind: 'note' as const,
              text: 'This file failed the schema: the card shows its front matter as written.',
              mark,
            },
          ]
        : []),
      ...blocks,
    ],
    table: {
      columns: ['section', 'key', 'label', 'value'],
      rows: [
        ...facts.map((fact) => [
          'front matter',
          fact.key,
          fact.label,
          fact.inferred ? `${fact.value}${inferredMark()}` : fact.value,
        ]),
        ...notes.map((note) => ['notes', note.about.join(' ') || null, note.label, note.text]),
        ...sections.map((section) => ['body', null, section.heading, section.text]),
      ],
    },
    chart,
  };
}

function linkRow(relation: string, link: Link, note: string): Row {
  const missing = !link.exists;
  const cells: Cell[] = [
    { text: relation },
    { text: link.title ?? (missing ? '(unknown)' : link.id), ...(missing ? { mark: 'missing' as const } : {}) },
    { text: link.id },
    { text: link.level ?? '' },
    { text: note, ...(missing ? { mark: 'missing' as const } : {}) },
  ];
  return { cells };
}

/** Front matter as `key.path → text`, in the order the file writes it; a list of text puts an item per line. */
function flatten(data: Record<string, unknown>, inferred: readonly string[]): Fact[] {
  const facts: Fact[] = [];
  // A path covers everything under it.
  const isInferred = (key: string) => inferred.some((path) => key === path || key.startsWith(`${path}.`));
  const push = (key: string, value: string) =>
    facts.push({ key, label: labelOf(key), value, inferred: isInferred(key) });
  const visit = (value: unknown, key: string) => {
    // Provenance is shown as 说明 and as marks on the facts, not as facts of its own.
    if (key === 'notes' || key === 'inferred') return;
    if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object' || isTextEntry(item))) {
      // Ids and `{ text }` entries (targets that are no file here) read alike: one per line.
      push(key, value.map((item) => (isTextEntry(item) ? String(item.text) : String(item))).join('\n'));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${key}.${i}`));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const entries = Object.entries(value);
      if (entries.length === 0 && key) push(key, '');
      for (const [child, item] of entries) visit(item, key ? `${key}.${child}` : child);
    } else {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- maps are handled above: a scalar is left
      push(key, value instanceof Date ? value.toISOString().slice(0, 10) : value === null ? '' : String(value));
    }
  };
  visit(data, '');
  return facts;
}

/** A department's own 任职要求, 工作环境 and 职业发展, which hold for every role in it. */
function departmentBlocks(department: Department | undefined): Block[] {
  if (!department) return [];
  const texts: Array<{ heading: string; text: string }> = [
    ...(department.requirements?.length
      ? [
          {
            heading: t('provenance.departmentRequirements'),
            text: department.requirements.map((item, i) => `${i + 1}. ${item}`).join('\n'),
          },
        ]
      : []),
    ...(department.work_environment
      ? [{ heading: t('provenance.departmentEnvironment'), text: department.work_environment }]
      : []),
    ...(department.career_development
      ? [{ heading: t('provenance.departmentCareer'), text: department.career_development }]
      : []),
  ];
  if (texts.length === 0) return [];
  return [
    { kind: 'heading', text: t('provenance.departmentHeading', { name: department.name }) },
    ...texts.map((entry): Block => ({ kind: 'text', ...entry })),
  ];
}

/** `{ text: … }`: a career target or partner the source names that is no file of the organisation. */
function isTextEntry(item: unknown): item is { text: unknown } {
  return (
    item !== null &&
    typeof item === 'object' &&
    !Array.isArray(item) &&
    Object.keys(item).length === 1 &&
    'text' in item &&
    typeof item.text !== 'object'
  );
}

/** The `notes` as written, read leniently: an invalid file still shows what it says. */
function readNotes(value: unknown): Note[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Note[] => {
    const raw = asRecord(item);
    const said = text(raw.text);
    if (said === undefined) return [];
    const kind = text(raw.kind) ?? '';
    return [
      {
        kind,
        label: kind in NOTE_LABELS ? t(NOTE_LABELS[kind as keyof typeof NOTE_LABELS]) : kind,
        about: textList(raw.about),
        text: said,
      },
    ];
  });
}

/** A key's label, or its parent's with the part's (`工作经验 · 年限`); null for keys the format does not know. */
function labelOf(key: string): string | null {
  if (LABELS[key]) return LABELS[key];
  const dot = key.lastIndexOf('.');
  if (dot === -1) return null;
  const parent = labelOf(key.slice(0, dot));
  const part = key.slice(dot + 1);
  return parent === null ? null : `${parent} · ${PART_LABELS[part] ?? part}`;
}

/** The body's `##` sections, each with its Markdown as written (the card and handbook read them too). */
export function readSections(role: Pick<RoleEntry, 'document'>): Array<{ heading: string; text: string }> {
  const tree: Root | undefined = role.document.markdown();
  if (!tree) return [];
  const body = role.document.body;
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth <= 2);
  return headings.flatMap((heading, i) => {
    if (heading.depth !== 2) return [];
    const start = heading.position?.end.offset ?? 0;
    const end = headings[i + 1]?.position?.start.offset ?? body.length;
    return [{ heading: plainText(heading).trim(), text: stripComments(body.slice(start, end)).trim() }];
  });
}

function plainText(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node && Array.isArray(node.children) ? (node.children as Node[]).map(plainText).join('') : '';
}

/** HTML comments are notes to maintainers (sources, reasoning), not part of the job description. */
function stripComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?-->/g, '').replace(/\n{3,}/g, '\n\n');
}

/** The role with its superior, its reports and its career steps. */
function neighbourhood(role: RoleEntry, superior: Link | null, reports: Link[], careers: Link[]): Chart {
  const node = (link: Link) => ({
    id: link.id,
    lines: [link.title ?? link.id, link.level ?? ''].filter(Boolean),
    ...(link.exists ? {} : { mark: 'missing' as const }),
  });
  const mark = roleMark(role);
  const nodes = new Map<string, ChartNode>([
    [
      role.id,
      { id: role.id, lines: [roleName(role), role.level ?? ''].filter(Boolean), mark: mark ?? ('strong' as const) },
    ],
  ]);
  for (const link of [...(superior ? [superior] : []), ...reports, ...careers])
    if (!nodes.has(link.id)) nodes.set(link.id, node(link));
  return {
    direction: 'TD',
    nodes: [...nodes.values()],
    edges: [
      ...(superior ? [{ from: superior.id, to: role.id }] : []),
      ...reports.map((report) => ({ from: role.id, to: report.id })),
      ...careers.map((career) => ({ from: role.id, to: career.id, label: '职业发展', kind: 'career' as const })),
    ],
  };
}
