import { collectReferences } from '../graph/collect-references.js';
import { referencesOf } from '../graph/build-graph.js';
import type { Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';
import { parseDocument } from '../parse/parse-document.js';
import type { FileChange } from './changed-files.js';
import { listTree } from './list-files.js';
import type { Repository } from './open-repository.js';
import { readBlobs } from './read-blobs.js';

/** What changed since the base, in the terms the scope is chosen by. */
export interface ChangeSet {
  /** Display paths of the files added, modified or renamed (their new path). */
  changed: ReadonlySet<string>;
  /** Ids the changed, renamed and deleted files declared at the base. */
  baseIds: ReadonlySet<string>;
  /** Ids those files referenced at the base. */
  baseTargets: ReadonlySet<string>;
}

/**
 * Reads what the changed files declared and referenced at the base, so a removed or renamed id
 * can be traced to the files that still reference it. Base versions that cannot be parsed
 * contribute nothing: the files they concern are checked anyway.
 */
export function collectChangeSet(
  repository: Repository,
  changes: readonly FileChange[],
  base: string,
  toDisplay: (absolute: string) => string,
  maxBytes: number,
): ChangeSet {
  const changed = new Set<string>();
  const basePaths = new Set<string>();
  for (const change of changes) {
    if (change.status !== 'deleted') changed.add(toDisplay(repository.toAbsolute(change.path)));
    if (change.status === 'modified' || change.status === 'deleted') basePaths.add(change.path);
    if (change.oldPath !== undefined) basePaths.add(change.oldPath);
  }
  const baseIds = new Set<string>();
  const baseTargets = new Set<string>();
  const atBase = (listTree(repository.root, base) ?? []).filter(
    (file) => basePaths.has(file.path) && file.path.endsWith('.md'),
  );
  const sources = readBlobs(
    repository.root,
    atBase.map((file) => file.oid),
    maxBytes,
  );
  for (const file of atBase) {
    const source = sources.get(file.oid);
    if (source?.kind !== 'ok') continue;
    const absolute = repository.toAbsolute(file.path);
    const collected = collectReferences(parseDocument(toDisplay(absolute), absolute, source.text, source.bom).document);
    if (!collected) continue;
    if (collected.id !== undefined) baseIds.add(collected.id);
    for (const reference of collected.references) if (reference.value !== null) baseTargets.add(reference.value);
  }
  return { changed, baseIds, baseTargets };
}

/** A file's declared id and the ids it references, as the graph collects them. */
export interface FileIds {
  id?: string;
  targets: readonly string[];
}

/**
 * The files to report on: the changed ones, plus their neighbours in the organisation, since a
 * cross-file rule may now fire (or stop firing) there. Neighbours are the files that reference an
 * id a changed file declares or declared (a renamed or deleted id makes every referrer re-checked),
 * and the files declaring an id a changed file references or referenced (a manager whose
 * `direct_reports` no longer agree, the other file of a duplicate id). Only files in scope are kept.
 */
export function selectChanged(
  changeSet: ChangeSet,
  _graph: Graph,
  documents: readonly Document[],
  inScope: ReadonlySet<string>,
): Set<string> {
  const files = new Map<string, FileIds>();
  for (const document of documents) {
    // The graph collected these already: the same objects, not a second pass over every file.
    const collected = referencesOf(document);
    if (!collected) continue;
    const targets: string[] = [];
    for (const reference of collected.references) if (reference.value !== null) targets.push(reference.value);
    files.set(document.file, { ...(collected.id !== undefined ? { id: collected.id } : {}), targets });
  }
  return selectChangedFiles(changeSet, files, inScope);
}

/** `selectChanged` from each file's ids (kept by the cache), without documents or a graph. */
export function selectChangedFiles(
  changeSet: ChangeSet,
  files: ReadonlyMap<string, FileIds>,
  inScope: ReadonlySet<string>,
): Set<string> {
  const selected = new Set(changeSet.changed);
  const ids = new Set(changeSet.baseIds);
  const targets = new Set(changeSet.baseTargets);
  const declaredBy = new Map<string, string[]>();
  const referencedBy = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, file: string) => {
    const list = map.get(key);
    if (list) list.push(file);
    else map.set(key, [file]);
  };
  for (const [file, entry] of files) {
    for (const target of entry.targets) push(referencedBy, target, file);
    if (entry.id === undefined) continue;
    push(declaredBy, entry.id, file);
    if (!changeSet.changed.has(file)) continue;
    ids.add(entry.id);
    for (const target of entry.targets) targets.add(target);
  }
  for (const id of ids) for (const file of referencedBy.get(id) ?? []) selected.add(file);
  for (const id of [...ids, ...targets]) for (const file of declaredBy.get(id) ?? []) selected.add(file);
  return new Set([...selected].filter((file) => inScope.has(file)));
}
