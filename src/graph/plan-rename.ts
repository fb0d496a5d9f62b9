import { existsSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Document } from '../parse/document.js';
import { locateValue } from '../parse/locate.js';
import { idSchema } from '../schema/role-schema.js';
import type { Graph } from './graph.js';
import { didYouMeanText, suggestId } from './suggest-id.js';
import { t } from '../i18n/t.js';

/** One file's new text, and where it goes. */
export interface FileChange {
  document: Document;
  /** The absolute path it is written to: the same, or `<new-id>.md` for the renamed file. */
  target: string;
  /** Display path of the target. */
  targetFile: string;
  text: string;
  /** How many values changed in it (the `id` included). */
  edits: number;
}

export type RenamePlan =
  | {
      ok: true;
      oldId: string;
      newId: string;
      /** Sorted by the display path of the file before the rename. */
      changes: FileChange[];
      /** How many reference values were rewritten (the renamed file's `id` not included), and in how many files. */
      references: number;
      referenceFiles: number;
    }
  | { ok: false; message: string };

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Works out, writing nothing, how renaming an id changes each file: its `id` value and
 * every reference value naming it, each replaced in its exact source range with the same quoting,
 * so every other byte stays as it was. Refuses (ok: false) when the rename would be unsafe.
 */
export function planRename(
  documents: readonly Document[],
  graph: Graph,
  oldId: string,
  newId: string,
  cwd: string,
): RenamePlan {
  const refuse = (message: string): RenamePlan => ({ ok: false, message });
  if (!idSchema.safeParse(newId).success) return refuse(t('command.mv.notKebab', { id: newId }));
  // First, as a file declaring the old id may be one of them.
  const broken = documents.filter((document) => document.frontMatter?.data === undefined && mentions(document, oldId));
  if (broken.length > 0) return refuse(t('command.mv.unparsable', { files: list(broken), id: oldId }));
  const declaring = documents.filter((document) => idOf(document) === oldId);
  if (declaring.length === 0) {
    const suggestion = suggestId(graph, oldId, ['role', 'department']);
    return refuse(
      t('command.unknownId', {
        id: oldId,
        hint: suggestion ? didYouMeanText(suggestion) : t('command.expectedDeclaredId'),
      }),
    );
  }
  if (declaring.length > 1)
    return refuse(t('command.mv.duplicate', { id: oldId, count: declaring.length, files: list(declaring) }));
  if (newId === oldId) return refuse(t('command.mv.same', { id: newId }));
  const taken = documents.filter((document) => idOf(document) === newId);
  if (taken.length > 0) return refuse(t('command.mv.taken', { id: newId, files: list(taken) }));
  const source = declaring[0]!;
  const target = path.join(path.dirname(source.absolutePath), `${newId}.md`);
  if (existsSync(target)) return refuse(t('command.mv.fileExists', { id: newId, file: display(cwd, target) }));

  const edits = new Map<Document, Edit[]>();
  const add = (document: Document, edit: Edit) => {
    const list = edits.get(document);
    if (list) list.push(edit);
    else edits.set(document, [edit]);
  };
  const idRange = locateValue(source, ['id'])!;
  const problems: string[] = [];
  const rewrite = (document: Document, start: number, end: number) => {
    const text = replacement(document.text.slice(start, end), oldId, newId);
    if (text === undefined) {
      const { line, column } = document.lines.position(start);
      problems.push(`${document.file}:${line}:${column}`);
    } else add(document, { start, end, text });
  };
  rewrite(source, idRange.start, idRange.end);
  const references = graph.referencesTo.get(oldId) ?? [];
  for (const reference of references) rewrite(reference.document, reference.start, reference.end);
  if (problems.length > 0)
    return refuse(t('command.mv.notPlain', { id: oldId, places: problems.join(t('list.separator')) }));

  const changes = [...edits].map(([document, fileEdits]): FileChange => {
    let text = document.text;
    for (const edit of [...fileEdits].sort((a, b) => b.start - a.start))
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const to = document === source ? target : document.absolutePath;
    return {
      document,
      target: to,
      targetFile: document === source ? display(cwd, target) : document.file,
      text,
      edits: fileEdits.length,
    };
  });
  changes.sort((a, b) => (a.document.file < b.document.file ? -1 : a.document.file > b.document.file ? 1 : 0));
  return {
    ok: true,
    oldId,
    newId,
    changes,
    references: references.length,
    referenceFiles: new Set(references.map((r) => r.document)).size,
  };
}

/** The id a file declares, from its raw front matter (a file failing the schema still declares it). */
function idOf(document: Document): unknown {
  const data = document.frontMatter?.data;
  return data !== null && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
}

/**
 * The new source for a value written as `old`, `"old"` or `'old'`, keeping its quotes; a plain
 * value that YAML would read as something else (`123`, `null`) gets double quotes. Undefined for
 * any other spelling (escapes, block scalars), which is left to a human.
 */
function replacement(source: string, oldId: string, newId: string): string | undefined {
  if (source === `"${oldId}"`) return `"${newId}"`;
  if (source === `'${oldId}'`) return `'${newId}'`;
  if (source !== oldId) return undefined;
  return typeof YAML.parse(newId, { version: '1.2', schema: 'core' }) === 'string' ? newId : `"${newId}"`;
}

/**
 * Whether a file whose YAML failed names the id in its front matter: all of it when the front
 * matter never closes. A file without front matter has nothing to rewrite.
 */
function mentions(document: Document, id: string): boolean {
  if (!document.text.startsWith('---')) return false;
  const head = document.bodyOffset > 0 ? document.text.slice(0, document.bodyOffset) : document.text;
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9-])${escaped}(?![a-z0-9-])`).test(head);
}

function list(documents: readonly Document[]): string {
  return documents.map((document) => `\`${document.file}\``).join(t('list.separator'));
}

function display(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}
