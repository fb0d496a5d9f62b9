import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

/** What one file's own checks produced, stored under a hash of its content. */
export interface CachedFile {
  /** sha256 of the decoded text and the byte-order mark flag. */
  hash: string;
  /** Read, parse and schema diagnostics. */
  diagnostics: Diagnostic[];
  /** Document-rule diagnostics before inline disables apply; absent until a run has linted the file. */
  lint?: Diagnostic[];
  /** The front matter as plain data, when the YAML parsed. */
  data?: unknown;
  /** The schema's output, when the front matter passed it. */
  role?: unknown;
  department?: unknown;
}

const diagnosticSchema = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  endLine: z.number(),
  endColumn: z.number(),
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  messageId: z.string().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
  fix: z.object({ range: z.tuple([z.number(), z.number()]), text: z.string() }).optional(),
  suggestion: z.object({ range: z.tuple([z.number(), z.number()]), text: z.string() }).optional(),
  related: z
    .array(z.object({ file: z.string(), line: z.number(), column: z.number(), message: z.string() }))
    .optional(),
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
      data: z.unknown().optional(),
      role: z.unknown().optional(),
      department: z.unknown().optional(),
    }),
  ),
});

/** The cache of one run: entries read at the start, entries to write at the end. */
export interface CacheStore {
  get(file: string, hash: string): CachedFile | undefined;
  set(file: string, entry: CachedFile): void;
  /** Records a file's document-rule findings on the entry this run set for it. */
  addLint(file: string, lint: Diagnostic[]): void;
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
  const previous = readCache(location, key, secret);
  const next = new Map<string, CachedFile>();
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
    addLint(file, lint) {
      const entry = next.get(file);
      if (entry && entry.lint !== lint) {
        next.set(file, { ...entry, lint });
        changed = true;
      }
    },
    save() {
      if (!changed && next.size === previous.size) return;
      const files = Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const body = `${JSON.stringify({ tool: 'roles', key, files })}\n`;
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

function sign(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

function readCache(location: string, key: string, secret: Buffer): Map<string, CachedFile> {
  let raw: unknown;
  try {
    const text = readFileSync(location, 'utf8');
    const newline = text.indexOf('\n');
    const mac = Buffer.from(text.slice(0, newline), 'hex');
    const body = text.slice(newline + 1);
    const expected = Buffer.from(sign(secret, body), 'hex');
    // Not signed by this machine's key: committed, restored from elsewhere, or edited.
    if (newline === -1 || mac.length !== expected.length || !timingSafeEqual(mac, expected)) return new Map();
    raw = JSON.parse(body);
  } catch {
    return new Map();
  }
  const parsed = cacheSchema.safeParse(raw);
  if (!parsed.success || parsed.data.key !== key) return new Map();
  return new Map(Object.entries(parsed.data.files) as Array<[string, CachedFile]>);
}
