import type { Organisation, RoleEntry } from './collect-organisation.js';
import type { Chart } from './report.js';
import { departmentName, roleMark, roleName } from './role-cells.js';

/**
 * Every given role as a box (title, level; grouped by department) with its reporting line, and its
 * career steps as edges of their own kind. Duplicated ids keep the first role.
 */
export function orgChart(organisation: Organisation, roles: readonly RoleEntry[]): Chart {
  const byId = new Map<string, RoleEntry>();
  for (const role of roles) if (!byId.has(role.id)) byId.set(role.id, role);
  const nodes = [...byId.values()].map((role) => {
    const mark = roleMark(role);
    return {
      id: role.id,
      lines: [roleName(role), role.level ?? ''].filter(Boolean),
      group: departmentName(organisation, role.department),
      ...(mark ? { mark } : {}),
    };
  });
  const edges = [...byId.values()].flatMap((role) => [
    ...(role.reportsTo !== undefined && byId.has(role.reportsTo) && role.reportsTo !== role.id
      ? [{ from: role.reportsTo, to: role.id, kind: 'reports' as const }]
      : []),
    ...role.careerPath
      .filter((target) => byId.has(target) && target !== role.id)
      .map((target) => ({ from: role.id, to: target, kind: 'career' as const })),
  ]);
  return { direction: 'TD', nodes, edges };
}
