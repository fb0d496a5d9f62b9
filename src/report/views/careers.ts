import { asRecord, type Organisation, type RoleEntry } from '../collect-organisation.js';
import { describeExperience, readExperience, type Experience } from '../describe-requirement.js';
import type { Chart, ChartEdge, ChartNode, Report, Row } from '../report.js';
import { t } from '../../i18n/t.js';
import { columns, count, csvColumns, missingCell, roleMark, roleName, sentenceGap, yesNo } from '../role-cells.js';
import { filtersData, scopeNote } from '../scope-note.js';
import type { ViewInput } from '../view-input.js';

/** Beyond this many ladders the branching data is reported as cut, rather than enumerated for ever. */
const MAX_LADDERS = 1000;

/** One rung of a ladder: a role and the experience it asks for, read and worded once for every format. */
interface Step {
  id: string;
  role: RoleEntry | undefined;
  experience: Experience | null;
  /** `5年以上相关专业工作经验，或任主办2年以上`; empty when the role states none. */
  experienceText: string;
}

interface Ladder {
  steps: Step[];
  /** The id the last step's `career_path` leads back to, when the ladder loops. */
  loopsTo: string | null;
}

/**
 * The career ladders as chains along `career_path`, with the experience each step asks for. The
 * ladders and their steps are found and worded once; the table, the JSON, the CSV and the chart
 * render the same steps.
 */
export function careersView({ organisation, scope }: ViewInput): Report {
  const { ladders, cut } = findLadders(organisation);
  const shown = ladders.filter((ladder) => ladder.steps.some((step) => step.role && scope.includes(step.role)));
  const stepName = (step: Step) => (step.role ? roleName(step.role) : step.id);
  const drawn = chart(shown);

  const rows: Row[] = shown.flatMap((ladder, n) => [
    {
      group: {
        text: t('report.careers.ladder', {
          n: n + 1,
          steps: [
            ...ladder.steps.map((step) =>
              step.role?.level
                ? t('report.careers.stepLevel', { name: stepName(step), level: step.role.level })
                : stepName(step),
            ),
            ...(ladder.loopsTo
              ? [t('report.careers.loops', { name: organisation.role(ladder.loopsTo)?.title ?? ladder.loopsTo })]
              : []),
          ].join(' → '),
        }),
        mark: 'strong' as const,
      },
    },
    ...ladder.steps.map((step, i): Row => {
      const mark = step.role ? roleMark(step.role) : 'missing';
      return {
        cells: [
          { text: String(i + 1), ...(step.role && !scope.includes(step.role) ? { mark: 'muted' as const } : {}) },
          {
            text: step.role ? stepName(step) : t('report.careers.missingRole', { id: step.id }),
            ...(mark ? { mark } : {}),
          },
          { text: step.id },
          { text: step.role?.level ?? '' },
          step.experienceText ? { text: step.experienceText } : missingCell(),
        ],
      };
    }),
  ]);
  const roles = new Set(shown.flatMap((ladder) => ladder.steps.map((step) => step.id)));

  return {
    view: 'careers',
    title: t('report.careers.title'),
    data: {
      view: 'careers',
      filters: filtersData(scope),
      ladders: shown.map((ladder) => ({
        steps: ladder.steps.map((step) => ({
          id: step.id,
          title: step.role?.title ?? null,
          level: step.role?.level ?? null,
          exists: step.role !== undefined,
          valid: step.role?.valid ?? false,
          experience: step.experience,
          experienceText: step.experienceText,
        })),
        loopsTo: ladder.loopsTo,
      })),
      totals: { ladders: shown.length, roles: roles.size, cut, excluded: scope.excluded },
    },
    blocks: [
      ...scopeNote(scope),
      {
        kind: 'table',
        columns: columns(
          ['report.careers.step', 'right'],
          'report.column.role',
          'report.column.id',
          'report.column.level',
          'report.careers.experience',
        ),
        rows,
      },
      {
        kind: 'note',
        text: [
          t('report.careers.note', {
            ladders: count(shown.length, 'ladder'),
            roles: count(roles.size, 'role'),
            excluded: scope.excluded,
          }),
          ...(cut ? [t('report.careers.cut', { count: MAX_LADDERS })] : []),
        ].join(sentenceGap()),
        mark: 'muted',
      },
      { kind: 'chart', title: t('report.careers.chart'), chart: drawn },
    ],
    table: {
      columns: csvColumns([
        'ladder',
        'step',
        'id',
        'title',
        'level',
        'exists',
        'experience_years',
        'experience_field',
        'experience_alternative_level',
        'experience_alternative_years',
        'experience',
      ]),
      rows: shown.flatMap((ladder, n) =>
        ladder.steps.map((step, i) => [
          n + 1,
          i + 1,
          step.id,
          step.role?.title ?? null,
          step.role?.level ?? null,
          yesNo(step.role !== undefined),
          step.experience?.years ?? null,
          step.experience?.field ?? null,
          step.experience?.alternative?.level ?? null,
          step.experience?.alternative?.years ?? null,
          step.experienceText || null,
        ]),
      ),
    },
    chart: drawn,
  };
}

/**
 * Every path along `career_path` from a role no other role leads to, to a role that leads nowhere
 * (or back into the path). Loops with no way in are started from their first role in report order.
 */
function findLadders(organisation: Organisation): { ladders: Ladder[]; cut: boolean } {
  const roles = organisation.roles.filter((role) => organisation.role(role.id) === role);
  const targets = new Set(roles.flatMap((role) => role.careerPath));
  const covered = new Set<string>();
  const ladders: Ladder[] = [];
  const step = (id: string): Step => {
    const role = organisation.role(id);
    const experience = role ? readExperience(asRecord(role.data.requirements).experience) : null;
    return { id, role, experience, experienceText: describeExperience(experience) };
  };
  const follow = (start: RoleEntry) => {
    const stack: Step[][] = [[step(start.id)]];
    while (stack.length > 0 && ladders.length < MAX_LADDERS) {
      const path = stack.pop()!;
      const last = path[path.length - 1]!;
      const next = last.role?.careerPath ?? [];
      if (next.length === 0) ladders.push({ steps: path, loopsTo: null });
      for (let i = next.length - 1; i >= 0; i--) {
        const id = next[i]!;
        covered.add(`${last.id}\0${id}`);
        if (path.some((s) => s.id === id)) ladders.push({ steps: path, loopsTo: id });
        else stack.push([...path, step(id)]);
      }
    }
  };
  for (const role of roles) if (role.careerPath.length > 0 && !targets.has(role.id)) follow(role);
  for (const role of roles) if (role.careerPath.some((id) => !covered.has(`${role.id}\0${id}`))) follow(role);
  return { ladders, cut: ladders.length >= MAX_LADDERS };
}

function chart(ladders: readonly Ladder[]): Chart {
  const nodes = new Map<string, ChartNode>();
  const edges = new Map<string, ChartEdge>();
  for (const ladder of ladders) {
    ladder.steps.forEach((step, i) => {
      const mark = step.role ? roleMark(step.role) : 'missing';
      if (!nodes.has(step.id))
        nodes.set(step.id, {
          id: step.id,
          lines: [
            step.role ? roleName(step.role) : step.id,
            step.role ? (step.role.level ?? '') : t('report.noSuchRole'),
          ].filter(Boolean),
          ...(mark ? { mark } : {}),
        });
      const previous = ladder.steps[i - 1];
      const experience = step.experienceText;
      if (previous)
        edges.set(`${previous.id}\0${step.id}`, {
          from: previous.id,
          to: step.id,
          kind: 'career',
          ...(experience ? { label: experience } : {}),
        });
    });
    const last = ladder.steps[ladder.steps.length - 1]!;
    if (ladder.loopsTo !== null)
      edges.set(`${last.id}\0${ladder.loopsTo}`, { from: last.id, to: ladder.loopsTo, kind: 'career' });
  }
  return { direction: 'LR', nodes: [...nodes.values()], edges: [...edges.values()] };
}
