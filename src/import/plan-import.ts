import path from 'node:path';
import YAML from 'yaml';
import type { Config } from '../config/config-schema.js';
import { formatFile } from '../fmt/format-file.js';
import type { Graph } from '../graph/graph.js';
import { normalizeName } from '../graph/suggest-id.js';
import { t } from '../i18n/t.js';
import type { Document } from '../parse/document.js';
import { parseDocument } from '../parse/parse-document.js';
import { createRoleSchema, departmentSchema, idSchema } from '../schema/role-schema.js';
import { schemaFields } from '../schema/schema-fields.js';
import { didYouMean } from '../text/did-you-mean.js';
import { titleToId } from '../text/title-to-id.js';
import type { PlannedWrite } from '../write/write-planned.js';
import { addListItem } from '../create/add-list-item.js';
import { roleFolder } from '../create/plan-new-file.js';
import { canonicalSection, mapRole, type ImportedRole, type Note } from './map-role.js';
import { fieldTarget, mergeEdited } from './merge-edited.js';
import { readEmbedded } from './read-embedded.js';
import type { SourceRole } from './source-role.js';

/** What the project looks like, as `run` loaded it. */
export interface ImportProject {
  cwd: string;
  root: string;
  config: Config;
  documents: readonly Document[];
  graph: Graph;
}

export interface ImportOptions {
  /** A department id every imported role belongs to (`--department`), resolved already. */
  department?: string;
  /** The folder to write to (`--into`), absolute; else the department's folder. */
  into?: string;
}

/** One role as it will be written. */
export interface PlannedRole {
  id: string;
  title?: string;
  /** Where it came from: `forms.docx, table 1`. */
  from: string;
  /** The new file. */
  write: PlannedWrite;
  /** One line per guess the importer made. */
  guesses: string[];
  /** Whether the file is the Word card's own copy, unchanged (a round trip). */
  verbatim: boolean;
}

export interface ImportPlan {
  roles: PlannedRole[];
  /** Every file to write: the new ones, then superiors elsewhere whose `direct_reports` gain a new id. */
  writes: PlannedWrite[];
  /** Guesses that concern existing files (a superior's list). */
  updates: string[];
}

/**
 * Plans the files for the roles read from the sources: maps each, gives it an id (its form's, or
 * from the title as `roles new` does), resolves departments and superiors named by title against
 * the project and the other imported roles (a near miss is noted with "did you mean", never
 * taken), makes `direct_reports` agree with `reports_to`, and renders each file in `roles fmt`'s form.
 */
export function planImport(project: ImportProject, sources: readonly SourceRole[], options: ImportOptions): ImportPlan {
  const levels = project.config.levels;
  const roles = sources.map((source) => {
    const embedded = source.embedded ? readEmbedded(source, source.embedded) : undefined;
    return { source, embedded, mapped: mapRole(source, { levels, sections: project.config.sections }) };
  });

  // Ids first: every later reference may point at an imported role.
  const taken = new Set(project.graph.declarations.keys());
  const byTitle = new Map<string, string[]>();
  for (const declaration of project.graph.declarations.values())
    if (declaration.kind === 'role')
      for (const name of declaration.names) addTo(byTitle, normalizeName(name), declaration.id);
  const ids = roles.map(({ mapped, embedded }, i) => {
    const wanted =
      embedded?.id ??
      mapped.id ??
      (mapped.title ? idFrom(mapped.title, mapped.titleEn) : undefined) ??
      `${idSchema.safeParse(base(mapped.source.file)).success ? base(mapped.source.file) : 'role'}-${i + 1}`;
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    if (id !== wanted) {
      const conflict = project.graph.declarations.get(wanted);
      noteOn(
        mapped,
        'ambiguous',
        t('import.note.idTaken', { wanted, id, file: conflict ? conflict.document.file : mapped.source.file }),
        [],
      );
    }
    taken.add(id);
    if (mapped.title) addTo(byTitle, normalizeName(mapped.title), id);
    return id;
  });
  const imported = new Map(roles.map((role, i) => [ids[i]!, role.mapped]));
  const allTitles = [...byTitle.keys()];

  /** A role named by id or by title: exactly one match, else a noted near miss. */
  const resolveRole = (written: string, role: ImportedRole, about: string, label: string): string => {
    if (imported.has(written) || project.graph.roles.has(written)) return written;
    const found = byTitle.get(normalizeName(written)) ?? [];
    if (found.length === 1) {
      noteOn(role, 'normalised', t('import.note.byTitle', { label, title: written, id: found[0]! }), [about]);
      return found[0]!;
    }
    const id = idFrom(written) ?? 'role';
    if (found.length > 1)
      noteOn(role, 'ambiguous', t('import.note.severalTitles', { label, title: written, ids: found.join('、') }), [
        about,
      ]);
    else {
      const near = didYouMean(normalizeName(written), allTitles);
      const nearId = near === undefined ? undefined : byTitle.get(near)?.[0];
      noteOn(
        role,
        'ambiguous',
        nearId === undefined
          ? t('import.note.missingRole', { label, title: written, id })
          : t('import.note.missingRoleNear', { label, title: written, id, near: nearId }),
        [about],
      );
    }
    return found[0] ?? id;
  };

  const departmentOf = (written: string | undefined, role: ImportedRole): string | undefined => {
    if (options.department) return options.department;
    if (written === undefined) return undefined;
    if (project.graph.departments.has(written)) return written;
    const wanted = normalizeName(written);
    const candidates = [...project.graph.declarations.values()].filter((d) => d.kind === 'department');
    const found = candidates.filter((d) => d.names.some((name) => normalizeName(name) === wanted));
    if (found.length === 1) {
      noteOn(role, 'normalised', t('import.note.department', { name: written, id: found[0]!.id }), ['department']);
      return found[0]!.id;
    }
    const id = idFrom(written) ?? 'department';
    const near = didYouMean(
      wanted,
      candidates.flatMap((d) => d.names.map(normalizeName)),
    );
    const nearId = near && candidates.find((d) => d.names.some((name) => normalizeName(name) === near))?.id;
    noteOn(
      role,
      'ambiguous',
      nearId
        ? t('import.note.missingDepartmentNear', { name: written, id, near: nearId })
        : t('import.note.missingDepartment', { name: written, id }),
      ['department'],
    );
    return id;
  };

  // References, then direct_reports made to agree both ways.
  const resolved = roles.map(({ mapped }, i) => {
    const reportsTo =
      mapped.refs.reportsTo === undefined
        ? undefined
        : resolveRole(mapped.refs.reportsTo, mapped, 'reports_to', '直接上级');
    const directReports = unique(
      mapped.refs.directReports.map((title) => resolveRole(title, mapped, 'direct_reports', '直接下级')),
    );
    const careerPath = mapped.refs.careerPath.map((written): string | { text: string } => {
      if (imported.has(written) || project.graph.roles.has(written)) return written;
      const found = byTitle.get(normalizeName(written)) ?? [];
      if (found.length === 1) {
        noteOn(mapped, 'normalised', t('import.note.byTitle', { label: '职业发展', title: written, id: found[0]! }), [
          'career_path',
        ]);
        return found[0]!;
      }
      return { text: written };
    });
    const internal = mapped.refs.internal.map((written): string | { text: string } => {
      if (project.graph.declarations.has(written) || imported.has(written)) return written;
      const wanted = normalizeName(written);
      const found = [...project.graph.declarations.values()].filter((d) =>
        d.names.some((name) => normalizeName(name) === wanted),
      );
      const roleIds = byTitle.get(wanted) ?? [];
      if (found.length === 1) return found[0]!.id;
      if (found.length === 0 && roleIds.length === 1) return roleIds[0]!;
      return { text: written };
    });
    return {
      id: ids[i]!,
      department: departmentOf(mapped.refs.department, mapped),
      reportsTo,
      directReports,
      careerPath,
      internal,
    };
  });
  const byId = new Map(resolved.map((entry, i) => [entry.id, { entry, mapped: roles[i]!.mapped }]));
  const updates: string[] = [];
  const superiorWrites: PlannedWrite[] = [];
  for (const entry of resolved) {
    // A report this form lists that states no superior of its own gets this role.
    for (const report of entry.directReports) {
      const other = byId.get(report);
      if (other && other.entry.reportsTo === undefined) {
        other.entry.reportsTo = entry.id;
        other.mapped.inferred.push('reports_to');
        noteOn(other.mapped, 'inferred', t('import.note.superiorFromList', { id: entry.id }), ['reports_to']);
      }
    }
    if (entry.reportsTo === undefined) continue;
    const superior = byId.get(entry.reportsTo);
    if (superior && superior.entry.directReports.length > 0 && !superior.entry.directReports.includes(entry.id)) {
      superior.entry.directReports.push(entry.id);
      noteOn(superior.mapped, 'inferred', t('import.note.reportAdded', { id: entry.id }), ['direct_reports']);
      superior.mapped.inferred.push(`direct_reports.${superior.entry.directReports.length - 1}`);
    }
    const existing = project.graph.roles.get(entry.reportsTo)?.document;
    if (existing && !imported.has(entry.reportsTo)) {
      const updated = addListItem(
        superiorWrites.find((write) => write.file === existing.absolutePath)
          ? reparse(existing, superiorWrites.find((write) => write.file === existing.absolutePath)!.content)
          : existing,
        'direct_reports',
        entry.id,
      );
      if (updated !== undefined) {
        const previous = superiorWrites.findIndex((write) => write.file === existing.absolutePath);
        const write = {
          file: existing.absolutePath,
          display: existing.file,
          content: existing.bom ? `\ufeff${updated}` : updated,
          original: existing.bom ? `\ufeff${existing.text}` : existing.text,
        };
        if (previous === -1) superiorWrites.push(write);
        else superiorWrites[previous] = write;
        updates.push(t('import.summary.superiorUpdated', { file: existing.file, id: entry.id }));
      }
    }
  }

  const schemas = {
    role: schemaFields(createRoleSchema(levels as [string, ...string[]])),
    department: schemaFields(departmentSchema),
  };
  const planned = roles.map(({ mapped, embedded, source }, i): PlannedRole => {
    const entry = resolved[i]!;
    const folder =
      options.into ??
      (entry.department !== undefined
        ? roleFolder(project, entry.department)
        : path.join(path.resolve(project.root, project.config.roles[0] ?? 'roles'), 'imported'));
    const file = path.join(folder, `${entry.id}.md`);
    const changed = embedded?.changed ?? [];
    const verbatim = embedded !== undefined && changed.length === 0;
    let text = renderFile(buildFile(mapped, entry), schemas);
    let guesses = mapped.guesses;
    if (embedded) {
      const merged = verbatim
        ? undefined
        : mergeEdited(
            embedded.source,
            { data: buildFile(mapped, entry).data, sections: mapped.sections },
            changed.flatMap((label) => {
              const target = fieldTarget(label, (heading) => canonicalSection(heading, project.config.sections));
              return target ? [target] : [];
            }),
          );
      if (verbatim) {
        text = embedded.source;
        guesses = [];
      } else if (merged) {
        const note: Note = { kind: 'source', text: t('import.note.cardEdited', { labels: changed.join('、') }) };
        merged.data.notes = [...(Array.isArray(merged.data.notes) ? (merged.data.notes as unknown[]) : []), note];
        text = renderFile(merged, schemas);
        guesses = [note.text];
      }
    }
    return {
      id: entry.id,
      ...(mapped.title ? { title: mapped.title } : {}),
      from: `${source.file}, ${source.where}`,
      write: { file, display: toPosix(path.relative(project.cwd, file)), content: text, original: null },
      guesses,
      verbatim,
    };
  });
  return { roles: planned, writes: [...planned.map((role) => role.write), ...superiorWrites], updates };
}

interface Resolved {
  id: string;
  department: string | undefined;
  reportsTo: string | undefined;
  directReports: string[];
  careerPath: Array<string | { text: string }>;
  internal: Array<string | { text: string }>;
}

/** The front matter as plain data, and the body, of an imported role. */
function buildFile(role: ImportedRole, entry: Resolved): { data: Record<string, unknown>; body: string } {
  const collaboration = {
    ...(entry.internal.length > 0 ? { internal: entry.internal } : {}),
    ...((role.fields.collaboration as object | undefined) ?? {}),
  };
  const data: Record<string, unknown> = {
    id: entry.id,
    ...(role.title !== undefined ? { title: role.title } : {}),
    ...(role.titleEn !== undefined ? { title_en: role.titleEn } : {}),
    ...(entry.department !== undefined ? { department: entry.department } : {}),
    ...(entry.reportsTo !== undefined ? { reports_to: entry.reportsTo } : {}),
    ...(entry.directReports.length > 0 ? { direct_reports: entry.directReports } : {}),
    ...role.fields,
    ...(entry.careerPath.length > 0 ? { career_path: entry.careerPath } : {}),
    ...(Object.keys(collaboration).length > 0 ? { collaboration } : {}),
  };
  const inferred = unique(role.inferred).filter((path) => valueAt(data, path) !== undefined);
  const notes = role.notes.filter((note, i) => role.notes.findIndex((other) => sameNote(other, note)) === i);
  if (notes.length > 0) data.notes = notes;
  if (inferred.length > 0) data.inferred = inferred;
  const body = role.sections.map((section) => `## ${section.heading}\n\n${section.markdown}\n`).join('\n');
  return { data, body };
}

/** Front matter in schema order (as `roles fmt` writes it), then the body. */
function renderFile(
  file: { data: Record<string, unknown>; body: string },
  schemas: Parameters<typeof formatFile>[1],
): string {
  const yaml = YAML.stringify(file.data, { lineWidth: 0 });
  const text = `---\n${yaml}---\n${file.body.trim() === '' ? '' : `\n${file.body}`}`;
  const formatted = formatFile(text, schemas);
  return formatted.ok ? formatted.text : text;
}

function noteOn(role: ImportedRole, kind: Note['kind'], text: string, about: string[]): void {
  role.notes.push({ kind, ...(about.length > 0 ? { about } : {}), text });
  role.guesses.push(text);
}

function sameNote(a: Note, b: Note): boolean {
  return a.kind === b.kind && a.text === b.text && (a.about ?? []).join() === (b.about ?? []).join();
}

function valueAt(data: Record<string, unknown>, path: string): unknown {
  let current: unknown = data;
  for (const segment of path.split('.'))
    current =
      current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
  return current;
}

/** The id `roles new` gives a title, cut at a word to a length a file name can have. */
function idFrom(title: string, titleEn?: string): string | undefined {
  const id = titleToId(title, titleEn);
  if (id === undefined || id.length <= MAX_ID) return id;
  const cut = id.slice(0, MAX_ID + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}

const MAX_ID = 80;

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function base(file: string): string {
  return path.basename(file, path.extname(file)).toLowerCase();
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** The superior's file with an earlier planned change applied, so two new reports both get added. */
function reparse(document: Document, content: string): Document {
  return parseDocument(document.file, document.absolutePath, content.replace(/^\ufeff/, ''), false).document;
}
