import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReadDirectives } from '../parse/read-directives.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

/** What one file's own checks produced, stored under a hash of its content. */
export interface CachedFile {
  /** sha256 of the decoded text and the byte-order mark flag. */
  hash: string;
  /** Read, parse and schema diagnostics. */
  diagnostics: Diagnostic[];
  /** Document-rule diagnostics before inline disables apply; absent until a run has linted the file. */
  lint?: Diagnostic[];
  /** The body's `roles-…` comments, read when the file was linted. */
  directives?: ReadDirectives;
  /** The front matter as plain data, when the YAML parsed. */
  data?: unknown;
  /** The schema's output, when the front matter passed it. */
  role?: unknown;
  department?: unknown;
}

/**
 * A stored diagnostic, checked by shape only: the file is signed with this machine's key (below),
 * so what it holds is what a run of this tool wrote; a full schema walk over tens of thousands of
 * stored findings took a sixth of a warm run.
 */
const diagnosticSchema = z.custom<Diagnostic>((value) => {
  const d = value as Partial<Diagnostic> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.file === 'string' &&
    typeof d.line === 'number' &&
    typeof d.column === 'number' &&
    typeof d.endLine === 'number' &&
    typeof d.endColumn === 'number' &&
    typeof d.rule === 'string' &&
    (d.severity === 'error' || d.severity === 'warning') &&
    typeof d.message === 'string'
  );
});

const cacheSchema = z.object({
  tool: z.literal('roles'),
  /** Anything that changes what a file's checks say: roles version, config, rule set, date. */
  key: z.string(),
  files: z.record(
    z.string(),
    z.object({
      hash: z.string(),
      diagnostics: z.array(diagnosticSchema),
      lint: z.array(diagnosticSchema).optional(),
      // Signed by this machine's key (below): what it holds is what a run of this tool wrote.
      directives: z.custom<ReadDirectives>().optional(),
      data: z.unknown().optional(),
      role: z.unknown().optional(),
      department: z.unknown().optional(),
    }),
  ),
  organisation: z.object({ key: z.string(), diagnostics: z.array(diagnosticSchema) }).optional(),
});

/** The cache of one run: entries read at the start, entries to write at the end. */
export interface CacheStore {
  get(file: string, hash: string): CachedFile | undefined;
  set(file: string, entry: CachedFile): void;
  /** Records a file's document-rule findings (and the directives read with them) on the entry this run set for it. */
  addLint(file: string, lint: Diagnostic[], directives?: ReadDirectives): void;
  /**
   * The organisation stage's findings (graph rules, directives, duplicate ids) of an earlier run
   * over exactly the same files and contents (`files`: every document of the run, each set in
   * this store), for the same `scope` (kinds and files in scope).
   */
  getOrganisation?(scope: string, files: readonly string[]): Diagnostic[] | undefined;
  setOrganisation?(scope: string, files: readonly string[], diagnostics: Diagnostic[]): void;
  /** Writes the entries of this run (files no longer present are dropped), atomically; never throws. */
  save(): void;
  /** Why the cache could not be written, after `save`: one line for the user. */
  problem?: string;
}

export function hashContent(text: string, bom: boolean): string {
  return createHash('sha256')
    .update(bom ? '\ufeff' : '')
    .update(text)
    .digest('hex');
}

/** A key for everything besides a file's content that its results depend on. */
export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Opens the cache file. A missing, corrupt, foreign or outdated file is ignored and rebuilt. The
 * file is signed with `secret` (HMAC-SHA256), a key kept outside the repository: a cache committed,
 * restored from elsewhere or edited does not verify, so it can never hide a diagnostic.
 */
export function openCache(location: string, key: string, secret: Buffer): CacheStore {
  const { files: previous, organisation: previousOrganisation } = readCache(location, key, secret);
  const next = new Map<string, CachedFile>();
  let organisation = previousOrganisation;
  // A run that only restored what it read has nothing new to write.
  let changed = false;
  const store: CacheStore = {
    get(file, hash) {
      const entry = next.get(file) ?? previous.get(file);
      return entry?.hash === hash ? entry : undefined;
    },
    set(file, entry) {
      if (previous.get(file) !== entry) changed = true;
      next.set(file, entry);
    },
    addLint(file, lint, directives) {
      const entry = next.get(file);
      if (entry && (entry.lint !== lint || (directives && entry.directives !== directives))) {
        next.set(file, { ...entry, lint, ...(directives ? { directives } : {}) });
        changed = true;
      }
    },
    getOrganisation(scope, files) {
      if (!organisation) return undefined;
      return organisation.key === organisationKey(scope, files, next) ? organisation.diagnostics : undefined;
    },
    setOrganisation(scope, files, diagnostics) {
      const key = organisationKey(scope, files, next);
      if (key === undefined || key === organisation?.key) return;
      organisation = { key, diagnostics };
      changed = true;
    },
    save() {
      if (!changed && next.size === previous.size) return;
      const files = Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const body = `${JSON.stringify({ tool: 'roles', key, files, ...(organisation ? { organisation } : {}) })}\n`;
      try {
        mkdirSync(path.dirname(location), { recursive: true });
        writeFileAtomic(location, `${sign(secret, body)}\n${body}`);
      } catch (error) {
        store.problem = `Cannot write the cache \`${location}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      }
    },
  };
  return store;
}

/** A key for the organisation stage: the scope and every file with its content hash; undefined when a file has no entry. */
export function organisationKey(
  scope: string,
  files: readonly string[],
  entries: ReadonlyMap<string, CachedFile>,
): string | undefined {
  const hash = createHash('sha256').update(scope).update('\0');
  for (const file of [...files].sort()) {
    const entry = entries.get(file);
    if (!entry?.hash) return undefined;
    hash.update(`${file}\0${entry.hash}\0`);
  }
  return hash.digest('hex');
}

function sign(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

interface StoredCache {
  files: Map<string, CachedFile>;
  organisation?: { key: string; diagnostics: Diagnostic[] };
}

function readCache(location: string, key: string, secret: Buffer): StoredCache {
  const none: StoredCache = { files: new Map() };
  let raw: unknown;
  try {
    const text = readFileSync(location, 'utf8');
    const newline = text.indexOf('\n');
    const mac = Buffer.from(text.slice(0, newline), 'hex');
    const body = text.slice(newline + 1);
    const expected = Buffer.from(sign(secret, body), 'hex');
    // Not signed by this machine's key: committed, restored from elsewhere, or edited.
    if (newline === -1 || mac.length !== expected.length || !timingSafeEqual(mac, expected)) return none;
    raw = JSON.parse(body);
  } catch {
    return none;
  }
  const parsed = cacheSchema.safeParse(raw);
  if (!parsed.success || parsed.data.key !== key) return none;
  return {
    files: new Map(Object.entries(parsed.data.files) as Array<[string, CachedFile]>),
    ...(parsed.data.organisation ? { organisation: parsed.data.organisation } : {}),
  };
}
