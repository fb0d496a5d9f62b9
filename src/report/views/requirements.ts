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
import { departmentName, plural, roleMark, roleName } from '../role-cells.js';
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
  const read = (role: RoleEntry): Requirements => {
    const raw = asRecord(role.data.requirements);
    return {
      education: readRequirement(raw.education),
      experience: readExperience(raw.experience),
      foreignLanguage: readRequirement(raw.foreign_language),
      computerSkills: readRequirement(raw.computer_skills),
    };
  };
  const texts = (r: Requirements) => [
    describeRequirement(r.education, true),
    describeExperience(r.experience),
    describeRequirement(r.foreignLanguage),
    describeRequirement(r.computerSkills),
  ];

  const rows: Row[] = [];
  for (const entry of scope.departments) {
    const roles = scope.roles.filter((role) => role.department === entry.id);
    if (roles.length === 0) continue;
    rows.push({ group: { text: departmentName(organisation, entry.id), mark: 'strong' } });
    for (const role of roles) {
      const mark = roleMark(role);
      rows.push({
        cells: [
          { text: roleName(role), ...(mark ? { mark } : {}) },
          { text: role.id },
          { text: role.level ?? '' },
          ...texts(read(role)).map(notStated),
        ],
      });
    }
  }

  const levels = [
    ...[...organisation.levels].reverse(),
    ...[...new Set(scope.roles.map((role) => role.level ?? '(no level)'))]
      .filter((level) => !organisation.levels.includes(level))
      .sort(),
  ];
  const byLevel = levels.flatMap((level) => {
    const roles = scope.roles.filter((role) => (role.level ?? '(no level)') === level);
    if (roles.length === 0) return [];
    const all = roles.map(read);
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
    title: 'Requirements',
    data: {
      view: 'requirements',
      filters: filtersData(scope),
      roles: scope.roles.map((role) => ({
        id: role.id,
        title: role.title ?? null,
        department: role.department,
        level: role.level ?? null,
        valid: role.valid,
        ...read(role),
      })),
      byLevel,
      totals: { roles: scope.roles.length, excluded: scope.excluded },
    },
    blocks: [
      ...scopeNote(scope),
      {
        kind: 'table',
        columns: ['Role', 'ID', 'Level', 'Education', 'Experience', 'Foreign language', 'Computer skills'].map(
          (header) => ({ header }),
        ),
        rows,
      },
      { kind: 'heading', text: 'By level' },
      {
        kind: 'table',
        columns: [
          { header: 'Level' },
          { header: 'Roles', align: 'right' },
          { header: 'Education (minimum)' },
          { header: 'Experience' },
          { header: 'Language stated', align: 'right' },
          { header: 'Computer stated', align: 'right' },
        ],
        rows: byLevel.map((level): Row => ({
          cells: [
            { text: level.level },
            { text: String(level.roles) },
            { text: level.education.map(({ value, roles }) => `${value ?? 'not stated'} ×${roles}`).join(' ') },
            notStated(
              level.experienceYears === null
                ? ''
                : `${level.experienceYears.min === level.experienceYears.max ? level.experienceYears.min : `${level.experienceYears.min}–${level.experienceYears.max}`} ${level.experienceYears.max === 1 ? 'year' : 'years'}${level.withoutExperience > 0 ? `; ${level.withoutExperience} not stated` : ''}`,
            ),
            { text: `${level.foreignLanguage} of ${level.roles}` },
            { text: `${level.computerSkills} of ${level.roles}` },
          ],
        })),
      },
      {
        kind: 'note',
        text: `${plural(scope.roles.length, 'role')}; ${scope.excluded} excluded by filters. — means the file states no such requirement.`,
        mark: 'muted',
      },
    ],
    table: {
      columns: [
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
      ],
      rows: scope.roles.map((role) => {
        const r = read(role);
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

function notStated(text: string): Cell {
  return text ? { text } : { text: '—', mark: 'missing' };
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
