import { CORE_SKILLS } from '../../schema/role-schema.js';
import { asRecord, type RoleEntry } from '../collect-organisation.js';
import type { Cell, Report, Row } from '../report.js';
import { t } from '../../i18n/t.js';
import {
  columns,
  count,
  csvColumns,
  departmentName,
  missingCell,
  roleMark,
  roleName,
  sentenceGap,
} from '../role-cells.js';
import { filtersData, scopeNote } from '../scope-note.js';
import type { ViewInput } from '../view-input.js';

type SkillKey = keyof typeof CORE_SKILLS;
const SKILLS = Object.keys(CORE_SKILLS) as SkillKey[];

/** A level as written; null when the file records none (never 0, which would read as "no skill"). */
type Levels = Record<SkillKey, number | null>;

/** Roles × the six core skills, grouped by department or by level. */
export function skillsView({ organisation, scope, groupBy }: ViewInput): Report {
  const groups: Array<{ key: string | null; label: string; roles: readonly RoleEntry[] }> = [];
  if (groupBy === 'department') {
    for (const entry of scope.departments) {
      const roles = scope.rolesIn(entry.id);
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
    if (unknown.length > 0) groups.push({ key: null, label: t('report.noLevel'), roles: unknown });
  }

  // Each role's levels, read once: the table, the JSON and the CSV show the same figures.
  const levels = new Map(scope.roles.map((role) => [role, levelsOf(role)]));
  const cells = SKILLS.length * scope.roles.length;
  const recorded = [...levels.values()].reduce(
    (sum, written) => sum + Object.values(written).filter((level) => level !== null).length,
    0,
  );

  const rows: Row[] = groups.flatMap(({ label, roles }) => [
    { group: { text: label, mark: 'strong' as const } },
    ...roles.map((role): Row => {
      const written = levels.get(role)!;
      const mark = roleMark(role);
      return {
        cells: [
          { text: roleName(role), ...(mark ? { mark } : {}) },
          { text: role.id },
          { text: groupBy === 'department' ? (role.level ?? '') : departmentName(organisation, role.department) },
          ...SKILLS.map((skill): Cell => levelCell(written[skill])),
        ],
      };
    }),
  ]);

  return {
    view: 'skills',
    title: t(groupBy === 'department' ? 'report.skills.title.department' : 'report.skills.title.level'),
    data: {
      view: 'skills',
      filters: filtersData(scope),
      groupBy,
      skills: SKILLS.map((key) => ({ key, label: t(`report.skill.${key}`) })),
      groups: groups.map(({ key, label, roles }) => ({
        key,
        label,
        roles: roles.map((role) => ({
          id: role.id,
          title: role.title ?? null,
          level: role.level ?? null,
          department: role.department,
          valid: role.valid,
          skills: levels.get(role)!,
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
          ...columns(
            'report.column.role',
            'report.column.id',
            groupBy === 'department' ? 'report.column.level' : 'report.column.department',
          ),
          ...SKILLS.map((skill) => ({ header: t(`report.skill.short.${skill}`), align: 'right' as const })),
        ],
        rows,
      },
      {
        kind: 'note',
        text: [
          t('report.skills.note', {
            missing: t('word.missing'),
            recorded,
            cells,
            roles: count(scope.roles.length, 'role'),
            excluded: scope.excluded,
          }),
          ...(recorded === 0 && cells > 0 ? [t('report.skills.lost')] : []),
        ].join(sentenceGap()),
        mark: 'muted',
      },
    ],
    table: {
      columns: csvColumns([
        groupBy === 'department' ? 'group_department' : 'group_level',
        'id',
        'title',
        groupBy === 'department' ? 'level' : 'department',
        ...SKILLS,
      ]),
      rows: groups.flatMap(({ key, roles }) =>
        roles.map((role) => {
          const written = levels.get(role)!;
          return [
            key,
            role.id,
            role.title ?? null,
            groupBy === 'department' ? (role.level ?? null) : role.department,
            ...SKILLS.map((skill) => written[skill]),
          ];
        }),
      ),
    },
  };
}

function levelCell(level: number | null): Cell {
  if (level === null) return missingCell();
  const valid = Number.isInteger(level) && level >= 1 && level <= 5;
  return { text: String(level), ...(valid ? {} : { mark: 'invalid' as const }) };
}

function levelsOf(role: RoleEntry): Levels {
  const written = asRecord(asRecord(role.data.requirements).core_skills);
  return Object.fromEntries(
    SKILLS.map((skill) => [skill, typeof written[skill] === 'number' ? written[skill] : null]),
  ) as Levels;
}
