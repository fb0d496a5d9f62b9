import type { CacheStore, CachedFile, FileLinks } from './cache-store.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { checkFilesInWorkers, type WorkerTask } from './check-files-in-workers.js';
import { checkFile, restoreDocument, type FileCheckContext } from './check-file.js';
import { compactDocument } from './compact-document.js';
import { fileLinks } from './file-links.js';
import { decodeRead, readFiles, type ReadFile } from './read-files.js';
import { readSource } from './read-source.js';
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
  /** Whether each document's links went to the cache already (compact documents: while their text was at hand). */
  linked: boolean;
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
  | { kind: 'checked'; document: Document; entry: CachedFile; links?: FileLinks };

type Text = Extract<Source, { kind: 'ok' }>;

/**
 * The per-file stage for every file: read, parse, validate, and the document rules when asked.
 * A file that cannot be read becomes a diagnostic on it. A file the cache holds unchanged is
 * restored, not checked; the others are checked here or, when there are many, in worker threads.
 * Without a cache each file is done with as soon as it is read (with threads: when its result
 * comes back, reading it again), so no run holds every text at once.
 */
export function loadDocuments(files: string[], cwd: string, options: LoadOptions): LoadedDocuments {
  const { maxFileSize, read, cache, prefetched } = options;
  const slots: Slot[] = new Array<Slot>(files.length);
  const displayPaths: string[] = new Array<string>(files.length);
  const linked = !!(options.compact && cache?.setLinks);
  const want = (misses: number) =>
    read || !options.workerTask
      ? 1
      : typeof options.threads === 'function'
        ? options.threads(misses)
        : (options.threads ?? 1);
  let done = 0;
  let notCached = 0;
  const settle = (i: number, source: Text, hash: string, found?: CachedFile) => {
    const file = displayPaths[i]!;
    const absolutePath = files[i]!;
    let entry = found;
    let document: Document;
    if (entry) document = restoreDocument(file, absolutePath, source, entry);
    else ({ document, entry } = checkFile(file, absolutePath, source, options));
    // Each file is hashed once, when read, and only when there is a cache to key.
    if (cache && entry.hash === '') entry = { ...entry, hash };
    let links: FileLinks | undefined;
    if (options.compact) {
      if (linked) links = fileLinks(document);
      document = compactDocument(document, entry.directives ?? document.directives(), rereader(absolutePath, options));
    }
    // Without a cache to write, the entry's front-matter data (slices of the whole text) is not kept.
    const kept = cache || !options.compact ? entry : slim(entry);
    slots[i] = { kind: 'checked', document, entry: kept, ...(links ? { links } : {}) };
    options.onProgress?.(++done, files.length);
  };
  const outcome = (i: number, source: Source | undefined): source is Text => {
    if (source === undefined) slots[i] = { kind: 'absent' };
    else if (source.kind === 'problem') slots[i] = { kind: 'problem', source };
    return source?.kind === 'ok';
  };

  // Without a cache every readable file misses: the thread count is known before reading.
  const threadsUpFront = cache ? undefined : want(files.length);
  const misses: Array<[string, string]> = [];
  const missed = new Map<string, { i: number; source?: Text; hash: string }>();
  files.forEach((absolutePath, i) => {
    const one =
      prefetched?.[i] ??
      readFiles([absolutePath], cwd, { maxFileSize, ...(read ? { reader: read } : {}), hash: !!cache })[0]!;
    displayPaths[i] = one.file;
    const source = one.read && decodeRead(one.read);
    if (!outcome(i, source)) return;
    const hit = cache?.get(one.file, one.hash);
    if (!hit) notCached++;
    if (hit || threadsUpFront === 1) settle(i, source, one.hash, hit);
    else {
      misses.push([one.file, absolutePath]);
      // With a cache the thread count waits for the misses, so their texts wait too.
      missed.set(one.file, { i, hash: one.hash, ...(cache ? { source } : {}) });
    }
  });
  // Threads pay for themselves only when many files miss the cache (`--changed` with a warm cache: one or two).
  const threads = threadsUpFront ?? want(misses.length);
  const finishMiss = (file: string, found?: CachedFile) => {
    const miss = missed.get(file)!;
    missed.delete(file);
    if (miss.source) return settle(miss.i, miss.source, miss.hash, found);
    // Read again now that the result is here.
    const source = read ? read(files[miss.i]!) : readSource(files[miss.i]!, maxFileSize);
    // A worker that could not read the file leaves it to this thread.
    if (outcome(miss.i, source)) settle(miss.i, source, miss.hash, found);
  };
  if (threads > 1 && misses.length > 0)
    checkFilesInWorkers(options.workerTask!, misses, threads, (result) => finishMiss(result.file, result.entry));
  else for (const [file] of misses) finishMiss(file);

  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  const absent = new Set<string>();
  const lint = new Map<Document, Diagnostic[]>();
  slots.forEach((slot, i) => {
    const file = displayPaths[i]!;
    if (slot.kind === 'absent') absent.add(file);
    else if (slot.kind === 'problem') diagnostics.push(sourceProblem(file, slot.source));
    else {
      const { document, entry } = slot;
      documents.push(document);
      for (const diagnostic of entry.diagnostics) diagnostics.push(diagnostic);
      if (entry.lint) lint.set(document, entry.lint);
      cache?.set(file, entry);
      // The cache keeps links of the files it has entries for: set after the entry.
      if (slot.links) cache!.setLinks!(file, slot.links);
    }
  });
  return { documents, diagnostics, absent, lint, checked: notCached, linked };
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

/** What the end of the per-file stage reads of an entry: its diagnostics. */
function slim({ diagnostics, lint }: CachedFile): CachedFile {
  return { hash: '', diagnostics, ...(lint ? { lint } : {}) };
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
