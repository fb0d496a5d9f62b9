import { compareStrings } from '../diagnostics/diagnostic.js';
import { createRoleSchema, departmentSchema, type Department, type Role } from '../schema/role-schema.js';
import type { Entity, EntityKind, FieldChange, InvalidFile, OrgDiff, OrgVersion, Ref } from './org-diff.js';
import { diffWords } from './diff-words.js';

/** Fields that name other roles or departments: compared after applying renames, shown with names. */
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

type AnyEntity = Entity<Role | Department>;

/**
 * What changed in the organisation between two versions, compared as two graphs of roles and
 * departments by id: added, removed, renamed (an id gone while another with the same title, or the
 * same purpose and sections, appeared), made invalid or valid again (never mistaken for removed or
 * added), reporting lines moved, list fields as items added and removed, other facts before and
 * after, sections with the words that changed, and each department's roles and known headcount.
 * Nothing that did not change is reported.
 */
export function diffOrganisation(base: OrgVersion, head: OrgVersion): OrgDiff {
  const renames = new Map<string, string>();
  const renamed = [
    ...matchRenames('role', base.roles, head.roles, (role) => role.title, sameRoleContent, renames),
    ...matchRenames('department', base.departments, head.departments, (d) => d.name, sameSections, renames),
  ];
  const mapId = (id: string) => renames.get(id) ?? id;
  const baseIdOf = new Map([...renames].map(([from, to]) => [to, from]));
  const refIn = (version: OrgVersion) => (id: string) => ({
    id,
    name: nameOf((version.roles.get(id) ?? version.departments.get(id))?.value) ?? id,
  });
  const beforeRef = refIn(base);
  const inHead = (id: string) => head.roles.has(id) || head.departments.has(id);
  const afterRef = refIn(head);
  const diff: OrgDiff = {
    base: base.label,
    head: head.label,
    added: [],
    removed: [],
    renamed,
    madeInvalid: [],
    madeValid: [],
    moved: [],
    changed: [],
    departments: [],
  };
  const invalidBefore = indexInvalid(base.invalid);
  const invalidAfter = indexInvalid(head.invalid);

  for (const [kind, baseMap, headMap] of [
    ['department', base.departments, head.departments],
    ['role', base.roles, head.roles],
  ] as const) {
    const before = baseMap as ReadonlyMap<string, AnyEntity>;
    const after = headMap as ReadonlyMap<string, AnyEntity>;
    for (const [id, entity] of sorted(after)) {
      const previous = before.get(baseIdOf.get(id) ?? id);
      const named = { id, name: nameOf(entity.value)! };
      if (!previous) {
        const broken = invalidBefore.byId.get(id) ?? invalidBefore.byFile.get(entity.file);
        if (broken) diff.madeValid.push({ file: entity.file, ...named, problem: broken.problem });
        else diff.added.push({ kind, ...named, file: entity.file, ...addedFacts(entity.value, afterRef) });
        continue;
      }
      if (kind === 'role') {
        const from = (previous.value as Role).reports_to ?? null;
        const to = (entity.value as Role).reports_to ?? null;
        if ((from === null ? null : mapId(from)) !== to)
          diff.moved.push({
            ...named,
            from: from === null ? null : beforeRef(from),
            to: to === null ? null : afterRef(to),
          });
      }
      const changes = [
        ...compareFields(previous.value, entity.value, FIELD_ORDER[kind], mapId, afterRef, beforeRef, inHead),
        ...compareSections(previous.sections, entity.sections),
      ];
      if (changes.length > 0) diff.changed.push({ kind, ...named, file: entity.file, changes });
    }
    for (const [id, entity] of sorted(before)) {
      if (after.has(mapId(id))) continue;
      const broken = invalidAfter.byId.get(id) ?? invalidAfter.byFile.get(entity.file);
      if (broken)
        diff.madeInvalid.push({ file: broken.file, id, name: nameOf(entity.value)!, problem: broken.problem });
      else diff.removed.push({ kind, id, name: nameOf(entity.value)!, file: entity.file });
    }
  }
  // A file that is new and invalid is reported too: it was added, but is not a role yet.
  const known = new Set([...base.invalid.map((file) => file.file), ...diff.madeInvalid.map((file) => file.file)]);
  const baseFiles = new Set([...base.roles.values(), ...base.departments.values()].map((entity) => entity.file));
  for (const file of head.invalid) {
    if (known.has(file.file) || baseFiles.has(file.file)) continue;
    if (file.id !== null && (base.roles.has(file.id) || base.departments.has(file.id))) continue;
    diff.madeInvalid.push({ file: file.file, id: file.id, name: file.name, problem: file.problem });
  }
  diff.madeInvalid.sort((a, b) => compareStrings(a.file, b.file));
  diff.departments = departmentTotals(base, head, mapId, afterRef);
  return diff;
}

function indexInvalid(files: readonly InvalidFile[]) {
  return {
    byId: new Map(files.filter((file) => file.id !== null).map((file) => [file.id!, file])),
    byFile: new Map(files.map((file) => [file.file, file])),
  };
}

function addedFacts(value: Role | Department, ref: (id: string) => Ref) {
  if ('title' in value)
    return {
      level: value.job_level,
      department: ref(value.department),
      reportsTo: value.reports_to ? ref(value.reports_to) : null,
      headcount: value.headcount ?? null,
    };
  return { level: null, department: value.parent ? ref(value.parent) : null, reportsTo: null, headcount: null };
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
      found.push({ kind, id: newId, from: id, name: name(entity.value), by });
    }
  }
  return found.sort((a, b) => compareStrings(a.id, b.id));
}

function sameRoleContent(a: Entity<Role>, b: Entity<Role>): boolean {
  return a.value.purpose === b.value.purpose && sameSections(a, b);
}

function sameSections(a: AnyEntity, b: AnyEntity): boolean {
  if (!a.sections || !b.sections || a.sections.size === 0 || a.sections.size !== b.sections.size) return false;
  return [...a.sections].every(([name, text]) => b.sections!.get(name) === text);
}

/** Leaf by leaf, top-level fields in schema order, nested ones as written; lists compared as sets of items. */
function compareFields(
  before: object,
  after: object,
  order: readonly string[],
  mapId: (id: string) => string,
  afterRef: (id: string) => Ref,
  beforeRef: (id: string) => Ref,
  hasId: (id: string) => boolean,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const walk = (a: unknown, b: unknown, field: string) => {
    if ((isMap(a) || a === undefined) && (isMap(b) || b === undefined) && (isMap(a) || isMap(b))) {
      const left = isMap(a) ? a : {};
      const right = isMap(b) ? b : {};
      for (const key of unionKeys(left, right)) walk(left[key], right[key], `${field}.${key}`);
      return;
    }
    const reference = REFERENCE_FIELDS.has(field);
    if (Array.isArray(a) || Array.isArray(b)) {
      const left = (Array.isArray(a) ? (a as unknown[]) : a === undefined ? [] : [a]).map((item) =>
        reference && typeof item === 'string' ? mapId(item) : item,
      );
      const right = Array.isArray(b) ? b : b === undefined ? [] : [b];
      const key = (item: unknown) => (typeof item === 'string' ? item : JSON.stringify(item));
      const leftKeys = new Set(left.map(key));
      const rightKeys = new Set(right.map(key));
      // A reference is named as the head has it, or as the base had it when it is gone.
      const show = (item: unknown) =>
        reference && typeof item === 'string'
          ? hasId(item)
            ? afterRef(item)
            : beforeRef(item)
          : typeof item === 'string'
            ? item
            : text(item);
      const added = right.filter((item) => !leftKeys.has(key(item))).map(show);
      const removed = left.filter((item) => !rightKeys.has(key(item))).map(show);
      if (added.length > 0 || removed.length > 0) changes.push({ field, type: 'list', added, removed });
      return;
    }
    const mapped = reference && typeof a === 'string' ? mapId(a) : a;
    if (text(mapped) === text(b)) return;
    changes.push({ field, type: 'value', before: scalar(a), after: scalar(b) });
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

/** A section added, removed or edited, with the words that changed. */
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
    if (a === undefined) changes.push({ field, type: 'section', change: 'added', words: [] });
    else if (b === undefined) changes.push({ field, type: 'section', change: 'removed', words: [] });
    else changes.push({ field, type: 'section', change: 'edited', words: diffWords(a, b) });
  }
  return changes;
}

function departmentTotals(
  base: OrgVersion,
  head: OrgVersion,
  mapId: (id: string) => string,
  ref: (id: string) => Ref,
): OrgDiff['departments'] {
  interface Tally {
    roles: number;
    known: number;
    headcount: number;
  }
  const tally = (version: OrgVersion, map: (id: string) => string) => {
    const totals = new Map<string, Tally>();
    for (const { value } of version.roles.values()) {
      const id = map(value.department);
      const entry = totals.get(id) ?? { roles: 0, known: 0, headcount: 0 };
      entry.roles += 1;
      if (value.headcount !== undefined) {
        entry.known += 1;
        entry.headcount += value.headcount;
      }
      totals.set(id, entry);
    }
    return totals;
  };
  const before = tally(base, mapId);
  const after = tally(head, (id) => id);
  const empty: Tally = { roles: 0, known: 0, headcount: 0 };
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings);
  const totals: OrgDiff['departments'] = [];
  for (const id of ids) {
    const a = before.get(id) ?? empty;
    const b = after.get(id) ?? empty;
    if (a.roles === b.roles && a.known === b.known && a.headcount === b.headcount) continue;
    totals.push({
      ...ref(id),
      roles: [a.roles, b.roles],
      // Unknown when roles exist and none says its headcount, as the summary report says; 0 when there are no roles.
      headcount: [
        a.roles > a.known && a.known === 0 ? null : a.headcount,
        b.roles > b.known && b.known === 0 ? null : b.headcount,
      ],
      unknown: [a.roles - a.known, b.roles - b.known],
    });
  }
  return totals;
}

function nameOf(value: Role | Department | undefined): string | undefined {
  if (!value) return undefined;
  return 'title' in value ? value.title : value.name;
}

function scalar(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return text(value);
}

/** A value as one line of text, for comparing and showing what is neither scalar nor list. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(text).join('、');
  if (isMap(value))
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${text(item)}`)
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
