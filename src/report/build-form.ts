import { CORE_SKILLS, PHYSICAL_DEMANDS } from '../schema/role-schema.js';
import { asRecord, text, textList, type Organisation, type RoleEntry } from './collect-organisation.js';
import {
  describeExperience,
  describeMajors,
  describeRequirement,
  readExperience,
  readRequirement,
} from './describe-requirement.js';
import { t } from '../i18n/t.js';
import type { Form, FormField, FormRow, FormValue } from './report.js';
import { departmentName, statusText } from './role-cells.js';
import { readSections } from './views/role.js';

/** The body sections the form has a row for, by the heading the files use. */
export const FORM_SECTIONS = { duties: '职责任务', authority: '工作权限', assessment: '考核要点' } as const;

/**
 * What every form of one organisation looks up: how many roles share each title, and who reports
 * to whom. Built once per organisation, not per form (the handbook of 100,000 roles was quadratic).
 */
const LOOKUPS = new WeakMap<Organisation, { titles: Map<string, number>; reportingTo: Map<string, string[]> }>();

function lookupsOf(organisation: Organisation) {
  let found = LOOKUPS.get(organisation);
  if (!found) {
    found = { titles: new Map(), reportingTo: new Map() };
    for (const other of organisation.roles) {
      if (other.title) found.titles.set(other.title, (found.titles.get(other.title) ?? 0) + 1);
      if (other.reportsTo === undefined) continue;
      const below = found.reportingTo.get(other.reportsTo);
      if (below) below.push(other.id);
      else found.reportingTo.set(other.reportsTo, [other.id]);
    }
    LOOKUPS.set(organisation, found);
  }
  return found;
}

/**
 * One role's 岗位说明书 form: the standard rows in the standard order, names instead of ids (an id
 * only where two roles share a title), every body section the file has, and empty boxes where the
 * file says nothing. Facts the source does not state carry `inferred`.
 */
export function buildForm(role: RoleEntry, organisation: Organisation): Form {
  const data = role.data;
  const requirements = asRecord(data.requirements);
  const inferredPaths = textList(data.inferred);
  const inferred = (key: string) =>
    inferredPaths.some((path) => key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`));
  const field = (label: string, value: FormValue, key?: string): FormField => ({
    label,
    value,
    ...(key !== undefined && inferred(key) ? { inferred: true } : {}),
  });
  const textValue = (value: string | undefined | null): FormValue => ({ kind: 'text', text: value ?? '' });
  const listValue = (items: string[]): FormValue => ({ kind: 'list', items });
  const sectionValue = (markdown: string): FormValue => ({ kind: 'list', ...readList(markdown) });

  const { titles, reportingTo } = lookupsOf(organisation);
  // A title two roles share needs the id to tell them apart.
  const nameOf = (id: string): string => {
    const found = organisation.role(id);
    if (!found?.title) return id;
    return (titles.get(found.title) ?? 0) > 1 ? t('report.role.title', { name: found.title, id }) : found.title;
  };
  const subordinates = [...new Set([...role.directReports, ...(reportingTo.get(role.id) ?? [])])];
  const sections = readSections(role);
  const section = (heading: string) => sections.find((entry) => entry.heading === heading)?.text ?? '';
  const known = new Set<string>(Object.values(FORM_SECTIONS));
  const extraSections = sections.filter((entry) => !known.has(entry.heading));

  const skills = asRecord(requirements.core_skills);
  const physical = asRecord(requirements.physical);
  const demands = (Object.keys(PHYSICAL_DEMANDS) as Array<keyof typeof PHYSICAL_DEMANDS>).flatMap((key) => {
    const demand = asRecord(physical[key]);
    const requirement = text(demand.requirement);
    if (requirement === undefined) return [];
    const justification = text(demand.justification);
    return [
      field(
        t(`report.physical.${key}`),
        textValue(justification ? t('report.describe.justified', { requirement, justification }) : requirement),
        `requirements.physical.${key}`,
      ),
    ];
  });
  const collaboration = asRecord(data.collaboration);
  const internal = textList(collaboration.internal).map((id) =>
    organisation.role(id) ? nameOf(id) : departmentName(organisation, id),
  );
  const external = textList(collaboration.external);
  const notes = Array.isArray(data.notes)
    ? data.notes.flatMap((note) => {
        const said = text(asRecord(note).text);
        return said === undefined ? [] : [said];
      })
    : [];
  const status = statusText(role.status) ?? '';

  const rows: FormRow[] = [
    {
      kind: 'pair',
      fields: [field(t('form.title'), textValue(role.title), 'title'), field(t('form.id'), textValue(role.id))],
    },
    {
      kind: 'pair',
      fields: [
        field(
          t('form.department'),
          textValue(role.department === null ? '' : departmentName(organisation, role.department)),
          'department',
        ),
        field(t('form.level'), textValue(role.level), 'job_level'),
      ],
    },
    {
      kind: 'pair',
      fields: [
        field(t('form.superior'), textValue(role.reportsTo === undefined ? '' : nameOf(role.reportsTo)), 'reports_to'),
        field(t('form.headcount'), textValue(role.headcount === undefined ? '' : String(role.headcount)), 'headcount'),
      ],
    },
    {
      kind: 'wide',
      field: field(t('form.subordinates'), textValue(subordinates.map(nameOf).join('、')), 'direct_reports'),
    },
    { kind: 'wide', field: field(t('form.purpose'), textValue(text(data.purpose)), 'purpose') },
    { kind: 'wide', field: field(t('form.duties'), sectionValue(section(FORM_SECTIONS.duties))) },
    { kind: 'wide', field: field(t('form.authority'), sectionValue(section(FORM_SECTIONS.authority))) },
    { kind: 'wide', field: field(t('form.assessment'), sectionValue(section(FORM_SECTIONS.assessment))) },
    ...extraSections.map((entry): FormRow => ({
      kind: 'wide',
      field: field(entry.heading, sectionValue(entry.text)),
    })),
    {
      kind: 'group',
      label: t('form.requirements'),
      fields: [
        field(
          t('form.education'),
          textValue(describeRequirement(readRequirement(requirements.education), true)),
          'requirements.education',
        ),
        field(t('form.majors'), textValue(describeMajors(requirements.majors)), 'requirements.majors'),
        field(
          t('form.experience'),
          textValue(describeExperience(readExperience(requirements.experience))),
          'requirements.experience',
        ),
        field(t('form.knowledge'), listValue(textList(requirements.knowledge)), 'requirements.knowledge'),
        field(
          t('form.foreignLanguage'),
          textValue(describeRequirement(readRequirement(requirements.foreign_language))),
          'requirements.foreign_language',
        ),
        field(
          t('form.computerSkills'),
          textValue(describeRequirement(readRequirement(requirements.computer_skills))),
          'requirements.computer_skills',
        ),
        field(t('form.training'), listValue(textList(requirements.training)), 'requirements.training'),
        field(
          t('form.certifications'),
          listValue(textList(requirements.certifications)),
          'requirements.certifications',
        ),
      ],
    },
    demands.length > 0
      ? { kind: 'group', label: t('form.physical'), fields: demands }
      : { kind: 'wide', field: field(t('form.physical'), textValue('')) },
    {
      kind: 'wide',
      field: field(
        t('form.coreSkills'),
        {
          kind: 'scale',
          max: 5,
          items: (Object.keys(CORE_SKILLS) as Array<keyof typeof CORE_SKILLS>).map((key) => {
            const level = skills[key];
            return {
              label: t(`report.skill.${key}`),
              level: typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 5 ? level : null,
            };
          }),
        },
        'requirements.core_skills',
      ),
    },
    {
      kind: 'wide',
      field: field(t('form.careerPath'), textValue(role.careerPath.map(nameOf).join('、')), 'career_path'),
    },
    {
      kind: 'wide',
      field: field(t('form.workEnvironment'), textValue(text(data.work_environment)), 'work_environment'),
    },
    ...(textList(data.tools).length > 0
      ? [{ kind: 'wide' as const, field: field(t('form.tools'), textValue(textList(data.tools).join('、')), 'tools') }]
      : []),
    ...(internal.length + external.length > 0
      ? [
          {
            kind: 'wide' as const,
            field: field(t('form.collaboration'), textValue([...internal, ...external].join('、')), 'collaboration'),
          },
        ]
      : []),
    ...(notes.length > 0 ? [{ kind: 'wide' as const, field: field(t('form.notes'), listValue(notes)) }] : []),
    {
      kind: 'pair',
      fields: [
        field(t('form.analysisDate'), textValue(text(data.analysis_date)), 'analysis_date'),
        field(t('form.version'), textValue(text(data.version)), 'version'),
      ],
    },
    { kind: 'pair', fields: [field(t('form.status'), textValue(status)), field(t('form.approval'), textValue(''))] },
  ];
  return {
    title: role.title ?? role.id,
    kind: t('form.kind'),
    id: `role-${role.id}`,
    inferredMark: t('provenance.inferredMark'),
    rows,
    source: role.document.text,
  };
}

/**
 * A section's Markdown as items: each list item (`1.`, `1、`, `-`) with its continuation lines, or
 * each paragraph when the section has no list; a `###` heading inside it becomes an unnumbered item.
 * HTML comments are gone already.
 */
export function readList(markdown: string): { items: string[]; headings: number[] } {
  const items: string[] = [];
  const headings: number[] = [];
  let open = false;
  for (const line of markdown.split('\n')) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s{0,3}(?:\d{1,3}[.、)）]|[-*+])\s*(.*)$/.exec(line);
    if (heading) {
      headings.push(items.length);
      items.push(heading[1]!.trim());
      open = false;
    } else if (item) {
      items.push(item[1]!.trim());
      open = true;
    } else if (line.trim() === '') open = false;
    else if (open) items[items.length - 1] += line.trim();
    else {
      items.push(line.trim());
      open = true;
    }
  }
  return { items, headings };
}
