import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config/config-schema.js';
import type { LoadedConfig } from './config/load-config.js';
import { compareStrings, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { toDisplayPath } from './per-file/display-path.js';
import { findFiles } from './per-file/find-files.js';
import { loadDocuments, type SourceReader } from './per-file/load-documents.js';
import { buildGraph } from './graph/build-graph.js';
import { threadCount } from './per-file/check-files-in-workers.js';
import type { Graph } from './graph/graph.js';
import type { CacheStore } from './per-file/cache-store.js';
import { applyDirectives, runDocumentRules, runGraphRules } from './lint/lint.js';
import { getLocale } from './i18n/locale.js';
import { isoDate } from './config/today.js';
import { RULES } from './rules/registry.js';
import { resolveRules, type RuleResolver } from './lint/resolve-rules.js';
import type { Document } from './parse/document.js';
import { createRoleSchema } from './schema/role-schema.js';
import { checkDuplicateIds } from './validate/check-duplicate-ids.js';
import { validateDocument } from './validate/validate-document.js';

export interface RunOptions {
  cwd: string;
  /** Paths named on the command line; empty means the configured role folders. */
  targets: string[];
  loaded: LoadedConfig;
  /** Which rules run after schema validation: none (`validate`), per-file (`lint`), graph (`xref`), or both (`check`). */
  kinds?: ReadonlySet<'document' | 'graph'>;
  /** Reads files from elsewhere than the disk: git's index for `--staged`. */
  readSource?: SourceReader;
  /** Narrows the files in scope (display paths) once the graph is built: `--changed` keeps the changed files and their neighbours. */
  selectScope?: (graph: Graph, documents: readonly Document[], inScope: ReadonlySet<string>) => ReadonlySet<string>;
  /** The date rules check against, `YYYY-MM-DD` (`ROLES_TODAY`, or the calendar date when absent). */
  today?: string;
  /** Per-file results from earlier runs, keyed by content: unchanged files are not parsed, validated or linted again. */
  cache?: CacheStore;
  /** The environment, for `ROLES_THREADS`. */
  env?: Record<string, string | undefined>;
  /** Told after each file is loaded (display only: a progress indicator). */
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  /** Every document of the project, including those outside `targets`, for cross-references. */
  documents: Document[];
  graph: Graph;
  /** Sorted diagnostics for the files in scope. */
  diagnostics: Diagnostic[];
  /** How many files are in scope. */
  fileCount: number;
  /** The display paths of the files in scope, sorted. */
  files: string[];
}

/**
 * The pipeline, top to bottom: resolve rules, find files, read and parse each once, validate
 * against the schema, build the graph, run the rules, then keep the diagnostics of the files
 * that were asked for (the graph always spans the whole project so references resolve).
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
    ...(onProgress ? { onProgress } : {}),
    threads: threadCount(files.length, env),
    workerTask: { config, root, cwd, today, lint: lintEarly, locale: getLocale() },
  });
  const { documents } = loadedDocuments;
  const inScope: ReadonlySet<string> = new Set(
    named.files.map((file) => toDisplayPath(cwd, file)).filter((file) => !loadedDocuments.absent.has(file)),
  );
  const checked = checkOrganisation({
    documents,
    // Skipped symlinks are reported by the walk that was asked for, not by the background project walk.
    diagnostics: [...named.diagnostics, ...loadedDocuments.diagnostics],
    lint: loadedDocuments.lint,
    inScope,
    resolver,
    config,
    today,
    kinds,
    selectScope,
    cache,
  });
  cache?.save();

  const loadedFiles = new Set(files.map((file) => toDisplayPath(cwd, file)));
  // Skipped symlinks belong to no loaded file; they stay.
  const scoped = checked.diagnostics.filter(
    (diagnostic) => checked.inScope.has(diagnostic.file) || !loadedFiles.has(diagnostic.file),
  );
  return {
    documents,
    graph: checked.graph,
    diagnostics: sortDiagnostics(scoped),
    fileCount: checked.inScope.size,
    files: [...checked.inScope].sort(compareStrings),
  };
}

export interface OrganisationInput {
  /** Every document of the project, parsed and validated by the per-file stage. */
  documents: Document[];
  /** What the per-file stage found (read, parse and schema problems), for every file. */
  diagnostics: readonly Diagnostic[];
  /** Document-rule findings the per-file stage already ran, by document. */
  lint: ReadonlyMap<Document, Diagnostic[]>;
  /** Display paths of the files whose rule findings are wanted. */
  inScope: ReadonlySet<string>;
  resolver: RuleResolver;
  config: Config;
  today: string;
  kinds: ReadonlySet<'document' | 'graph'>;
  selectScope?: RunOptions['selectScope'];
  cache?: CacheStore;
}

/**
 * The organisation stage, after every file went through the per-file stage: duplicate ids, the
 * graph, the document rules not yet run, the graph rules and inline directives. `run` calls it
 * once; the language server calls it again after each edit with the documents it keeps in memory.
 * Diagnostics are unsorted and include the per-file stage's, for every file.
 */
export function checkOrganisation(input: OrganisationInput): {
  graph: Graph;
  diagnostics: Diagnostic[];
  inScope: ReadonlySet<string>;
} {
  const { documents, lint, resolver, config, today, kinds, selectScope, cache } = input;
  const diagnostics = [...input.diagnostics];
  const graph = buildGraph(documents, config.levels);
  const inScope = selectScope ? selectScope(graph, documents, input.inScope) : input.inScope;
  // Nothing changed since the last run over the same files: its findings stand, no position is looked up again.
  const scope = `${[...kinds].sort().join()}\n${[...inScope].sort(compareStrings).join('\n')}`;
  const files = documents.map((document) => document.file);
  const reused = cache?.getOrganisation?.(scope, files);
  if (reused) {
    for (const finding of reused) diagnostics.push(finding);
    return { graph, diagnostics, inScope };
  }
  const organisational = checkDuplicateIds(documents);
  if (kinds.size > 0) {
    const scopedDocuments = documents.filter((document) => inScope.has(document.file));
    const findings: Diagnostic[] = [];
    if (kinds.has('document')) {
      for (const document of scopedDocuments) {
        let found = lint.get(document);
        if (!found) {
          found = runDocumentRules(document, resolver, config, today);
          // Read while the tree is at hand, then let the tree go: ten thousand kept would take a gigabyte.
          document.directives();
          document.releaseMarkdown();
        }
        cache?.addLint(document.file, found, document.directives());
        for (const finding of found) findings.push(finding);
      }
    }
    // Graph rules always run: a file's references can break without the file changing.
    if (kinds.has('graph')) for (const finding of runGraphRules(graph, resolver, config, today)) findings.push(finding);
    for (const finding of applyDirectives(scopedDocuments, findings, resolver, kinds)) organisational.push(finding);
  }
  cache?.setOrganisation?.(scope, files, organisational);
  for (const finding of organisational) diagnostics.push(finding);
  return { graph, diagnostics, inScope };
}
