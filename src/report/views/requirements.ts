import { compareStrings } from '../../diagnostics/diagnostic.js';
import { EDUCATION_LEVELS } from '../../schema/role-schema.js';
import { asRecord, type RoleEntry } from '../collect-organisation.js';
import {
  describeExperience,
  describeRequirement,
  readExperience,
  readRequirement,
  type Experience,
  type Requirement,
} from '../describe-requirement.js';
import type { Cell, Report, Row } from '../report.js';
import { t } from '../../i18n/t.js';
import { columns, count, csvColumns, departmentName, missingCell, roleMark, roleName } from '../role-cells.js';
import { filtersData, scopeNote } from '../scope-note.js';
import type { ViewInput } from '../view-input.js';

interface Requirements {
  education: Requirement | null;
  experience: Experience | null;
  foreignLanguage: Requirement | null;
  computerSkills: Requirement | null;
}

/** Education, experience, language and computer requirements: per role by department, then per level. */
export function requirementsView({ organisation, scope }: ViewInput): Report {
  // Each role's requirements, read once: the table, the tally, the JSON and the CSV show the same.
  const requirements = new Map(scope.roles.map((role) => [role, read(role)]));
  const of = (role: RoleEntry) => requirements.get(role)!;
  const texts = (r: Requirements) => [
    describeRequirement(r.education, true),
    describeExperience(r.experience),
    describeRequirement(r.foreignLanguage),
    describeRequirement(r.computerSkills),
  ];

  const rows: Row[] = [];
  for (const entry of scope.departments) {
    const roles = scope.rolesIn(entry.id);
    if (roles.length === 0) continue;
    rows.push({ group: { text: departmentName(organisation, entry.id), mark: 'strong' } });
    for (const role of roles) {
      const mark = roleMark(role);
      rows.push({
        cells: [
          { text: roleName(role), ...(mark ? { mark } : {}) },
          { text: role.id },
          { text: role.level ?? '' },
          ...texts(of(role)).map(notStated),
        ],
      });
    }
  }

  // Roles without a level come last, as `level: null`.
  const levels: Array<string | null> = [
    ...[...organisation.levels].reverse(),
    ...[...new Set(scope.roles.flatMap((role) => (role.level === undefined ? [] : [role.level])))]
      .filter((level) => !organisation.levels.includes(level))
      .sort(),
    null,
  ];
  const byLevel = levels.flatMap((level) => {
    const roles = scope.roles.filter((role) => (role.level ?? null) === level);
    if (roles.length === 0) return [];
    const all = roles.map(of);
    const years = all.map((r) => r.experience?.years).filter((value): value is number => typeof value === 'number');
    return [
      {
        level,
        roles: roles.length,
        education: tally(
          all.map((r) => r.education?.minimum ?? null),
          EDUCATION_LEVELS,
        ),
        experienceYears:
          years.length > 0
            ? { min: years.reduce((a, b) => Math.min(a, b)), max: years.reduce((a, b) => Math.max(a, b)) }
            : null,
        withoutExperience: all.filter((r) => (r.experience?.years ?? null) === null).length,
        foreignLanguage: all.filter((r) => r.foreignLanguage?.minimum).length,
        computerSkills: all.filter((r) => r.computerSkills?.minimum).length,
      },
    ];
  });

  return {
    view: 'requirements',
    title: t('report.requirements.title'),
    data: {
      view: 'requirements',
      filters: filtersData(scope),
      roles: scope.roles.map((role) => ({
        id: role.id,
        title: role.title ?? null,
        department: role.department,
        level: role.level ?? null,
        valid: role.valid,
        ...of(role),
      })),
      byLevel,
      totals: { roles: scope.roles.length, excluded: scope.excluded },
    },
    blocks: [
      ...scopeNote(scope),
      {
        kind: 'table',
        columns: columns(
          'report.column.role',
          'report.column.id',
          'report.column.level',
          'report.requirements.education',
          'report.requirements.experience',
          'report.requirements.foreignLanguage',
          'report.requirements.computerSkills',
        ),
        rows,
      },
      { kind: 'heading', text: t('report.requirements.byLevel') },
      {
        kind: 'table',
        columns: columns(
          'report.column.level',
          ['report.column.roles', 'right'],
          'report.requirements.educationMinimum',
          'report.requirements.experience',
          ['report.requirements.languageStated', 'right'],
          ['report.requirements.computerStated', 'right'],
        ),
        rows: byLevel.map((level): Row => ({
          cells: [
            { text: level.level ?? t('report.noLevel') },
            { text: String(level.roles) },
            {
              text: level.education
                .map(({ value, roles }) =>
                  t('report.requirements.tally', { value: value ?? t('word.missing'), count: roles }),
                )
                .join(' '),
            },
            notStated(experienceText(level.experienceYears, level.withoutExperience)),
            { text: t('report.requirements.share', { count: level.foreignLanguage, roles: level.roles }) },
            { text: t('report.requirements.share', { count: level.computerSkills, roles: level.roles }) },
          ],
        })),
      },
      {
        kind: 'note',
        text: t('report.requirements.note', {
          roles: count(scope.roles.length, 'role'),
          excluded: scope.excluded,
          missing: t('word.missing'),
        }),
        mark: 'muted',
      },
    ],
    table: {
      columns: csvColumns([
        'department',
        'id',
        'title',
        'level',
        'education_minimum',
        'education_preferred',
        'experience_years',
        'experience_field',
        'experience_alternative_level',
        'experience_alternative_years',
        'foreign_language',
        'computer_skills',
      ]),
      rows: scope.roles.map((role) => {
        const r = of(role);
        return [
          role.department,
          role.id,
          role.title ?? null,
          role.level ?? null,
          r.education?.minimum ?? null,
          r.education?.preferred ?? null,
          r.experience?.years ?? null,
          r.experience?.field ?? null,
          r.experience?.alternative?.level ?? null,
          r.experience?.alternative?.years ?? null,
          describeRequirement(r.foreignLanguage) || null,
          describeRequirement(r.computerSkills) || null,
        ];
      }),
    },
  };
}

function read(role: RoleEntry): Requirements {
  const raw = asRecord(role.data.requirements);
  return {
    education: readRequirement(raw.education),
    experience: readExperience(raw.experience),
    foreignLanguage: readRequirement(raw.foreign_language),
    computerSkills: readRequirement(raw.computer_skills),
  };
}

function notStated(text: string): Cell {
  return text ? { text } : missingCell();
}

/** `3–5 years; 1 unknown` (3–5 年；1 个未知), empty when no role of the level states its years. */
function experienceText(years: { min: number; max: number } | null, unstated: number): string {
  if (years === null) return '';
  const range = years.min === years.max ? String(years.min) : `${years.min}–${years.max}`;
  const text = t(years.max === 1 ? 'report.n.year.one' : 'report.n.year.other', { count: range });
  return unstated > 0 ? text + t('report.requirements.unstated', { count: unstated }) : text;
}

/** How many roles ask for each value, in the ladder's order (unknown values after, unstated last). */
function tally(values: Array<string | null>, order: readonly string[]): Array<{ value: string | null; roles: number }> {
  const counts = new Map<string | null, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rank = (value: string | null) =>
    value === null ? Infinity : order.includes(value) ? order.indexOf(value) : order.length;
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b) || compareStrings(a ?? '', b ?? ''))
    .map(([value, roles]) => ({ value, roles }));
}
