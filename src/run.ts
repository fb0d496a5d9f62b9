import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LoadedConfig } from './config/load-config.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { toDisplayPath } from './load/display-path.js';
import { findFiles } from './load/find-files.js';
import { loadDocuments } from './load/load-documents.js';
import type { Document } from './parse/document.js';
import { createRoleSchema } from './schema/role-schema.js';
import { checkDuplicateIds } from './validate/check-duplicate-ids.js';
import { validateDocument } from './validate/validate-document.js';

export interface RunOptions {
  cwd: string;
  /** Paths named on the command line; empty means the configured role folders. */
  targets: string[];
  loaded: LoadedConfig;
}

export interface RunResult {
  /** Every document of the project, including those outside `targets`, for cross-references. */
  documents: Document[];
  /** Sorted diagnostics for the files in scope. */
  diagnostics: Diagnostic[];
  /** How many files are in scope. */
  fileCount: number;
}

/**
 * The pipeline, top to bottom: find files, read and parse each once, validate against the
 * schema, then keep the diagnostics of the files that were asked for.
 */
export function run({ cwd, targets, loaded }: RunOptions): RunResult {
  const { config, root } = loaded;
  const projectDirs = config.roles.map((entry) => path.resolve(root, entry)).filter((dir) => existsSync(dir));
  const project = findFiles(targets.length === 0 ? config.roles.map((entry) => path.resolve(root, entry)) : projectDirs, cwd, root);
  const named = targets.length === 0 ? project : findFiles(targets, cwd, root);
  const files = [...new Set([...project.files, ...named.files])];

  const loadedDocuments = loadDocuments(files, cwd, config.maxFileSize);
  const { documents } = loadedDocuments;
  const diagnostics = [...project.diagnostics, ...(named === project ? [] : named.diagnostics), ...loadedDocuments.diagnostics];

  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  for (const document of documents) diagnostics.push(...validateDocument(document, roleSchema));
  diagnostics.push(...checkDuplicateIds(documents));

  const inScope = new Set(named.files.map((file) => toDisplayPath(cwd, file)));
  const loadedFiles = new Set(files.map((file) => toDisplayPath(cwd, file)));
  // Skipped symlinks belong to no loaded file; they are reported wherever they were met.
  const scoped = diagnostics.filter((diagnostic) => inScope.has(diagnostic.file) || !loadedFiles.has(diagnostic.file));
  return { documents, diagnostics: sortDiagnostics(dedupe(scoped)), fileCount: inScope.size };
}

/** Symlink warnings can arrive from both the project walk and the named walk. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.rule}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
