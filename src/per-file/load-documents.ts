import type { CacheStore, CachedFile } from './cache-store.js';
import { hashContent } from './cache-store.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { checkFilesInWorkers, type WorkerTask } from './check-files-in-workers.js';
import { checkFile, restoreDocument, type FileCheckContext } from './check-file.js';
import { compactDocument } from './compact-document.js';
import { toDisplayPath } from './display-path.js';
import { readSource, type Source } from './read-source.js';

export interface LoadedDocuments {
  documents: Document[];
  diagnostics: Diagnostic[];
  /** Display paths of the files the reader said are not there (not staged, for `--staged`). */
  absent: Set<string>;
  /** Document-rule findings already known (from the cache, or run in the per-file stage), by document. */
  lint: Map<Document, Diagnostic[]>;
}

/** Reads a file's content from elsewhere (git's index for `--staged`); undefined means the file is not there and is left out. */
export type SourceReader = (absolutePath: string) => Source | undefined;

export interface LoadOptions extends FileCheckContext {
  maxFileSize: number;
  read?: SourceReader;
  cache?: CacheStore;
  /** Told after each file is loaded, for a progress indicator. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads for the files the cache does not hold; 1 runs everything here. */
  threads?: number;
  /**
   * Keep of each document only what the organisation stage reads (see `compactDocument`): for a
   * check whose document rules run here or not at all, not for reports, fixes or `--changed`.
   */
  compact?: boolean;
  /** What a worker needs to rebuild `validate` and `lint` on its side. */
  workerTask?: Omit<WorkerTask, 'files'>;
}

/** A file's outcome, in the order of `files`. */
type Slot =
  | { kind: 'absent' }
  | { kind: 'problem'; source: Extract<Source, { kind: 'problem' }> }
  | { kind: 'checked'; document: Document; entry: CachedFile };

/**
 * The per-file stage for every file: read, parse, validate, and the document rules when asked.
 * A file that cannot be read becomes a diagnostic on it. A file the cache holds unchanged is
 * restored, not checked; the others are checked here or, when there are many, in worker threads.
 * Each file is done with as soon as its result is known: no text is held for the whole run.
 */
export function loadDocuments(files: string[], cwd: string, options: LoadOptions): LoadedDocuments {
  const { maxFileSize, read, cache } = options;
  const threads = read || !options.workerTask ? 1 : (options.threads ?? 1);
  const displayPaths = files.map((absolutePath) => toDisplayPath(cwd, absolutePath));
  const slots: Slot[] = new Array<Slot>(files.length);
  const load = (absolutePath: string) => (read ? read(absolutePath) : readSource(absolutePath, maxFileSize));
  const hash = (source: Extract<Source, { kind: 'ok' }>) => (cache ? hashContent(source.text, source.bom) : '');
  let done = 0;
  const settle = (i: number, source: Extract<Source, { kind: 'ok' }>, hashed: string, found?: CachedFile) => {
    const file = displayPaths[i]!;
    const absolutePath = files[i]!;
    let entry = found;
    let document: Document;
    if (entry) document = restoreDocument(file, absolutePath, source, entry);
    else ({ document, entry } = checkFile(file, absolutePath, source, options));
    // Each file is hashed once per read, and only when there is a cache to key.
    if (cache && entry.hash === '') entry = { ...entry, hash: hashed };
    if (options.compact)
      document = compactDocument(document, entry.directives ?? document.directives(), rereader(absolutePath, options));
    slots[i] = { kind: 'checked', document, entry };
    options.onProgress?.(++done, files.length);
  };

  const misses: Array<[string, string]> = [];
  const missed = new Map<string, number>();
  files.forEach((absolutePath, i) => {
    const source = load(absolutePath);
    if (source === undefined) slots[i] = { kind: 'absent' };
    else if (source.kind === 'problem') slots[i] = { kind: 'problem', source };
    else {
      const file = displayPaths[i]!;
      const hashed = hash(source);
      const hit = cache?.get(file, hashed);
      if (hit || threads === 1) settle(i, source, hashed, hit);
      else {
        // Read again when the worker's result comes: holding every text until then took gigabytes.
        misses.push([file, absolutePath]);
        missed.set(file, i);
      }
    }
  });
  if (misses.length > 0)
    checkFilesInWorkers(options.workerTask!, misses, threads, (result) => {
      const i = missed.get(result.file)!;
      const source = load(files[i]!);
      if (source === undefined) slots[i] = { kind: 'absent' };
      else if (source.kind === 'problem') slots[i] = { kind: 'problem', source };
      // A worker that could not read the file leaves it to this thread.
      else settle(i, source, hash(source), result.entry);
    });

  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  const absent = new Set<string>();
  const lint = new Map<Document, Diagnostic[]>();
  slots.forEach((slot, i) => {
    const file = displayPaths[i]!;
    if (slot.kind === 'absent') absent.add(file);
    else if (slot.kind === 'problem') diagnostics.push(problemDiagnostic(file, slot.source));
    else {
      const { document, entry } = slot;
      documents.push(document);
      for (const diagnostic of entry.diagnostics) diagnostics.push(diagnostic);
      if (entry.lint) lint.set(document, entry.lint);
      cache?.set(file, entry);
    }
  });
  return { documents, diagnostics, absent, lint };
}

function problemDiagnostic(file: string, source: Extract<Source, { kind: 'problem' }>): Diagnostic {
  const line = source.line ?? 1;
  const column = source.column ?? 1;
  return {
    file,
    line,
    column,
    endLine: line,
    endColumn: column,
    rule: source.rule,
    severity: 'error',
    messageId: source.messageId,
    ...(source.data ? { data: source.data } : {}),
    message: source.message,
  };
}

/** Reads a file again for a compact document; made out here, so it keeps nothing of the load alive (all the texts). */
function rereader(
  absolutePath: string,
  { read, maxFileSize }: Pick<LoadOptions, 'read' | 'maxFileSize'>,
): () => string {
  return () => {
    const again = read ? read(absolutePath) : readSource(absolutePath, maxFileSize);
    return again?.kind === 'ok' ? again.text : '';
  };
}
