import type { CacheStore, CachedFile } from './cache-store.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { checkFilesInWorkers, type WorkerTask } from './check-files-in-workers.js';
import { checkFile, restoreDocument, type FileCheckContext } from './check-file.js';
import { decodeRead, readFiles, type ReadFile } from './read-files.js';
import type { Source } from './read-source.js';

export interface LoadedDocuments {
  documents: Document[];
  diagnostics: Diagnostic[];
  /** Display paths of the files the reader said are not there (not staged, for `--staged`). */
  absent: Set<string>;
  /** Document-rule findings already known (from the cache, or run in the per-file stage), by document. */
  lint: Map<Document, Diagnostic[]>;
  /** How many files were parsed and checked (not restored from the cache). */
  checked: number;
}

/** Reads a file's content from elsewhere (git's index for `--staged`); undefined means the file is not there and is left out. */
export type SourceReader = (absolutePath: string) => Source | undefined;

export interface LoadOptions extends FileCheckContext {
  maxFileSize: number;
  read?: SourceReader;
  cache?: CacheStore;
  /** Told after each file is loaded, for a progress indicator. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads for the files the cache does not hold, or how many for that many files; 1 runs everything here. */
  threads?: number | ((misses: number) => number);
  /** The files as already read (and hashed, with a cache), in the order of `files`. */
  prefetched?: readonly ReadFile[];
  /** What a worker needs to rebuild `validate` and `lint` on its side. */
  workerTask?: Omit<WorkerTask, 'files'>;
}

/**
 * The per-file stage for every file: read, parse, validate, and the document rules when asked.
 * A file that cannot be read becomes a diagnostic on it. A file the cache holds unchanged is
 * restored, not checked; the others are checked here or, when there are many, in worker threads.
 */
export function loadDocuments(files: string[], cwd: string, options: LoadOptions): LoadedDocuments {
  const { maxFileSize, read, cache } = options;
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  const absent = new Set<string>();
  const lint = new Map<Document, Diagnostic[]>();
  const sources = new Map<string, Source | undefined>();
  const cached = new Map<string, CachedFile>();
  const hashes = new Map<string, string>();
  const misses: Array<[string, string]> = [];
  const readAll =
    options.prefetched ?? readFiles(files, cwd, { maxFileSize, ...(read ? { reader: read } : {}), hash: !!cache });
  const displayPaths = readAll.map((entry) => entry.file);
  for (const { file, absolutePath, read: raw, hash } of readAll) {
    const source = raw && decodeRead(raw);
    sources.set(file, source);
    if (source?.kind !== 'ok') continue;
    hashes.set(file, hash);
    const hit = cache?.get(file, hash);
    if (hit) cached.set(file, hit);
    else misses.push([file, absolutePath]);
  }
  // Threads pay for themselves only when many files miss the cache (`--changed` with a warm cache: one or two).
  const wanted = typeof options.threads === 'function' ? options.threads(misses.length) : (options.threads ?? 1);
  const threads = read || !options.workerTask ? 1 : wanted;
  const checked =
    threads > 1 && misses.length > 0 ? checkFilesInWorkers(options.workerTask!, misses, threads) : undefined;

  files.forEach((absolutePath, i) => {
    const file = displayPaths[i]!;
    const source = sources.get(file);
    if (source === undefined) {
      absent.add(file);
      return;
    }
    if (source.kind === 'problem') {
      diagnostics.push(sourceProblem(file, source));
      return;
    }
    let entry: CachedFile | undefined = cached.get(file) ?? checked?.get(file)?.entry;
    let document: Document;
    if (entry) {
      document = restoreDocument(file, absolutePath, source, entry);
    } else {
      ({ document, entry } = checkFile(file, absolutePath, source, options));
    }
    // Each file is hashed once, above, and only when there is a cache to key.
    if (cache && entry.hash === '') entry = { ...entry, hash: hashes.get(file)! };
    documents.push(document);
    for (const diagnostic of entry.diagnostics) diagnostics.push(diagnostic);
    if (entry.lint) lint.set(document, entry.lint);
    cache?.set(file, entry);
    options.onProgress?.(i + 1, files.length);
  });
  return { documents, diagnostics, absent, lint, checked: misses.length };
}

/** A file that could not be read or decoded, as a diagnostic on it. */
export function sourceProblem(file: string, source: Extract<Source, { kind: 'problem' }>): Diagnostic {
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
