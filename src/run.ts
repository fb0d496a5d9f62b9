import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LoadedConfig } from './config/load-config.js';
import { compareStrings, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { toDisplayPath } from './per-file/display-path.js';
import { findFiles, type FoundFiles } from './per-file/find-files.js';
import { loadDocuments, sourceProblem, type SourceReader } from './per-file/load-documents.js';
import { readFiles, type ReadFile } from './per-file/read-files.js';
import { reuseAroundEdits } from './per-file/reuse-around-edits.js';
import { fileLinks } from './per-file/file-links.js';
import { threadCount } from './per-file/check-files-in-workers.js';
import type { Graph } from './graph/graph.js';
import type { CacheStore, FileLinks } from './per-file/cache-store.js';
import {
  checkOrganisation,
  organisationScope,
  type OrganisationInput,
  type RuleKinds,
} from './lint/check-organisation.js';
import { fixOrganisation, type FileChange } from './lint/fix/fix-organisation.js';
import { getLocale } from './i18n/locale.js';
import { isoDate } from './config/today.js';
import { RULES } from './rules/registry.js';
import { resolveRules, type RuleResolver } from './lint/resolve-rules.js';
import type { Document } from './parse/document.js';
import type { ReadDirectives } from './parse/read-directives.js';
import { createRoleSchema } from './schema/role-schema.js';
import { validateDocument } from './validate/validate-document.js';

export interface RunOptions {
  cwd: string;
  /** Paths named on the command line; empty means the configured role folders. */
  targets: string[];
  loaded: LoadedConfig;
  /** Which rules run after schema validation: none (`validate`), per-file (`lint`), graph (`xref`), or both (`check`). */
  kinds?: RuleKinds;
  /** Reads files from elsewhere than the disk: git's index for `--staged`. */
  readSource?: SourceReader;
  /** Narrows the files in scope (display paths) once the graph is built: `--changed` keeps the changed files and their neighbours. */
  selectScope?: OrganisationInput['selectScope'];
  /** The same narrowing from each file's ids, without a graph: lets `--changed` reuse a warm cache around edits. */
  selectFiles?: (files: ReadonlyMap<string, FileLinks>, inScope: ReadonlySet<string>) => ReadonlySet<string>;
  /** The date rules check against, `YYYY-MM-DD` (`ROLES_TODAY`, or the calendar date when absent). */
  today?: string;
  /** Per-file results from earlier runs, keyed by content: unchanged files are not parsed, validated or linted again. */
  cache?: CacheStore;
  /** The environment, for `ROLES_THREADS`. */
  env?: Record<string, string | undefined>;
  /** Told after each file is loaded (display only: a progress indicator). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Only diagnostics are wanted (not `documents` for a report or a rewrite): each document keeps only
   * what the organisation stage reads, and a file with a finding is read again for its position.
   */
  findingsOnly?: boolean;
  /** Applies the fixes of the files in scope in memory (`--fix`): the result is the fixed files' check, and `changes` says what to write. */
  fix?: boolean;
}

export interface CheckResult {
  /** Sorted diagnostics for the files in scope. */
  diagnostics: Diagnostic[];
  /** How many files are in scope. */
  fileCount: number;
  /** The display paths of the files in scope, sorted. */
  files: string[];
  /** With `fix`: the files whose text the fixes changed, for the caller to write or show; otherwise empty. */
  changes: FileChange[];
}

export interface RunResult extends CheckResult {
  /** Every document of the project, including those outside `targets`, for cross-references (as fixed, with `fix`). */
  documents: Document[];
  graph: Graph;
}

/**
 * The pipeline, top to bottom: resolve rules, find files, read and parse each once, validate
 * against the schema (the per-file stage), then the organisation stage (`checkOrganisation`:
 * the graph, the rules, directives; with `fix`, `fixOrganisation` applies the fixes and checks
 * again), then keep the diagnostics of the files that were asked for (the graph always spans
 * the whole project so references resolve).
 */
export function run(options: RunOptions): RunResult {
  return runFrom(findProjectFiles(options), options);
}

/**
 * `roles check` and its kin: when the cache holds every file with its content unchanged and the
 * organisation stage's findings over exactly these files, those findings are the result; the files
 * are read and hashed, nothing is decoded, parsed, built or checked. Otherwise, `run`.
 */
export function check(options: RunOptions): CheckResult {
  const found = findProjectFiles(options);
  const { cwd, loaded, kinds = new Set(), cache, fix, selectScope, selectFiles, readSource } = options;
  if (!cache?.unchanged || fix || readSource || (selectScope && !selectFiles))
    return runFrom(found, { ...options, findingsOnly: true });
  const read = readFiles(found.files, cwd, { maxFileSize: loaded.config.maxFileSize, hash: true });
  const inScope = new Set(found.named.files.map((file) => toDisplayPath(cwd, file)));
  const loadedFiles = new Set(read.map(({ file }) => file));
  if (selectFiles) {
    const { config } = loaded;
    const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
    const around = reuseAroundEdits({
      read,
      cache,
      scope: organisationScope(kinds, inScope),
      given: inScope,
      kinds,
      resolver: found.resolver,
      config,
      today: options.today ?? isoDate(new Date()),
      validate: (document) => validateDocument(document, roleSchema),
      select: selectFiles,
    });
    return around
      ? finish([...found.named.diagnostics, ...around.diagnostics], around.inScope, loadedFiles, [])
      : runFrom(found, { ...options, findingsOnly: true }, read);
  }
  const diagnostics = [...found.named.diagnostics];
  const hashes = new Map<string, string>();
  for (const { file, read: raw, hash } of read) {
    if (raw?.kind === 'problem') diagnostics.push(sourceProblem(file, raw));
    else hashes.set(file, hash);
  }
  const unchanged = cache.unchanged(organisationScope(kinds, inScope), hashes);
  if (!unchanged) return runFrom(found, { ...options, findingsOnly: true }, read);
  for (const { file } of read) for (const diagnostic of unchanged.files.get(file) ?? []) diagnostics.push(diagnostic);
  for (const diagnostic of unchanged.organisation) diagnostics.push(diagnostic);
  return finish(diagnostics, inScope, loadedFiles, []);
}

interface ProjectFiles {
  resolver: RuleResolver;
  /** The files asked for (the role folders when none are named). */
  named: FoundFiles;
  /** Every file of the project and those named, absolute, each once. */
  files: string[];
}

/** Resolves the rules (configuration problems surface before any file is read) and finds the files. */
function findProjectFiles({ cwd, targets, loaded }: RunOptions): ProjectFiles {
  const { config, root } = loaded;
  const resolver = resolveRules(RULES, config, root, cwd);
  const projectDirs = config.roles.map((entry) => path.resolve(root, entry)).filter((dir) => existsSync(dir));
  const project = findFiles(
    targets.length === 0 ? config.roles.map((entry) => path.resolve(root, entry)) : projectDirs,
    cwd,
    root,
  );
  const named = targets.length === 0 ? project : findFiles(targets, cwd, root);
  return { resolver, named, files: [...new Set([...project.files, ...named.files])] };
}

function runFrom(
  { resolver, named, files }: ProjectFiles,
  {
    cwd,
    loaded,
    kinds = new Set(),
    readSource,
    selectScope,
    today = isoDate(new Date()),
    cache,
    env = {},
    onProgress,
    fix = false,
    findingsOnly = false,
  }: RunOptions,
  prefetched?: readonly ReadFile[],
): RunResult {
  const { config, root } = loaded;
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  // Document rules run in the per-file stage, beside parsing, unless the scope is only known later.
  const lintEarly = kinds.has('document') && !selectScope;
  const loadedDocuments = loadDocuments(files, cwd, {
    maxFileSize: config.maxFileSize,
    read: readSource,
    validate: (document) => validateDocument(document, roleSchema),
    ...(lintEarly ? { lint: { resolver, config, today } } : {}),
    cache,
    // Document rules that run later (`--changed`) and fixes need whole documents.
    compact: findingsOnly && !fix && (lintEarly || !kinds.has('document')),
    ...(prefetched ? { prefetched } : {}),
    ...(onProgress ? { onProgress } : {}),
    threads: (misses) => threadCount(misses, env),
    workerTask: { config, root, cwd, today, lint: lintEarly, locale: getLocale() },
  });
  const inScope: ReadonlySet<string> = new Set(
    named.files.map((file) => toDisplayPath(cwd, file)).filter((file) => !loadedDocuments.absent.has(file)),
  );
  const organisation: OrganisationInput = {
    documents: loadedDocuments.documents,
    // Skipped symlinks are reported by the walk that was asked for, not by the background project walk.
    diagnostics: [...named.diagnostics, ...loadedDocuments.diagnostics],
    lint: loadedDocuments.lint,
    inScope,
    resolver,
    config,
    today,
    kinds,
    selectScope,
    ...(cache
      ? {
          onDocumentLint: (file: string, found: Diagnostic[], directives: ReadDirectives) =>
            cache.addLint(file, found, directives),
        }
      : {}),
  };
  const documentFiles = loadedDocuments.documents.map((document) => document.file);
  // A narrowed scope's findings are not stored: they would replace the whole organisation's.
  const reuse = !selectScope &&
    cache?.getOrganisation && {
      get: (scope: string) => cache.getOrganisation?.(scope, documentFiles),
      set: (scope: string, findings: Diagnostic[]) => cache.setOrganisation?.(scope, documentFiles, findings),
    };
  const checked = fix
    ? fixOrganisation({ ...organisation, validate: (document) => validateDocument(document, roleSchema) })
    : {
        ...checkOrganisation({ ...organisation, ...(reuse ? { reuse } : {}) }),
        documents: loadedDocuments.documents,
        changes: [],
      };
  // What `--changed` needs to reuse this run around later edits, without the facts or a graph.
  // (Compact documents had theirs taken in the per-file stage, while their text was at hand.)
  if (cache?.setLinks && !loadedDocuments.linked)
    for (const document of checked.documents) cache.setLinks(document.file, fileLinks(document));
  // `--changed` over a warm cache checked a few files: rewriting the whole cache for them costs more than checking them again.
  if (!selectScope || loadedDocuments.checked * 10 >= files.length) cache?.save();

  return {
    ...finish(
      checked.diagnostics,
      checked.inScope,
      new Set(files.map((file) => toDisplayPath(cwd, file))),
      checked.changes,
    ),
    documents: checked.documents,
    graph: checked.graph,
  };
}

/** Keeps the diagnostics of the files in scope, sorted. */
function finish(
  diagnostics: readonly Diagnostic[],
  inScope: ReadonlySet<string>,
  loadedFiles: ReadonlySet<string>,
  changes: FileChange[],
): CheckResult {
  // Skipped symlinks belong to no loaded file; they stay.
  const scoped = diagnostics.filter((diagnostic) => inScope.has(diagnostic.file) || !loadedFiles.has(diagnostic.file));
  return {
    diagnostics: sortDiagnostics(scoped),
    fileCount: inScope.size,
    files: [...inScope].sort(compareStrings),
    changes,
  };
}
