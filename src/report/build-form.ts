import { CORE_SKILLS, PHYSICAL_DEMANDS } from '../schema/role-schema.js';
import { asRecord, text, textList, type Organisation, type RoleEntry } from './collect-organisation.js';
import { describeExperience, describeRequirement, readExperience, readRequirement } from './describe-requirement.js';
import { FORM_LABELS, FORM_SECTIONS, type FormLanguage } from './form-labels.js';
import type { Form, FormField, FormRow, FormValue } from './report.js';
import { departmentName } from './role-cells.js';
import { readSections } from './views/role.js';

/** English names of the core skills; the Chinese ones are the schema's. */
const SKILLS_EN: Record<keyof typeof CORE_SKILLS, string> = {
  numeracy: 'Numeracy',
  communication: 'Communication',
  information_technology: 'Information technology',
  self_improvement: 'Self-improvement',
  teamwork: 'Teamwork',
  problem_solving: 'Problem solving',
};

const STATUS_TEXT: Record<string, { 'zh-CN': string; en: string }> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  retired: { 'zh-CN': '已撤销', en: 'Retired' },
};

/**
 * One role's 岗位说明书 form: the standard rows in the standard order, names instead of ids (an id
 * only where two roles share a title), every body section the file has, and empty boxes where the
 * file says nothing. Facts the source does not state carry `inferred`.
 */
export function buildForm(role: RoleEntry, organisation: Organisation, language: FormLanguage): Form {
  const labels = FORM_LABELS[language];
  const english = language === 'en';
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

  const titles = new Map<string, number>();
  for (const other of organisation.roles) if (other.title) titles.set(other.title, (titles.get(other.title) ?? 0) + 1);
  // A title two roles share needs the id to tell them apart.
  const nameOf = (id: string): string => {
    const found = organisation.role(id);
    if (!found?.title) return id;
    return (titles.get(found.title) ?? 0) > 1 ? `${found.title}（${id}）` : found.title;
  };
  const subordinates = [
    ...new Set([
      ...role.directReports,
      ...organisation.roles.filter((other) => other.reportsTo === role.id).map((other) => other.id),
    ]),
  ];
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
        english ? key : PHYSICAL_DEMANDS[key],
        textValue(justification ? `${requirement}（${justification}）` : requirement),
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
  const status = role.status !== undefined ? (STATUS_TEXT[role.status]?.[english ? 'en' : 'zh-CN'] ?? role.status) : '';

  const rows: FormRow[] = [
    {
      kind: 'pair',
      fields: [field(labels.title, textValue(role.title), 'title'), field(labels.id, textValue(role.id))],
    },
    {
      kind: 'pair',
      fields: [
        field(
          labels.department,
          textValue(role.department === null ? '' : departmentName(organisation, role.department)),
          'department',
        ),
        field(labels.level, textValue(role.level), 'job_level'),
      ],
    },
    {
      kind: 'pair',
      fields: [
        field(labels.superior, textValue(role.reportsTo === undefined ? '' : nameOf(role.reportsTo)), 'reports_to'),
        field(labels.headcount, textValue(role.headcount === undefined ? '' : String(role.headcount)), 'headcount'),
      ],
    },
    {
      kind: 'wide',
      field: field(labels.subordinates, textValue(subordinates.map(nameOf).join('、')), 'direct_reports'),
    },
    { kind: 'wide', field: field(labels.purpose, textValue(text(data.purpose)), 'purpose') },
    { kind: 'wide', field: field(labels.duties, sectionValue(section(FORM_SECTIONS.duties))) },
    { kind: 'wide', field: field(labels.authority, sectionValue(section(FORM_SECTIONS.authority))) },
    { kind: 'wide', field: field(labels.assessment, sectionValue(section(FORM_SECTIONS.assessment))) },
    ...extraSections.map((entry): FormRow => ({
      kind: 'wide',
      field: field(entry.heading, sectionValue(entry.text)),
    })),
    {
      kind: 'group',
      label: labels.requirements,
      fields: [
        field(
          labels.education,
          textValue(describeRequirement(readRequirement(requirements.education), true)),
          'requirements.education',
        ),
        field(labels.majors, textValue(textList(requirements.majors).join('、')), 'requirements.majors'),
        field(
          labels.experience,
          textValue(describeExperience(readExperience(requirements.experience))),
          'requirements.experience',
        ),
        field(labels.knowledge, listValue(textList(requirements.knowledge)), 'requirements.knowledge'),
        field(
          labels.foreignLanguage,
          textValue(describeRequirement(readRequirement(requirements.foreign_language))),
          'requirements.foreign_language',
        ),
        field(
          labels.computerSkills,
          textValue(describeRequirement(readRequirement(requirements.computer_skills))),
          'requirements.computer_skills',
        ),
        field(labels.training, listValue(textList(requirements.training)), 'requirements.training'),
        field(labels.certifications, listValue(textList(requirements.certifications)), 'requirements.certifications'),
      ],
    },
    demands.length > 0
      ? { kind: 'group', label: labels.physical, fields: demands }
      : { kind: 'wide', field: field(labels.physical, textValue('')) },
    {
      kind: 'wide',
      field: field(
        labels.coreSkills,
        {
          kind: 'scale',
          max: 5,
          items: (Object.keys(CORE_SKILLS) as Array<keyof typeof CORE_SKILLS>).map((key) => {
            const level = skills[key];
            return {
              label: english ? SKILLS_EN[key] : CORE_SKILLS[key],
              level: typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 5 ? level : null,
            };
          }),
        },
        'requirements.core_skills',
      ),
    },
    { kind: 'wide', field: field(labels.careerPath, textValue(role.careerPath.map(nameOf).join('、')), 'career_path') },
    { kind: 'wide', field: field(labels.workEnvironment, textValue(text(data.work_environment)), 'work_environment') },
    ...(textList(data.tools).length > 0
      ? [{ kind: 'wide' as const, field: field(labels.tools, textValue(textList(data.tools).join('、')), 'tools') }]
      : []),
    ...(internal.length + external.length > 0
      ? [
          {
            kind: 'wide' as const,
            field: field(labels.collaboration, textValue([...internal, ...external].join('、')), 'collaboration'),
          },
        ]
      : []),
    ...(notes.length > 0 ? [{ kind: 'wide' as const, field: field(labels.notes, listValue(notes)) }] : []),
    {
      kind: 'pair',
      fields: [
        field(labels.analysisDate, textValue(text(data.analysis_date)), 'analysis_date'),
        field(labels.version, textValue(text(data.version)), 'version'),
      ],
    },
    { kind: 'pair', fields: [field(labels.status, textValue(status)), field(labels.approval, textValue(''))] },
  ];
  return {
    title: role.title ?? role.id,
    kind: labels.kind,
    id: `role-${role.id}`,
    inferredMark: labels.inferred,
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
