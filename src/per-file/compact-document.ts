import type { Document } from '../parse/document.js';
import { createLineIndex, type LineIndex } from '../parse/line-index.js';
import { guardMarkdown, parseBody } from '../parse/parse-body.js';
import { composeYaml } from '../parse/parse-yaml.js';
import type { ReadDirectives } from '../parse/read-directives.js';

/**
 * The front-matter keys the organisation stage reads (duplicate ids, the graph, graph rules,
 * did-you-mean, key typos); any other key keeps its name with a null value. Nested: only these
 * parts of a map are kept.
 */
const GRAPH_KEYS: Readonly<Record<string, true | Readonly<Record<string, true | Readonly<Record<string, true>>>>>> = {
  id: true,
  kind: true,
  title: true,
  title_en: true,
  name: true,
  name_en: true,
  aliases: true,
  status: true,
  department: true,
  reports_to: true,
  job_level: true,
  headcount: true,
  headcount_cap: true,
  direct_reports: true,
  career_path: true,
  collaboration: { internal: true },
  requirements: { experience: { alternative: true, years: true } },
  parent: true,
  head: true,
};

/** Known keys of prose no organisation check reads: dropped outright (any other key keeps its name, for key-typo checks). */
const PROSE_KEYS = new Set([
  'purpose',
  'work_environment',
  'career_development',
  'owner',
  'version',
  'notes',
  'inferred',
]);

/** Texts read again for positions: a finding and its related location alternate between two files. */
const recent: Array<{ document: Document; text: string; lines: LineIndex }> = [];
const RECENT = 4;

/**
 * A document after the per-file stage of a check, holding only what the organisation stage needs:
 * the graph's facts from its front matter (strings copied out of the file's text) and its
 * directives. The text is not kept: the few files that get a finding read it again for its
 * position (`reread`), so a run over 100,000 files does not hold all of them to its end.
 */
export function compactDocument(document: Document, directives: ReadDirectives, reread: () => string): Document {
  const { file, absolutePath, bom, bodyOffset, frontMatter } = document;
  const { data, role, department, kept } = graphFacts(document, directives);
  const text = (): { text: string; lines: LineIndex } => {
    let hit = recent.find((entry) => entry.document === compact);
    if (!hit) {
      const read = reread();
      hit = { document: compact, text: read, lines: createLineIndex(read) };
      if (recent.unshift(hit) > RECENT) recent.pop();
    }
    return hit;
  };
  const body = () => text().text.slice(bodyOffset);
  const compact: Document = {
    file,
    absolutePath,
    bom,
    bodyOffset,
    get text() {
      return text().text;
    },
    get lines() {
      return text().lines;
    },
    get body() {
      return body();
    },
    markdown: () => {
      const markdown = body();
      return guardMarkdown(markdown) ? undefined : parseBody(markdown);
    },
    releaseMarkdown: () => undefined,
    directives: () => kept,
  };
  if (frontMatter) {
    const { offset } = frontMatter;
    const end = offset + frontMatter.source.length;
    compact.frontMatter = {
      get yaml() {
        return composeYaml(text().text.slice(offset, end));
      },
      offset,
      get source() {
        return text().text.slice(offset, end);
      },
      data,
    };
  }
  if (role) compact.role = role;
  if (department) compact.department = department;
  return compact;
}

/** The graph's part of the front matter and of the schema's output (made apart, so no closure above keeps the originals). */
function graphFacts(
  document: Document,
  directives: ReadDirectives,
): Pick<Document, 'role' | 'department'> & { data: unknown; kept: ReadDirectives } {
  const strings = new Map<string, string>();
  const facts = new Map<unknown, unknown>();
  const keep = (value: unknown) => compactValue(value, GRAPH_KEYS, strings, facts);
  return {
    data: keep(document.frontMatter?.data),
    role: document.role && (keep(document.role) as Document['role']),
    department: document.department && (keep(document.department) as Document['department']),
    // A directive's reason is a slice of the text too.
    kept: compactValue(directives, undefined, strings, facts) as ReadDirectives,
  };
}

/**
 * The graph's part of a front-matter value: maps keep the listed keys (others as null at the top
 * level), strings are copied flat (a string sliced from the file's text keeps the whole text alive).
 * `facts` maps each value to its compact form, so data and the schema's output that share objects still do.
 */
function compactValue(
  value: unknown,
  keys: Readonly<Record<string, unknown>> | undefined,
  strings: Map<string, string>,
  facts: Map<unknown, unknown>,
): unknown {
  if (typeof value === 'string') return flat(value, strings);
  if (value === null || typeof value !== 'object') return value;
  if (facts.has(value)) return facts.get(value);
  let result: unknown;
  if (Array.isArray(value)) result = value.map((item) => compactValue(item, undefined, strings, facts));
  else {
    const map: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const wanted = keys?.[key];
      if (keys && !wanted) {
        // Top-level names stay for key-typo checks; nested parts no rule reads go.
        if (keys === GRAPH_KEYS && !PROSE_KEYS.has(key)) map[flat(key, strings)] = null;
        continue;
      }
      map[flat(key, strings)] = compactValue(
        item,
        wanted === true ? undefined : (wanted as typeof keys),
        strings,
        facts,
      );
    }
    result = map;
  }
  facts.set(value, result);
  return result;
}

/** A copy of the string that refers to nothing else (V8 keeps a slice's whole parent alive). */
function flat(value: string, strings: Map<string, string>): string {
  // Short slices are copies already.
  if (value.length < 13) return value;
  let copy = strings.get(value);
  if (copy === undefined) {
    copy = Buffer.from(value, 'utf16le').toString('utf16le');
    strings.set(copy, copy);
  }
  return copy;
}
