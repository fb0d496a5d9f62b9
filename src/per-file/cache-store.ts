import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReadDirectives } from '../parse/read-directives.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

/** What one file's own checks produced, stored under a hash of its content. */
export interface CachedFile {
  /** sha256 of the file's bytes (the decoded text, after a byte-order mark when there is one). */
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

/** What a run where no file changed needs of the cache: each file's own findings and the organisation stage's. */
export interface UnchangedFindings {
  /** Each file's read, parse and schema diagnostics, by display path. */
  files: Map<string, Diagnostic[]>;
  /** The organisation stage's findings (duplicate ids, rules, directives). */
  organisation: Diagnostic[];
}

/**
 * A stored diagnostic, checked by shape only: the file is signed with this machine's key (below),
 * so what it holds is what a run of this tool wrote; a full schema walk over tens of thousands of
 * stored findings took a sixth of a warm run.
 */
function isDiagnostic(value: unknown): value is Diagnostic {
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
}

const diagnosticSchema = z.custom<Diagnostic>(isDiagnostic);

/**
 * The part every warm run reads: per file its content hash and own findings, and the organisation
 * stage's findings. Small, so that a run where nothing changed parses nothing else.
 */
interface StoredIndex {
  tool: 'roles';
  /** The layout of the file: an older layout is rebuilt, not misread. */
  layout: 2;
  /** Anything that changes what a file's checks say: roles version, config, rule set, date. */
  key: string;
  files: Record<string, { hash: string; diagnostics: Diagnostic[] }>;
  organisation?: { key: string; diagnostics: Diagnostic[] };
}

/** Checks the index's shape by hand: a schema walk over ten thousand entries took a tenth of a warm run. */
function isIndex(value: unknown): value is StoredIndex {
  const index = value as Partial<StoredIndex> | null;
  if (typeof index !== 'object' || index?.tool !== 'roles' || index.layout !== 2) return false;
  if (typeof index.key !== 'string' || typeof index.files !== 'object' || index.files === null) return false;
  const isFindings = (list: unknown) => Array.isArray(list) && list.every(isDiagnostic);
  for (const entry of Object.values(index.files))
    if (typeof entry?.hash !== 'string' || !isFindings(entry.diagnostics)) return false;
  const organisation = index.organisation;
  return organisation === undefined || (typeof organisation.key === 'string' && isFindings(organisation.diagnostics));
}

/** The part read only when some file changed: what the organisation stage needs of the unchanged files. */
const factsSchema = z.record(
  z.string(),
  z.object({
    lint: z.array(diagnosticSchema).optional(),
    // Signed by this machine's key (below): what it holds is what a run of this tool wrote.
    directives: z.custom<ReadDirectives>().optional(),
    data: z.unknown().optional(),
    role: z.unknown().optional(),
    department: z.unknown().optional(),
  }),
);

type Facts = z.infer<typeof factsSchema>[string];

/** What `--changed` needs of a file to reuse an earlier run around an edit that left its front matter alone. */
export interface FileLinks {
  /** sha256 of the text before the body (front matter and its fences) and the byte-order mark flag. */
  head: string;
  /** The rules the body's `roles-disable…` comments name (`*` for a comment naming none: every rule). */
  disables: string[];
  /** The id the file declares. */
  id?: string;
  /** The ids it references. */
  targets: string[];
}

function isLinks(value: unknown): value is FileLinks {
  const links = value as Partial<FileLinks> | null;
  return (
    typeof links === 'object' &&
    typeof links?.head === 'string' &&
    Array.isArray(links.disables) &&
    links.disables.every((rule) => typeof rule === 'string') &&
    (links.id === undefined || typeof links.id === 'string') &&
    Array.isArray(links.targets) &&
    links.targets.every((target) => typeof target === 'string')
  );
}

/** An earlier run over these files with other contents for some: what `--changed` can reuse around the edits. */
export interface StoredRun {
  /** Each file's entry in the index: its content hash then, and its own findings. */
  files: ReadonlyMap<string, { hash: string; diagnostics: Diagnostic[] }>;
  /** Each file's links then. */
  links: ReadonlyMap<string, FileLinks>;
  /** The organisation stage's findings then. */
  organisation: Diagnostic[];
}

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
  /**
   * Everything an earlier run over exactly these files (display path → content hash) and `scope`
   * found, when it is stored: then nothing needs to be parsed, built or checked again.
   */
  unchanged?(scope: string, hashes: ReadonlyMap<string, string>): UnchangedFindings | undefined;
  /**
   * The earlier run over exactly these files (`files`, display paths) for `scope`, whatever their
   * contents now, with each file's links: `--changed` reuses it around edits that kept front matters.
   */
  storedRun?(scope: string, files: readonly string[]): StoredRun | undefined;
  /** Records a file's links on the entry this run set for it. */
  setLinks?(file: string, links: FileLinks): void;
  /** Writes the entries of this run (files no longer present are dropped), atomically; never throws. */
  save(): void;
  /** Why the cache could not be written, after `save`: one line for the user. */
  problem?: string;
}

/** The content hash the cache keys a file by: sha256 of its bytes. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The same hash from decoded text (git blobs for `--staged`): the bytes are the UTF-8 of the text, after any byte-order mark. */
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
 * restored from elsewhere or edited does not verify, so it can never hide a diagnostic. Its two
 * parts are signed apart, the second together with the first's signature, so that a run where
 * nothing changed checks and parses only the small index.
 */
export function openCache(location: string, key: string, secret: Buffer): CacheStore {
  const stored = readCache(location, key, secret);
  const next = new Map<string, CachedFile>();
  // Entries handed out by `get`, kept so that setting one back is known as no change.
  const restored = new Map<string, CachedFile>();
  let organisation = stored.organisation;
  const links = new Map<string, FileLinks>();
  // A run that only restored what it read has nothing new to write.
  let changed = false;
  const store: CacheStore = {
    get(file, hash) {
      const entry = next.get(file) ?? restored.get(file);
      if (entry) return entry.hash === hash ? entry : undefined;
      const indexed = stored.files.get(file);
      if (indexed?.hash !== hash) return undefined;
      const facts = stored.facts();
      // The facts part did not verify: the file is checked again.
      if (!facts) return undefined;
      const found: CachedFile = { ...indexed, ...facts.get(file) };
      restored.set(file, found);
      return found;
    },
    set(file, entry) {
      if (restored.get(file) !== entry) changed = true;
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
      return organisation.key === organisationKey(scope, files, (file) => next.get(file)?.hash)
        ? organisation.diagnostics
        : undefined;
    },
    setOrganisation(scope, files, diagnostics) {
      const key = organisationKey(scope, files, (file) => next.get(file)?.hash);
      if (key === undefined || key === organisation?.key) return;
      organisation = { key, diagnostics };
      changed = true;
    },
    unchanged(scope, hashes) {
      return unchangedFindings(scope, hashes, stored.files, organisation);
    },
    storedRun(scope, files) {
      if (!organisation) return undefined;
      if (organisationKey(scope, files, (file) => stored.files.get(file)?.hash) !== organisation.key) return undefined;
      const links = stored.links();
      return links && { files: stored.files, links, organisation: organisation.diagnostics };
    },
    setLinks(file, fileLinks) {
      if (!next.has(file)) return;
      if (!changed) {
        const before = stored.links()?.get(file);
        if (!before || JSON.stringify(before) !== JSON.stringify(fileLinks)) changed = true;
      }
      links.set(file, fileLinks);
    },
    save() {
      if (!changed && next.size === stored.files.size) return;
      const sorted = [...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const index: Record<string, { hash: string; diagnostics: Diagnostic[] }> = {};
      const facts: Record<string, Facts> = {};
      for (const [file, { hash, diagnostics, ...rest }] of sorted) {
        index[file] = { hash, diagnostics };
        facts[file] = rest;
      }
      const indexText = JSON.stringify({
        tool: 'roles',
        layout: 2,
        key,
        files: index,
        ...(organisation ? { organisation } : {}),
      });
      const factsText = JSON.stringify(facts);
      const kept: Record<string, FileLinks> = {};
      for (const [file] of sorted) {
        const fileLinks = links.get(file);
        if (fileLinks) kept[file] = fileLinks;
      }
      const linksText = JSON.stringify(kept);
      const indexMac = sign(secret, indexText);
      const factsHead = `${sign(secret, indexMac, factsText)} ${Buffer.byteLength(factsText)}`;
      try {
        mkdirSync(path.dirname(location), { recursive: true });
        writeFileAtomic(
          location,
          `${indexMac} ${Buffer.byteLength(indexText)}\n${indexText}\n${factsHead}\n${factsText}\n${sign(secret, indexMac, linksText)}\n${linksText}\n`,
        );
      } catch (error) {
        store.problem = `Cannot write the cache \`${location}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      }
    },
  };
  return store;
}

/** The stored findings when every file has an entry with its hash and the organisation stage ran over exactly these. */
export function unchangedFindings(
  scope: string,
  hashes: ReadonlyMap<string, string>,
  entries: ReadonlyMap<string, { hash: string; diagnostics: Diagnostic[] }>,
  organisation: { key: string; diagnostics: Diagnostic[] } | undefined,
): UnchangedFindings | undefined {
  if (!organisation) return undefined;
  const files = new Map<string, Diagnostic[]>();
  for (const [file, hash] of hashes) {
    const entry = entries.get(file);
    if (entry?.hash !== hash) return undefined;
    files.set(file, entry.diagnostics);
  }
  if (organisationKey(scope, [...hashes.keys()], (file) => hashes.get(file)) !== organisation.key) return undefined;
  return { files, organisation: organisation.diagnostics };
}

/** A key for the organisation stage: the scope and every file with its content hash; undefined when a file has none. */
export function organisationKey(
  scope: string,
  files: readonly string[],
  hashOf: (file: string) => string | undefined,
): string | undefined {
  const parts: string[] = [scope, '\0'];
  for (const file of [...files].sort()) {
    const fileHash = hashOf(file);
    if (!fileHash) return undefined;
    parts.push(`${file}\0${fileHash}\0`);
  }
  // One update: ten thousand calls into the hash cost more than the hashing.
  return createHash('sha256').update(parts.join('')).digest('hex');
}

function sign(secret: Buffer, ...parts: Array<string | Uint8Array>): string {
  const mac = createHmac('sha256', secret);
  for (const part of parts) mac.update(part);
  return mac.digest('hex');
}

function verify(secret: Buffer, mac: string, ...parts: Array<string | Uint8Array>): boolean {
  const given = Buffer.from(mac, 'hex');
  const expected = Buffer.from(sign(secret, ...parts), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface StoredCache {
  files: Map<string, { hash: string; diagnostics: Diagnostic[] }>;
  organisation?: { key: string; diagnostics: Diagnostic[] };
  /** The facts part, verified and parsed on first use; undefined when it does not verify. */
  facts: () => Map<string, Facts> | undefined;
  /** The links part, likewise. */
  links: () => Map<string, FileLinks> | undefined;
}

function readCache(location: string, key: string, secret: Buffer): StoredCache {
  const none: StoredCache = { files: new Map(), facts: () => undefined, links: () => undefined };
  let parsed: StoredIndex;
  let indexMac: string;
  let factsStart: number;
  try {
    // Each part's first line holds its signature and length: only the index is read now.
    const index = readPart(location, 0);
    if (!index) return none;
    indexMac = index.mac;
    // Not signed by this machine's key: committed, restored from elsewhere, or edited.
    if (!verify(secret, indexMac, index.bytes)) return none;
    const value: unknown = JSON.parse(index.bytes.toString('utf8'));
    if (!isIndex(value) || value.key !== key) return none;
    parsed = value;
    factsStart = index.end;
  } catch {
    return none;
  }
  let facts: Map<string, Facts> | undefined | null = null;
  let links: Map<string, FileLinks> | undefined | null = null;
  // The file may have been replaced since the index was read: each part must verify with the index it was written with.
  const verified = (start: number) => {
    const part = readPart(location, start);
    return part && verify(secret, part.mac, indexMac, part.bytes) ? part : undefined;
  };
  return {
    files: new Map(Object.entries(parsed.files)),
    ...(parsed.organisation ? { organisation: parsed.organisation } : {}),
    facts() {
      if (facts === null)
        facts = parseWith(verified(factsStart)?.bytes, (value) => {
          const result = factsSchema.safeParse(value);
          return result.success ? new Map(Object.entries(result.data)) : undefined;
        });
      return facts;
    },
    links() {
      if (links === null) {
        const factsPart = readPart(location, factsStart);
        links = parseWith(factsPart && verified(factsPart.end)?.bytes, (value) =>
          typeof value === 'object' && value !== null && Object.values(value).every(isLinks)
            ? new Map(Object.entries(value as Record<string, FileLinks>))
            : undefined,
        );
      }
      return links;
    },
  };
}

/** A part of the cache file at `start`: its signature, its bytes and where the next part starts; undefined when cut short. */
function readPart(file: string, start: number): { mac: string; bytes: Buffer; end: number } | undefined {
  try {
    const head = readAt(file, start, 128);
    const headEnd = head.indexOf(10);
    if (headEnd === -1) return undefined;
    const [mac = '', length] = head.toString('latin1', 0, headEnd).split(' ');
    // The last part has no length: it runs to the end of the file, less its newline.
    const bytes =
      length === undefined
        ? readAt(file, start + headEnd + 1).subarray(0, -1)
        : /^\d+$/.test(length)
          ? readAt(file, start + headEnd + 1, Number(length))
          : undefined;
    if (!bytes || (length !== undefined && bytes.length !== Number(length))) return undefined;
    return { mac, bytes, end: start + headEnd + 1 + bytes.length + 1 };
  } catch {
    return undefined;
  }
}

function parseWith<T>(bytes: Buffer | undefined, check: (value: unknown) => T | undefined): T | undefined {
  if (!bytes) return undefined;
  try {
    return check(JSON.parse(bytes.toString('utf8')));
  } catch {
    return undefined;
  }
}

/** Up to `length` bytes of a file from `position` (to its end when `length` is undefined). */
function readAt(file: string, position: number, length?: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = length ?? Math.max(0, fstatSync(fd).size - position);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, position + read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
