import type { CachedFile } from './cache-store.js';
import type { Config } from '../config/config-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { runDocumentRules } from '../lint/lint.js';
import type { RuleResolver } from '../lint/resolve-rules.js';
import type { Document } from '../parse/document.js';
import { parseDocument } from '../parse/parse-document.js';
import type { Source } from './read-source.js';

/** Stored in place of a schema output equal to the front-matter data. */
const SAME_AS_DATA = '=data';

/** What the per-file stage needs besides the file: the same in the main thread and in a worker. */
export interface FileCheckContext {
  validate: (document: Document) => Diagnostic[];
  /** Set when document rules run: they then run right away, while the parsed body is at hand. */
  lint?: { resolver: RuleResolver; config: Config; today: string };
}

/**
 * The per-file stage: parse, validate and (when asked) run the document rules. Its result is
 * what the cache stores, and what a worker thread sends back.
 */
export function checkFile(
  file: string,
  absolutePath: string,
  source: Extract<Source, { kind: 'ok' }>,
  context: FileCheckContext,
): { document: Document; entry: CachedFile } {
  const parsed = parseDocument(file, absolutePath, source.text, source.bom);
  const { document } = parsed;
  // The content hash is the cache's business: the caller that has a cache fills it in.
  const entry: CachedFile = { hash: '', diagnostics: [...parsed.diagnostics, ...context.validate(document)] };
  // Only data the careful parser would also accept is kept; a file with YAML problems is parsed again.
  if (document.frontMatter?.data !== undefined) entry.data = document.frontMatter.data;
  // The schema's output is the data itself unless it trimmed something: then store nothing twice.
  const same = (value: unknown) => entry.data !== undefined && sameJson(value, entry.data);
  if (document.role) entry.role = same(document.role) ? SAME_AS_DATA : document.role;
  if (document.department) entry.department = same(document.department) ? SAME_AS_DATA : document.department;
  if (context.lint) {
    entry.lint = runDocumentRules(document, context.lint.resolver, context.lint.config, context.lint.today);
    // Read while the body's tree is at hand; kept, so a warm run parses no body for its directives.
    entry.directives = document.directives();
    // Ten thousand Markdown trees kept to the end would take a gigabyte.
    document.releaseMarkdown();
  }
  // What later stages keep is the document as the cache would restore it: its data shared with the
  // schema's output, no YAML tree, and none of the views the document rules built (keyed by the
  // parsed document, they go with it). At 100,000 files those were half the memory.
  // A file without clean data keeps its parse: restoring would parse its YAML again.
  return { document: 'data' in entry ? restoreDocument(file, absolutePath, source, entry) : document, entry };
}

/** Rebuilds a document from a stored result without parsing its YAML or validating it again. */
export function restoreDocument(
  file: string,
  absolutePath: string,
  source: Extract<Source, { kind: 'ok' }>,
  entry: CachedFile,
): Document {
  const { document } = parseDocument(file, absolutePath, source.text, source.bom, {
    ...('data' in entry ? { data: entry.data } : {}),
    ...(entry.directives ? { directives: entry.directives } : {}),
  });
  const value = (stored: unknown) => (stored === SAME_AS_DATA ? entry.data : stored);
  if (entry.role !== undefined) document.role = value(entry.role) as Document['role'];
  if (entry.department !== undefined) document.department = value(entry.department) as Document['department'];
  return document;
}

/** Whether two plain values serialise to the same JSON (key order included), compared without serialising them. */
function sameJson(a: unknown, b: unknown): boolean {
  const stack: Array<[unknown, unknown]> = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') {
      // Numbers that JSON writes alike (NaN and null, -0 and 0) never come out of YAML data differently here.
      if (typeof x === 'number' && typeof y === 'number' && JSON.stringify(x) === JSON.stringify(y)) continue;
      return false;
    }
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    // Undefined values are left out of JSON: compare the keys JSON would write.
    const keysX = Object.keys(x).filter((key) => (x as Record<string, unknown>)[key] !== undefined);
    const keysY = Object.keys(y).filter((key) => (y as Record<string, unknown>)[key] !== undefined);
    if (keysX.length !== keysY.length) return false;
    for (let i = 0; i < keysX.length; i++) {
      if (keysX[i] !== keysY[i]) return false;
      stack.push([(x as Record<string, unknown>)[keysX[i]!], (y as Record<string, unknown>)[keysY[i]!]]);
    }
  }
  return true;
}
