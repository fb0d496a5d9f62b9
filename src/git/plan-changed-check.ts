import type { LoadedConfig } from '../config/load-config.js';
import { toDisplayPath } from '../per-file/display-path.js';
import type { Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';
import type { SourceReader } from '../per-file/load-documents.js';
import { changedFiles, stagedBase } from './changed-files.js';
import { collectChangeSet, selectChanged, selectChangedFiles, type FileIds } from './changed-scope.js';
import { listIndex } from './list-files.js';
import { openRepository, type Repository } from './open-repository.js';
import { readBlobs } from './read-blobs.js';
import { resolveBase } from './resolve-base.js';
import { t } from '../i18n/t.js';

export interface ChangedCheckRequest {
  cwd: string;
  loaded: LoadedConfig;
  /** `--staged`: read git's index instead of the working tree and compare it with HEAD. */
  staged: boolean;
  /** `--base <ref>` for `--changed`; default: the default branch. */
  base?: string;
}

/** The hooks `run` takes to check changed files only, and what to tell the user on stderr. */
export interface ChangedCheckPlan {
  /** Narrows the files in scope (display paths) once the graph is built. */
  selectScope?: (graph: Graph, documents: readonly Document[], inScope: ReadonlySet<string>) => ReadonlySet<string>;
  /** The same narrowing from each file's ids, without a graph (the cache keeps them). */
  selectFiles?: (files: ReadonlyMap<string, FileIds>, inScope: ReadonlySet<string>) => ReadonlySet<string>;
  /** Reads each file as staged, for `--staged`. */
  readSource?: SourceReader;
  /** What the comparison was against, for the message when nothing changed. */
  against?: string;
  /** Why the check falls back to every file, or how it compares; never silent. */
  notices: string[];
}

/**
 * Asks git what changed and turns it into hooks for `run`. Whatever git cannot answer (no
 * repository, no git, an unknown or unfetched base) becomes a notice and a full check of the
 * working tree, so a broken setup never passes silently.
 */
export function planChangedCheck({ cwd, loaded, staged, base }: ChangedCheckRequest): ChangedCheckPlan {
  const flag = staged ? '`--staged`' : '`--changed`';
  const fallback = staged ? t('git.fallbackWorkingTree') : t('git.fallbackEveryFile');
  const opened = openRepository(cwd);
  if (!opened.ok) return { notices: [t('git.needsRepository', { flag, detail: opened.message, fallback })] };
  const repository = opened.repository;
  const toDisplay = (absolute: string) => toDisplayPath(cwd, absolute);
  const notices: string[] = [];

  let commit: string;
  let against: string;
  if (staged) {
    const head = stagedBase(repository.root);
    if (!head) return { notices: [t('git.cannotReadHead', { flag, fallback })] };
    commit = head;
    against = 'HEAD';
  } else {
    const resolved = resolveBase(repository, base);
    if (!resolved.ok) return { notices: [t('git.withFallback', { detail: resolved.message, fallback })] };
    if (resolved.notice) notices.push(resolved.notice);
    commit = resolved.commit;
    against = `\`${resolved.label}\``;
  }

  const diff = changedFiles(repository.root, commit, staged);
  if (!diff.ok) return { notices: [...notices, t('git.cannotListChanged', { detail: diff.message, fallback })] };
  const reader = staged ? stagedReader(repository, loaded.config.maxFileSize) : {};
  const configChanged =
    loaded.file !== undefined &&
    diff.changes.some((change) =>
      [change.path, change.oldPath].some((p) => p !== undefined && repository.toAbsolute(p) === loaded.file),
    );
  if (configChanged) {
    return {
      notices: [...notices, t('git.configChanged', { file: toDisplay(loaded.file!) })],
      ...reader,
    };
  }
  const changeSet = collectChangeSet(repository, diff.changes, commit, toDisplay, loaded.config.maxFileSize);
  return {
    notices,
    against,
    selectScope: (graph, documents, inScope) => selectChanged(changeSet, graph, documents, inScope),
    selectFiles: (files, inScope) => selectChangedFiles(changeSet, files, inScope),
    ...reader,
  };
}

/** Reads each file as staged: the loader parses index blobs exactly like files; files not staged are left out. */
function stagedReader(repository: Repository, maxBytes: number): Pick<ChangedCheckPlan, 'readSource'> {
  const staged = (listIndex(repository.root) ?? []).filter((file) => file.path.endsWith('.md'));
  const sources = readBlobs(
    repository.root,
    staged.map((file) => file.oid),
    maxBytes,
  );
  const byPath = new Map(staged.map((file) => [file.path, sources.get(file.oid)!]));
  return { readSource: (absolutePath) => byPath.get(repository.toRepoPath(absolutePath)) };
}
