import type { CacheStore, CachedFile } from './cache-store.js';

/**
 * A cache kept in memory between the runs of one process (`--watch`): a run after an edit parses,
 * validates and lints only the files whose content changed. Nothing is written to disk.
 */
export function memoryCache(): CacheStore {
  const entries = new Map<string, CachedFile>();
  return {
    get(file, hash) {
      const entry = entries.get(file);
      return entry?.hash === hash ? entry : undefined;
    },
    set(file, entry) {
      entries.set(file, entry);
    },
    addLint(file, lint) {
      const entry = entries.get(file);
      if (entry) entries.set(file, { ...entry, lint });
    },
    save() {
      // Nothing to write: the entries live as long as the watch.
    },
  };
}
