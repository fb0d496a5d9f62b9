import type { Heading, Node, Root } from 'mdast';
import { compareStrings } from '../../diagnostics/diagnostic.js';

import { t } from '../../i18n/t.js';
import { CORE_SKILLS, type Department, type NOTE_KINDS, PHYSICAL_DEMANDS } from '../../schema/role-schema.js';
import { asRecord, text, textList, type Organisation, type RoleEntry } from '../collect-organisation.js';
import { describeExperience, describeRequirement, readExperience, readRequirement } from '../describe-requirement.js';
import type { Block, Cell, Chart, ChartEdge, ChartNode, Report, Row } from '../report.js';
import {
  columns,
  csvColumns,
  departmentName,
  type PlainId,
  problemsCell,
  roleMark,
  roleName,
  severityText,
  statusText,
} from '../role-cells.js';
import { suggest } from '../select-scope.js';
import { UsageError } from '../../usage-error.js';
import type { ViewInput } from '../view-input.js';

/**
 * The front-matter fields in the order a reader takes them in: who the role is, where it sits,
 * its file's state, what it is for, what it asks, where it leads. Keys the format does not know
 * follow, as the file writes them.
 */
const FIELD_ORDER = [
  'title',
  'title_en',
  'aliases',
  'id',
  'department',
  'job_level',
  'job_code',
  'pay_grade',
  'reports_to',
  'direct_reports',
  'headcount',
  'status',
  'analysis_date',
  'version',
  'owner',
  'purpose',
  'requirements',
  'career_path',
  'collaboration',
  'work_environment',
  'tools',
] as const;

/** Keys that say nothing a reader of the card needs (`kind`), or that are shown in their own way (provenance). */
const NOT_SHOWN = new Set(['kind', 'notes', 'inferred']);

/** One fact of the card: a front-matter field as people read it, ids turned into names. */
interface Fact {
  /** The front-matter path (`requirements.experience`): stable across languages. */
  key: string;
  label: string;
  value: string;
  /** Wholly or partly listed under `inferred`: the source does not state it. */
  inferred: boolean;
  /** The inferred parts, when only some of the field is inferred (`alternative.level`). */
  inferredParts: string[];
}

/** One entry of `notes`: a judgement call made on the source. */
interface Note {
  kind: string;
  /** The name of the kind in the chosen language, or the kind as written. */
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
  /** The role's title; with its id when two roles share the title. */
  name: string;
  title: string | null;
  level: string | null;
  /** False when no file declares the id. */
  exists: boolean;
}

/**
 * One role's card for people: every front-matter fact under its name in the chosen language, ids
 * turned into names; its superior, reports and career steps; who else names it; its notes, its
 * body sections and the findings of the checks. Computed once; each format renders the same facts.
 */
export function roleView({ organisation, id }: ViewInput): Report {
  if (id === undefined) throw new UsageError(t('report.error.missingRoleId', { view: 'role' }));
  const role = organisation.role(id);
  if (!role) {
    const known = [...new Set(organisation.roles.map((entry) => entry.id))].sort(compareStrings);
    throw new UsageError(t('report.error.unknownRole', { id, hint: suggest(id, known) }));
  }
  const nameOf = namer(organisation);
  const link = (target: string): Link => {
    const found = organisation.role(target);
    return {
      id: target,
      name: nameOf(target),
      title: found?.title ?? null,
      level: found?.level ?? null,
      exists: found !== undefined,
    };
  };
  const facts = readFacts(role, organisation, nameOf);
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
  const chart = neighbourhood(role, superior, reports, careers);

  // What the relations table adds: a superior listing this role, or a report naming it as superior, says nothing new.
  const shownReferences = references.filter(
    (reference) =>
      !(reference.field === 'direct_reports' && reference.from === superior?.id) &&
      !(reference.field === 'reports_to' && reports.some((report) => report.id === reference.from)),
  );
  const mark = roleMark(role);
  const problems = problemsCell(role);
  const blocks: Block[] = [
    ...(mark === 'invalid' ? [{ kind: 'note' as const, text: t('report.role.invalid'), mark }] : []),
    {
      kind: 'table',
      columns: columns('report.role.field', 'report.role.value'),
      rows: [
        ...facts.map((fact): Row => ({
          cells: [{ text: fact.label }, fact.inferred ? { text: factText(fact), mark: 'muted' } : { text: fact.value }],
        })),
        {
          cells: [
            { text: t('report.role.problems') },
            problems.text ? problems : { text: t('report.role.noProblems') },
          ],
        },
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
              cells: [{ text: note.label }, { text: note.about.map(pathLabel).join('\n') }, { text: note.text }],
            })),
          },
        ]
      : []),
    { kind: 'heading', text: t('report.role.relations') },
    {
      kind: 'table',
      columns: columns('report.role.relation', 'report.column.role', 'report.column.level', 'report.column.note'),
      rows: [
        superior
          ? linkRow(t('report.role.superior'), superior, superior.exists ? '' : t('report.noSuchRole'))
          : {
              cells: [
                { text: t('report.role.superior') },
                { text: t('report.role.root'), mark: 'muted' },
                { text: '' },
                { text: '' },
              ],
            },
        ...reports.map((report) =>
          linkRow(
            t('report.role.subordinate'),
            report,
            !report.exists
              ? t('report.noSuchRole')
              : !report.declared
                ? t('report.role.notDeclared')
                : !report.reportsHere
                  ? t('report.role.reportsElsewhere')
                  : '',
          ),
        ),
        ...careers.map((career) =>
          linkRow(t('report.role.careerStep'), career, career.exists ? career.experienceText : t('report.noSuchRole')),
        ),
        ...careerTexts.map((target): Row => ({
          cells: [
            { text: t('report.role.careerStep') },
            { text: target },
            { text: '' },
            { text: t('provenance.textTarget'), mark: 'muted' },
          ],
        })),
        ...shownReferences.map((reference): Row => {
          const from = reference.from !== null ? organisation.role(reference.from) : undefined;
          return {
            cells: [
              { text: t('report.role.namedIn', { field: pathLabel(reference.field) }) },
              { text: from ? nameOf(from.id) : departmentName(organisation, reference.from) },
              { text: from?.level ?? '' },
              { text: '' },
            ],
          };
        }),
      ],
    },
    { kind: 'chart', title: t('report.role.chart'), chart },
    ...(sections.length > 0 ? [{ kind: 'heading' as const, text: t('report.role.sections') }] : []),
    ...sections.map((section): Block => ({ kind: 'text', heading: section.heading, text: section.text })),
    ...departmentBlocks(organisation.graph.departments.get(role.department ?? '')?.department),
    ...(findings.length > 0
      ? [
          { kind: 'heading' as const, text: t('report.role.findings') },
          {
            kind: 'table' as const,
            columns: columns(
              'report.column.location',
              'report.column.severity',
              'report.column.rule',
              'report.column.message',
            ),
            rows: findings.map((d): Row => ({
              cells: [
                { text: `${d.line}:${d.column}` },
                { text: severityText(d.severity), mark: d.severity },
                { text: d.rule },
                { text: d.message },
              ],
            })),
          },
        ]
      : []),
    { kind: 'note', text: t('report.role.file', { file: role.file }), mark: 'muted' },
  ];

  return {
    view: 'role',
    title: t('report.role.title', { name: roleName(role), id: role.id }),
    data: {
      view: 'role',
      id: role.id,
      file: role.file,
      valid: role.valid,
      errors: role.errors,
      warnings: role.warnings,
      facts: facts.map(({ key, label, value, inferred, inferredParts }) => ({
        key,
        label,
        value,
        inferred,
        inferredParts,
      })),
      inferred: textList(role.data.inferred),
      notes,
      sections,
      superior: superior && { id: superior.id, title: superior.title, level: superior.level, exists: superior.exists },
      directReports: reports.map(({ name: _name, ...report }) => report),
      careerPath: careers.map(({ name: _name, ...career }) => career),
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
    blocks,
    table: {
      columns: csvColumns(['section', 'label', 'value']),
      rows: [
        ...facts.map((fact) => [t('report.role.section.frontMatter'), fact.label, factText(fact)]),
        ...notes.map((note) => [t('report.role.section.notes'), note.label, note.text]),
        ...sections.map((section) => [t('report.role.section.body'), section.heading, section.text]),
      ],
    },
    chart,
  };
}

/** A fact's value with the mark of what is inferred: `主办（推定）`, or `…（推定：或任 · 职级）` for a part. */
function factText(fact: Fact): string {
  if (!fact.inferred) return fact.value;
  if (fact.inferredParts.length === 0) return `${fact.value}${inferredMark()}`;
  return `${fact.value}${t('report.role.inferredParts', { parts: fact.inferredParts.map(partsLabel).join(t('list.separator')) })}`;
}

function linkRow(relation: string, link: Link, note: string): Row {
  const missing = !link.exists;
  const cells: Cell[] = [
    { text: relation },
    { text: link.name, ...(missing ? { mark: 'missing' as const } : {}) },
    { text: link.level ?? '' },
    { text: note, ...(missing ? { mark: 'missing' as const } : {}) },
  ];
  return { cells };
}

/** A role's name for people: its title, with the id where two roles share the title; the id of a role no file declares. */
function namer(organisation: Organisation): (id: string) => string {
  const titles = new Map<string, number>();
  for (const other of organisation.roles) if (other.title) titles.set(other.title, (titles.get(other.title) ?? 0) + 1);
  return (id) => {
    const found = organisation.role(id);
    if (!found?.title) return id;
    return (titles.get(found.title) ?? 0) > 1 ? t('report.role.title', { name: found.title, id }) : found.title;
  };
}

/**
 * The front matter as facts for people, in `FIELD_ORDER`: requirements described as the job
 * descriptions write them, ids as names, one fact per requirement. A value the reader cannot be
 * given in words (a file that failed the schema) is shown as written, path by path.
 */
function readFacts(role: RoleEntry, organisation: Organisation, nameOf: (id: string) => string): Fact[] {
  const data = role.data;
  const inferredPaths = textList(data.inferred);
  const facts: Fact[] = [];
  const push = (key: string, value: string) => {
    const whole = inferredPaths.some((path) => key === path || key.startsWith(`${path}.`));
    const parts = whole
      ? []
      : inferredPaths.filter((path) => path.startsWith(`${key}.`)).map((path) => path.slice(key.length + 1));
    facts.push({ key, label: pathLabel(key), value, inferred: whole || parts.length > 0, inferredParts: parts });
  };
  const list = (items: readonly string[]) => items.join(t('list.separator'));
  const names = (value: unknown) =>
    list(
      (Array.isArray(value) ? value : []).flatMap((item) =>
        typeof item === 'string' ? [nameOf(item)] : isTextEntry(item) ? [String(item.text)] : [],
      ),
    );
  // A described value, or the raw value path by path when the description would say nothing.
  const described = (key: string, value: unknown, description: string) => {
    if (description !== '' || value === null || value === undefined) push(key, description);
    else flatten(value, key, push);
  };
  const field = (key: string, value: unknown) => {
    switch (key) {
      case 'department':
        return described(key, value, typeof value === 'string' ? departmentName(organisation, value) : '');
      case 'reports_to':
        return described(key, value, typeof value === 'string' ? nameOf(value) : '');
      case 'direct_reports':
      case 'career_path':
        return described(key, value, names(value));
      case 'status':
        return described(key, value, typeof value === 'string' ? (statusText(value) ?? '') : '');
      case 'collaboration': {
        const collaboration = asRecord(value);
        for (const [part, item] of Object.entries(collaboration)) {
          if (part === 'internal') described(`${key}.internal`, item, names(item));
          else if (part === 'external') described(`${key}.external`, item, list(textList(item)));
          else flatten(item, `${key}.${part}`, push);
        }
        return Object.keys(collaboration).length === 0 ? flatten(value, key, push) : undefined;
      }
      case 'requirements': {
        const requirements = asRecord(value);
        for (const [part, item] of Object.entries(requirements)) requirement(`${key}.${part}`, part, item);
        return Object.keys(requirements).length === 0 ? flatten(value, key, push) : undefined;
      }
      default:
        return flatten(value, key, push);
    }
  };
  const requirement = (key: string, part: string, value: unknown) => {
    switch (part) {
      case 'education':
        return described(key, value, describeRequirement(readRequirement(value), true));
      case 'foreign_language':
      case 'computer_skills':
        return described(key, value, describeRequirement(readRequirement(value)));
      case 'experience':
        return described(key, value, describeExperience(readExperience(value)));
      case 'majors': {
        if (Array.isArray(value)) return described(key, value, list(textList(value)));
        const majors = asRecord(value);
        const minimum = list(textList(majors.minimum));
        const preferred = list(textList(majors.preferred));
        return described(
          key,
          value,
          describeRequirement({ minimum: minimum || null, preferred: preferred || null, asWritten: null }),
        );
      }
      case 'core_skills': {
        const skills = asRecord(value);
        const known = (Object.keys(CORE_SKILLS) as Array<keyof typeof CORE_SKILLS>).filter(
          (skill) => typeof skills[skill] === 'number',
        );
        return described(
          key,
          value,
          list(known.map((skill) => `${t(`report.skill.${skill}`)} ${String(skills[skill])}`)),
        );
      }
      case 'physical': {
        const physical = asRecord(value);
        const lines = (Object.keys(PHYSICAL_DEMANDS) as Array<keyof typeof PHYSICAL_DEMANDS>).flatMap((demand) => {
          const entry = asRecord(physical[demand]);
          const said = text(entry.requirement);
          if (said === undefined) return [];
          const why = text(entry.justification);
          return [
            t('report.describe.demand', {
              demand: t(`report.physical.${demand}`),
              requirement: why ? t('report.describe.justified', { requirement: said, justification: why }) : said,
            }),
          ];
        });
        return described(key, value, lines.join('\n'));
      }
      default:
        return flatten(value, key, push);
    }
  };
  const known = new Set<string>(FIELD_ORDER);
  for (const key of FIELD_ORDER) if (key in data) field(key, data[key]);
  for (const [key, value] of Object.entries(data)) if (!known.has(key) && !NOT_SHOWN.has(key)) field(key, value);
  return facts;
}

/** A value as written, path by path; a list of text puts an item per line. */
function flatten(root: unknown, rootKey: string, push: (key: string, value: string) => void): void {
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object' || isTextEntry(item))) {
      push(key, value.map((item) => (isTextEntry(item) ? String(item.text) : String(item))).join('\n'));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${key}.${i}`));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const entries = Object.entries(value);
      if (entries.length === 0) push(key, '');
      for (const [child, item] of entries) visit(item, `${key}.${child}`);
    } else {
      push(key, scalarText(value));
    }
  };
  visit(root, rootKey);
}

/** A scalar as written: a date as `YYYY-MM-DD`, nothing for null. */
function scalarText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- maps and lists are handled by the caller: a scalar is left
  return String(value);
}

/** The name of a front-matter path in the chosen language: `工作经验`, `工作经验 · 或任 · 职级`; unknown keys as written. */
function pathLabel(path: string): string {
  const whole = FIELD_LABELS[path];
  if (whole) return t(whole);
  const dot = path.lastIndexOf('.');
  if (dot === -1) return path;
  return `${pathLabel(path.slice(0, dot))}${t('report.part.separator')}${partLabel(path.slice(dot + 1))}`;
}

/** `alternative.level` → `或任 · 职级`. */
function partsLabel(parts: string): string {
  return parts.split('.').map(partLabel).join(t('report.part.separator'));
}

function partLabel(part: string): string {
  const id = PART_LABELS[part];
  return id ? t(id) : part;
}

const FIELD_LABELS: Record<string, PlainId> = {
  id: 'report.field.id',
  title: 'report.field.title',
  title_en: 'report.field.title_en',
  aliases: 'report.field.aliases',
  department: 'report.field.department',
  reports_to: 'report.field.reports_to',
  direct_reports: 'report.field.direct_reports',
  job_level: 'report.field.job_level',
  job_code: 'report.field.job_code',
  headcount: 'report.field.headcount',
  pay_grade: 'report.field.pay_grade',
  purpose: 'report.field.purpose',
  career_path: 'report.field.career_path',
  collaboration: 'report.field.collaboration',
  'collaboration.internal': 'report.field.collaboration.internal',
  'collaboration.external': 'report.field.collaboration.external',
  work_environment: 'report.field.work_environment',
  tools: 'report.field.tools',
  requirements: 'report.field.requirements',
  'requirements.education': 'report.field.requirements.education',
  'requirements.majors': 'report.field.requirements.majors',
  'requirements.experience': 'report.field.requirements.experience',
  'requirements.knowledge': 'report.field.requirements.knowledge',
  'requirements.foreign_language': 'report.field.requirements.foreign_language',
  'requirements.computer_skills': 'report.field.requirements.computer_skills',
  'requirements.training': 'report.field.requirements.training',
  'requirements.certifications': 'report.field.requirements.certifications',
  'requirements.core_skills': 'report.field.requirements.core_skills',
  'requirements.physical': 'report.field.requirements.physical',
  status: 'report.field.status',
  analysis_date: 'report.field.analysis_date',
  owner: 'report.field.owner',
  version: 'report.field.version',
  parent: 'report.field.parent',
  head: 'report.field.head',
  ...Object.fromEntries(
    (Object.keys(CORE_SKILLS) as Array<keyof typeof CORE_SKILLS>).map((key) => [
      `requirements.core_skills.${key}`,
      `report.skill.${key}` as const,
    ]),
  ),
  ...Object.fromEntries(
    (Object.keys(PHYSICAL_DEMANDS) as Array<keyof typeof PHYSICAL_DEMANDS>).map((key) => [
      `requirements.physical.${key}`,
      `report.physical.${key}` as const,
    ]),
  ),
};

const PART_LABELS: Record<string, PlainId> = {
  minimum: 'report.part.minimum',
  preferred: 'report.part.preferred',
  years: 'report.part.years',
  field: 'report.part.field',
  alternative: 'report.part.alternative',
  level: 'report.part.level',
  requirement: 'report.part.requirement',
  justification: 'report.part.justification',
  as_written: 'report.part.as_written',
  min: 'report.part.min',
  max: 'report.part.max',
};

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

/**
 * The role with its superior, its reports and its career steps. A superior that is also the next
 * career step keeps its place above the role: one reporting line, labelled, rather than an arrow
 * back up that would draw it below.
 */
function neighbourhood(role: RoleEntry, superior: Link | null, reports: Link[], careers: Link[]): Chart {
  const node = (link: Link): ChartNode => ({
    id: link.id,
    lines: [link.name, link.level ?? ''].filter(Boolean),
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
  const superiorIsCareer = superior !== null && careers.some((career) => career.id === superior.id);
  const edges: ChartEdge[] = [
    ...(superior
      ? [
          {
            from: superior.id,
            to: role.id,
            kind: 'reports' as const,
            ...(superiorIsCareer ? { label: t('report.role.alsoCareer') } : {}),
          },
        ]
      : []),
    ...reports.map((report) => ({ from: role.id, to: report.id, kind: 'reports' as const })),
    ...careers
      .filter((career) => career.id !== superior?.id && career.id !== role.id)
      .map((career) => ({ from: role.id, to: career.id, label: t('report.chart.career'), kind: 'career' as const })),
  ];
  return { direction: 'TD', nodes: [...nodes.values()], edges };
}
