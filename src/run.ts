import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LoadedConfig } from './config/load-config.js';
import { compareStrings, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { toDisplayPath } from './per-file/display-path.js';
import { findFiles } from './per-file/find-files.js';
import { loadDocuments, type SourceReader } from './per-file/load-documents.js';
import { threadCount } from './per-file/check-files-in-workers.js';
import type { Graph } from './graph/graph.js';
import type { CacheStore } from './per-file/cache-store.js';
import { checkOrganisation, type OrganisationInput, type RuleKinds } from './lint/check-organisation.js';
import { fixOrganisation, type FileChange } from './lint/fix/fix-organisation.js';
import { getLocale } from './i18n/locale.js';
import { isoDate } from './config/today.js';
import { RULES } from './rules/registry.js';
import { resolveRules } from './lint/resolve-rules.js';
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

export interface RunResult {
  /** Every document of the project, including those outside `targets`, for cross-references (as fixed, with `fix`). */
  documents: Document[];
  graph: Graph;
  /** Sorted diagnostics for the files in scope. */
  diagnostics: Diagnostic[];
  /** How many files are in scope. */
  fileCount: number;
  /** The display paths of the files in scope, sorted. */
  files: string[];
  /** With `fix`: the files whose text the fixes changed, for the caller to write or show; otherwise empty. */
  changes: FileChange[];
}

/**
 * The pipeline, top to bottom: resolve rules, find files, read and parse each once, validate
 * against the schema (the per-file stage), then the organisation stage (`checkOrganisation`:
 * the graph, the rules, directives; with `fix`, `fixOrganisation` applies the fixes and checks
 * again), then keep the diagnostics of the files that were asked for (the graph always spans
 * the whole project so references resolve).
 */
export function run({
  cwd,
  targets,
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
}: RunOptions): RunResult {
  const { config, root } = loaded;
  // Configuration problems surface before any file is read.
  const resolver = resolveRules(RULES, config, root, cwd);
  const projectDirs = config.roles.map((entry) => path.resolve(root, entry)).filter((dir) => existsSync(dir));
  const project = findFiles(
    targets.length === 0 ? config.roles.map((entry) => path.resolve(root, entry)) : projectDirs,
    cwd,
    root,
  );
  const named = targets.length === 0 ? project : findFiles(targets, cwd, root);
  const files = [...new Set([...project.files, ...named.files])];

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
    ...(onProgress ? { onProgress } : {}),
    threads: threadCount(files.length, env),
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
  const reuse = cache?.getOrganisation && {
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
  cache?.save();

  const loadedFiles = new Set(files.map((file) => toDisplayPath(cwd, file)));
  // Skipped symlinks belong to no loaded file; they stay.
  const scoped = checked.diagnostics.filter(
    (diagnostic) => checked.inScope.has(diagnostic.file) || !loadedFiles.has(diagnostic.file),
  );
  return {
    documents: checked.documents,
    graph: checked.graph,
    diagnostics: sortDiagnostics(scoped),
    fileCount: checked.inScope.size,
    files: [...checked.inScope].sort(compareStrings),
    changes: checked.changes,
  };
}
