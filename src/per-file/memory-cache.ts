import { organisationKey, unchangedFindings, type CacheStore, type CachedFile } from './cache-store.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * A cache kept in memory between the runs of one process (`--watch`): a run after an edit parses,
 * validates and lints only the files whose content changed. Nothing is written to disk.
 */
export function memoryCache(): CacheStore {
  const entries = new Map<string, CachedFile>();
  let organisation: { key: string; diagnostics: Diagnostic[] } | undefined;
  const hashOf = (file: string) => entries.get(file)?.hash;
  return {
    get(file, hash) {
      const entry = entries.get(file);
      return entry?.hash === hash ? entry : undefined;
    },
    set(file, entry) {
      entries.set(file, entry);
    },
    addLint(file, lint, directives) {
      const entry = entries.get(file);
      if (entry) entries.set(file, { ...entry, lint, ...(directives ? { directives } : {}) });
    },
    getOrganisation(scope, files) {
      const key = organisationKey(scope, files, hashOf);
      return key !== undefined && organisation?.key === key ? organisation.diagnostics : undefined;
    },
    setOrganisation(scope, files, diagnostics) {
      const key = organisationKey(scope, files, hashOf);
      organisation = key === undefined ? undefined : { key, diagnostics };
    },
    unchanged(scope, hashes) {
      return unchangedFindings(scope, hashes, entries, organisation);
    },
    save() {
      // Nothing to write: the entries live as long as the watch.
    },
  };
}
