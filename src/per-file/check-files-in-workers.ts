import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { CachedFile } from './cache-store.js';
import type { Config } from '../config/config-schema.js';
import { workCounts } from '../work-counts.js';

/** One worker's share: everything it needs arrives as plain data. */
import type { Locale } from '../i18n/locale.js';

export interface WorkerTask {
  /** [display path, absolute path] pairs. */
  files: Array<[string, string]>;
  config: Config;
  root: string;
  cwd: string;
  today: string;
  /** Whether the document rules run in the per-file stage. */
  lint: boolean;
  /** The language messages are written in. */
  locale: Locale;
}

export interface WorkerResult {
  file: string;
  /** Absent when the worker could not read the file; the main thread reports its own reading. */
  entry?: CachedFile;
}

/** Below this many files, starting threads costs more than it saves (measured: about 150 ms a worker). */
const MIN_FILES = 400;
/**
 * Below this many cores, threads do not pay: on 2 vCPUs (measured on 10,000 cloned files, 2026-12-02)
 * two workers each took as long over half the files as one thread over all of them, for about the
 * same wall time and a third more CPU; the main thread, which restores each result, is a third
 * runner on two cores.
 */
const MIN_CORES = 4;
/** Set by the bundler (scripts/build.mjs) to its own worker file; undefined when running from `dist/`'s modules. */
declare const ROLES_BUNDLED_WORKER: string | undefined;
const WORKER = new URL(
  typeof ROLES_BUNDLED_WORKER === 'string' ? ROLES_BUNDLED_WORKER : './check-worker.js',
  import.meta.url,
);

/**
 * How many threads to use: `ROLES_THREADS` when set (1 turns them off), else one per core up to
 * four, and none for small runs, on fewer than four cores, or when the compiled worker is not
 * there (tests run from source).
 */
export function threadCount(fileCount: number, env: Record<string, string | undefined>): number {
  const requested = env.ROLES_THREADS === undefined ? undefined : Number(env.ROLES_THREADS);
  if (requested !== undefined && Number.isInteger(requested) && requested >= 1)
    // Bounded by the cores and the files: ROLES_THREADS=1000 on 3 files once started 1,000 threads (15 GB).
    return requested === 1 || !existsSync(fileURLToPath(WORKER))
      ? 1
      : Math.max(1, Math.min(requested, os.availableParallelism(), fileCount));
  const cores = os.availableParallelism();
  if (fileCount < MIN_FILES || cores < MIN_CORES || !existsSync(fileURLToPath(WORKER))) return 1;
  return Math.min(4, cores);
}

/** Slots of the counters the workers share with the main thread: events (either below), messages posted, workers finished. */
export const EVENTS = 0;
export const POSTED = 1;
export const FINISHED = 2;

/**
 * Runs the per-file stage in `threads` worker threads and waits for them synchronously (so the
 * pipeline stays one plain function), handing on their results in batches as they come. Files are
 * dealt round-robin, so each thread gets a like share.
 */
export function checkFilesInWorkers(
  task: Omit<WorkerTask, 'files'>,
  files: Array<[string, string]>,
  threads: number,
  onResult: (result: WorkerResult) => void,
): void {
  const shares: Array<Array<[string, string]>> = Array.from({ length: threads }, () => []);
  files.forEach((pair, i) => shares[i % threads]!.push(pair));
  workCounts.workers += threads;
  const state = new Int32Array(new SharedArrayBuffer(12));
  const running = shares.map((share) => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER, {
      workerData: { task: { ...task, files: share }, port: port2, state },
      transferList: [port2],
    });
    return { worker, port: port1 };
  });
  let received = 0;
  let results = 0;
  try {
    for (;;) {
      const events = Atomics.load(state, EVENTS);
      for (const { port } of running) {
        for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) {
          received++;
          const message = next.message as WorkerResult[] | { error: string };
          if (!Array.isArray(message)) throw new Error(`a worker thread failed: ${message.error}`);
          results += message.length;
          for (const result of message) onResult(result);
        }
      }
      const posted = Atomics.load(state, POSTED);
      if (Atomics.load(state, FINISHED) === threads && received === posted) break;
      // A message counted but not yet readable is retried at once; only a worker that could not even
      // load stays silent, and five minutes is far past any batch.
      if (received < posted) continue;
      if (Atomics.wait(state, EVENTS, events, 300_000) === 'timed-out')
        throw new Error('a worker thread did not answer');
    }
  } finally {
    for (const { worker, port } of running) {
      port.close();
      void worker.terminate();
    }
  }
  if (results < files.length) throw new Error('a worker thread failed: no result');
}
