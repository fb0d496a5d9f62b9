import { CORE_SKILLS } from '../../schema/role-schema.js';
import { asRecord, type RoleEntry } from '../collect-organisation.js';
import type { Cell, Report, Row } from '../report.js';
import { departmentName, roleMark, roleName } from '../role-cells.js';
import { filtersData, scopeNote } from '../scope-note.js';
import type { ViewInput } from '../view-input.js';

type SkillKey = keyof typeof CORE_SKILLS;
const SKILLS = Object.keys(CORE_SKILLS) as SkillKey[];

/** A level as written; null when the file records none (never 0, which would read as "no skill"). */
type Levels = Record<SkillKey, number | null>;

/** Roles × the six core skills, grouped by department or by level. */
export function skillsView({ organisation, scope, groupBy }: ViewInput): Report {
  const groups: Array<{ key: string | null; label: string; roles: RoleEntry[] }> = [];
  if (groupBy === 'department') {
    for (const entry of scope.departments) {
      const roles = scope.roles.filter((role) => role.department === entry.id);
      if (roles.length > 0) groups.push({ key: entry.id, label: departmentName(organisation, entry.id), roles });
    }
  } else {
    const offLadder = [
      ...new Set(
        scope.roles
          .map((role) => role.level)
          .filter((level) => level !== undefined && !organisation.levels.includes(level)),
      ),
    ].sort() as string[];
    for (const level of [...[...organisation.levels].reverse(), ...offLadder]) {
      const roles = scope.roles.filter((role) => role.level === level);
      if (roles.length > 0) groups.push({ key: level, label: level, roles });
    }
    const unknown = scope.roles.filter((role) => role.level === undefined);
    if (unknown.length > 0) groups.push({ key: null, label: '(no level)', roles: unknown });
  }

  const levelsOf = (role: RoleEntry): Levels => {
    const written = asRecord(asRecord(role.data.requirements).core_skills);
    return Object.fromEntries(
      SKILLS.map((skill) => [skill, typeof written[skill] === 'number' ? written[skill] : null]),
    ) as Levels;
  };
  const cells = SKILLS.length * scope.roles.length;
  const recorded = scope.roles.reduce(
    (sum, role) => sum + Object.values(levelsOf(role)).filter((level) => level !== null).length,
    0,
  );
  const other = groupBy === 'department' ? 'Level' : 'Department';

  const rows: Row[] = groups.flatMap(({ label, roles }) => [
    { group: { text: label, mark: 'strong' as const } },
    ...roles.map((role): Row => {
      const levels = levelsOf(role);
      const mark = roleMark(role);
      return {
        cells: [
          { text: roleName(role), ...(mark ? { mark } : {}) },
          { text: role.id },
          { text: groupBy === 'department' ? (role.level ?? '') : departmentName(organisation, role.department) },
          ...SKILLS.map((skill): Cell => levelCell(levels[skill])),
        ],
      };
    }),
  ]);

  return {
    view: 'skills',
    title: `Core skills by ${groupBy}`,
    data: {
      view: 'skills',
      filters: filtersData(scope),
      groupBy,
      skills: SKILLS.map((key) => ({ key, label: CORE_SKILLS[key] })),
      groups: groups.map(({ key, label, roles }) => ({
        key,
        label,
        roles: roles.map((role) => ({
          id: role.id,
          title: role.title ?? null,
          level: role.level ?? null,
          department: role.department,
          valid: role.valid,
          skills: levelsOf(role),
        })),
      })),
      totals: {
        roles: scope.roles.length,
        levels: cells,
        recorded,
        missing: cells - recorded,
        excluded: scope.excluded,
      },
    },
    blocks: [
      ...scopeNote(scope),
      {
        kind: 'table',
        columns: [
          { header: 'Role' },
          { header: 'ID' },
          { header: other },
          ...SKILLS.map((skill) => ({ header: CORE_SKILLS[skill], align: 'right' as const })),
        ],
        rows,
      },
      {
        kind: 'note',
        text: `— means no level is recorded (1–5 when known). ${recorded} of ${cells} levels are recorded for ${scope.roles.length} ${scope.roles.length === 1 ? 'role' : 'roles'}; ${scope.excluded} excluded by filters.${recorded === 0 && cells > 0 ? ' The source lost the skill levels: none are known.' : ''}`,
        mark: 'muted',
      },
    ],
    table: {
      columns: [
        groupBy,
        'id',
        'title',
        groupBy === 'department' ? 'level' : 'department',
        ...SKILLS.map((skill) => `${skill} ${CORE_SKILLS[skill]}`),
      ],
      rows: groups.flatMap(({ key, roles }) =>
        roles.map((role) => {
          const levels = levelsOf(role);
          return [
            key,
            role.id,
            role.title ?? null,
            groupBy === 'department' ? (role.level ?? null) : role.department,
            ...SKILLS.map((skill) => levels[skill]),
          ];
        }),
      ),
    },
  };
}

function levelCell(level: number | null): Cell {
  if (level === null) return { text: '—', mark: 'missing' };
  const valid = Number.isInteger(level) && level >= 1 && level <= 5;
  return { text: String(level), ...(valid ? {} : { mark: 'invalid' as const }) };
}
