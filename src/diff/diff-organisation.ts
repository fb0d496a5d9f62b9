import { compareStrings } from '../diagnostics/diagnostic.js';
import { createRoleSchema, departmentSchema, type Department, type Role } from '../schema/role-schema.js';
import type { Entity, EntityKind, FieldChange, OrgDiff, OrgVersion } from './org-diff.js';

/** Fields that name other roles or departments: compared after applying renames, so a renamed id is not a change. */
const REFERENCE_FIELDS = new Set([
  'department',
  'reports_to',
  'direct_reports',
  'career_path',
  'collaboration.internal',
  'parent',
  'head',
]);
/** Not compared as fields: the id is the entity, `reports_to` is a move, `kind` never changes within a kind. */
const SKIPPED_FIELDS = new Set(['id', 'kind', 'reports_to']);
/** Top-level fields in the order the schemas declare them (the ladder does not change the keys). */
const FIELD_ORDER = {
  role: Object.keys(createRoleSchema(['-']).shape),
  department: Object.keys(departmentSchema.shape),
};

/**
 * What changed in the organisation between two versions: roles and departments added, removed
 * and renamed (an id that disappeared while another with the same title, or the same purpose and
 * sections, appeared), reporting lines moved, every front-matter fact and `##` section that
 * changed, and each department's number of roles and summed headcount.
 */
export function diffOrganisation(base: OrgVersion, head: OrgVersion): OrgDiff {
  const renames = new Map<string, string>();
  const renamed = [
    ...matchRenames('role', base.roles, head.roles, (role) => role.title, sameRoleContent, renames),
    ...matchRenames(
      'department',
      base.departments,
      head.departments,
      (department) => department.name,
      sameSections,
      renames,
    ),
  ];
  const mapId = (id: string) => renames.get(id) ?? id;
  const baseIdOf = new Map([...renames].map(([from, to]) => [to, from]));
  const diff: OrgDiff = {
    base: base.label,
    head: head.label,
    added: [],
    removed: [],
    renamed,
    moved: [],
    changed: [],
    totals: [],
    skipped: [],
  };

  for (const [kind, baseMap, headMap] of [
    ['department', base.departments, head.departments],
    ['role', base.roles, head.roles],
  ] as const) {
    const before = baseMap as ReadonlyMap<string, Entity<Role | Department>>;
    const after = headMap as ReadonlyMap<string, Entity<Role | Department>>;
    for (const [id, entity] of sorted(after)) {
      const previous = before.get(baseIdOf.get(id) ?? id);
      if (!previous) {
        diff.added.push({ kind, id, name: nameOf(entity.value), file: entity.file, summary: summarize(entity.value) });
        continue;
      }
      const named = { kind, id, name: nameOf(entity.value), file: entity.file };
      if (kind === 'role') {
        const from = (previous.value as Role).reports_to ?? null;
        const to = (entity.value as Role).reports_to ?? null;
        if ((from === null ? null : mapId(from)) !== to) diff.moved.push({ ...named, from, to });
      }
      const changes = [
        ...compareFields(previous.value, entity.value, FIELD_ORDER[kind], mapId),
        ...compareSections(previous.sections, entity.sections),
      ];
      if (changes.length > 0) diff.changed.push({ ...named, changes });
    }
    for (const [id, entity] of sorted(before)) {
      if (!after.has(mapId(id))) diff.removed.push({ kind, id, name: nameOf(entity.value), file: entity.file });
    }
  }
  diff.totals = departmentTotals(base, head, mapId);
  diff.skipped = [
    ...base.skipped.map((s) => ({ ...s, version: base.label })),
    ...head.skipped.map((s) => ({ ...s, version: head.label })),
  ];
  return diff;
}

function matchRenames<T extends Role | Department>(
  kind: EntityKind,
  before: ReadonlyMap<string, Entity<T>>,
  after: ReadonlyMap<string, Entity<T>>,
  name: (value: T) => string,
  sameContent: (a: Entity<T>, b: Entity<T>) => boolean,
  renames: Map<string, string>,
): OrgDiff['renamed'] {
  const gone = sorted(before).filter(([id]) => !after.has(id));
  const fresh = sorted(after).filter(([id]) => !before.has(id));
  const taken = new Set<string>();
  const found: OrgDiff['renamed'] = [];
  for (const by of ['title', 'content'] as const) {
    for (const [id, old] of gone) {
      if (renames.has(id)) continue;
      const match = fresh.find(
        ([newId, candidate]) =>
          !taken.has(newId) &&
          (by === 'title' ? name(candidate.value) === name(old.value) : sameContent(old, candidate)),
      );
      if (!match) continue;
      const [newId, entity] = match;
      taken.add(newId);
      renames.set(id, newId);
      found.push({ kind, id: newId, from: id, name: name(entity.value), file: entity.file, by });
    }
  }
  return found.sort((a, b) => compareStrings(a.id, b.id));
}

function sameRoleContent(a: Entity<Role>, b: Entity<Role>): boolean {
  return a.value.purpose === b.value.purpose && sameSections(a, b);
}

function sameSections(a: Entity<Role | Department>, b: Entity<Role | Department>): boolean {
  if (!a.sections || !b.sections || a.sections.size === 0 || a.sections.size !== b.sections.size) return false;
  return [...a.sections].every(([name, text]) => b.sections!.get(name) === text);
}

/** Leaf by leaf (lists are leaves), top-level fields in schema order, nested ones as written. */
function compareFields(
  before: object,
  after: object,
  order: readonly string[],
  mapId: (id: string) => string,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const walk = (a: unknown, b: unknown, field: string) => {
    if (isMap(a) || isMap(b)) {
      const left = isMap(a) ? a : {};
      const right = isMap(b) ? b : {};
      for (const key of unionKeys(left, right)) walk(left[key], right[key], `${field}.${key}`);
      return;
    }
    const mapped = REFERENCE_FIELDS.has(field) ? mapReferences(a, mapId) : a;
    if (show(mapped) !== show(b)) changes.push({ field, before: show(a), after: show(b) });
  };
  const keys = unionKeys(before as Record<string, unknown>, after as Record<string, unknown>).sort(
    (x, y) => rank(order, x) - rank(order, y),
  );
  for (const key of keys) {
    if (SKIPPED_FIELDS.has(key)) continue;
    walk((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], key);
  }
  return changes;
}

/** A section added, removed or edited, with how many lines came and went. */
function compareSections(
  before: ReadonlyMap<string, string> | undefined,
  after: ReadonlyMap<string, string> | undefined,
): FieldChange[] {
  if (!before || !after) return [];
  const changes: FieldChange[] = [];
  for (const name of [...after.keys(), ...[...before.keys()].filter((key) => !after.has(key))]) {
    const a = before.get(name);
    const b = after.get(name);
    if (a === b) continue;
    const field = `## ${name}`;
    if (a === undefined) changes.push({ field, before: null, after: 'added' });
    else if (b === undefined) changes.push({ field, before: 'removed', after: null });
    else changes.push({ field, before: null, after: `edited (${lineDelta(a, b)})` });
  }
  return changes;
}

/** `+2 −1 lines`: lines of the new text not in the old, and the other way round, counted as multisets. */
function lineDelta(before: string, after: string): string {
  const count = (text: string) => {
    const lines = new Map<string, number>();
    for (const line of text.split('\n'))
      if (line.trim() !== '') lines.set(line.trim(), (lines.get(line.trim()) ?? 0) + 1);
    return lines;
  };
  const a = count(before);
  const b = count(after);
  let added = 0;
  let removed = 0;
  for (const [line, n] of b) added += Math.max(0, n - (a.get(line) ?? 0));
  for (const [line, n] of a) removed += Math.max(0, n - (b.get(line) ?? 0));
  if (added === 0 && removed === 0) return 'whitespace or order';
  const counts = [added > 0 ? `+${added}` : '', removed > 0 ? `−${removed}` : ''].filter(Boolean).join(' ');
  return `${counts} ${added + removed === 1 ? 'line' : 'lines'}`;
}

function departmentTotals(base: OrgVersion, head: OrgVersion, mapId: (id: string) => string): OrgDiff['totals'] {
  const tally = (version: OrgVersion, map: (id: string) => string) => {
    const totals = new Map<string, { roles: number; headcount: number }>();
    for (const { value } of version.roles.values()) {
      const id = map(value.department);
      const entry = totals.get(id) ?? { roles: 0, headcount: 0 };
      entry.roles += 1;
      entry.headcount += value.headcount ?? 0;
      totals.set(id, entry);
    }
    return totals;
  };
  const before = tally(base, mapId);
  const after = tally(head, (id) => id);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings);
  const totals: OrgDiff['totals'] = [];
  for (const id of ids) {
    const a = before.get(id) ?? { roles: 0, headcount: 0 };
    const b = after.get(id) ?? { roles: 0, headcount: 0 };
    if (a.roles === b.roles && a.headcount === b.headcount) continue;
    const department =
      head.departments.get(id) ?? [...base.departments.values()].find((entity) => mapId(entity.id) === id);
    totals.push({
      kind: 'department',
      id,
      name: department?.value.name ?? id,
      file: department?.file ?? '',
      roles: [a.roles, b.roles],
      headcount: [a.headcount, b.headcount],
    });
  }
  return totals;
}

function summarize(value: Role | Department): string {
  if ('title' in value)
    return [
      value.job_level,
      `department \`${value.department}\``,
      value.reports_to ? `reports to \`${value.reports_to}\`` : 'no superior',
      value.headcount !== undefined ? `headcount ${value.headcount}` : '',
    ]
      .filter(Boolean)
      .join(', ');
  return value.parent ? `parent \`${value.parent}\`` : 'an organisation (no parent)';
}

function nameOf(value: Role | Department): string {
  return 'title' in value ? value.title : value.name;
}

function mapReferences(value: unknown, mapId: (id: string) => string): unknown {
  if (typeof value === 'string') return mapId(value);
  if (Array.isArray(value)) return (value as unknown[]).map((item) => (typeof item === 'string' ? mapId(item) : item));
  return value;
}

/** A value as one line of text: lists joined with `、`, maps as `key: value`; null when absent. */
function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => show(item) ?? '').join('、');
  if (isMap(value))
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${show(item) ?? ''}`)
      .join(', ');
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- lists and maps are handled above: a scalar is left
  return String(value);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

function sorted<T>(map: ReadonlyMap<string, T>): Array<[string, T]> {
  return [...map].sort(([a], [b]) => compareStrings(a, b));
}
