import path from 'node:path';
import { watch } from 'chokidar';
import { CONFIG_FILE } from '../config/load-config.js';
import { t } from '../i18n/t.js';
import type { Io } from '../io.js';

/** How long to wait after the last change before running again: an editor's save is often several writes. */
const DEBOUNCE_MS = 150;

export interface WatchOptions {
  /** Folders and files to watch (absolute). */
  paths: string[];
  /** One run: prints its result. Errors are printed and the watch goes on. */
  runOnce: () => void;
  /** Called before a run caused by a change to the configuration, so caches keyed on it are dropped. */
  onConfigChange?: () => void;
}

/**
 * `--watch`: runs once, then again after each change to a Markdown file or the configuration
 * below `paths` (chokidar, debounced), clearing the terminal first. Ends when `io.signal` aborts.
 */
export async function watchRuns(io: Io, { paths, runOnce, onConfigChange }: WatchOptions): Promise<number> {
  const clear = Boolean(io.stdout.isTTY);
  const runSafely = () => {
    if (clear) io.stdout.write('\u001b[2J\u001b[3J\u001b[H');
    try {
      runOnce();
    } catch (error) {
      io.stderr.write(`roles: ${(error as Error).message}\n`);
    }
    io.stderr.write(`roles: ${t('authoring.watching')}\n`);
  };
  const watcher = watch(paths, {
    ignoreInitial: true,
    ignored: (file, stats) =>
      /(^|[/\\])(node_modules|\.git)([/\\]|$)/.test(file) ||
      (stats?.isFile() === true && !file.endsWith('.md') && path.basename(file) !== CONFIG_FILE),
  });
  // Changes made before the watcher is ready would be missed: run (and say so) only once it is.
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  runSafely();
  let timer: NodeJS.Timeout | undefined;
  let configChanged = false;
  watcher.on('all', (_event, file) => {
    if (path.basename(file) === CONFIG_FILE) configChanged = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (configChanged) onConfigChange?.();
      configChanged = false;
      runSafely();
    }, DEBOUNCE_MS);
  });
  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) return resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
    if (!io.signal) process.once('SIGINT', () => resolve());
  });
  clearTimeout(timer);
  await watcher.close();
  return 0;
}
