import type { Root } from 'mdast';
import type { Document as YamlDocument } from 'yaml';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Localized } from '../i18n/t.js';
import type { Department, Role } from '../schema/role-schema.js';
import type { LineIndex } from './line-index.js';
import type { ReadDirectives } from './read-directives.js';

/** One role or department file, read once, split once, parsed once; every stage reads this. */
export interface Document {
  /** POSIX path relative to the working directory. */
  file: string;
  absolutePath: string;
  /** Decoded text without the byte-order mark; every offset refers to it. */
  text: string;
  bom: boolean;
  lines: LineIndex;
  frontMatter?: {
    yaml: YamlDocument.Parsed;
    /** Offset of the YAML text in `text`. */
    offset: number;
    /** The YAML text between the fences. */
    source: string;
    /** Plain data, when the YAML parsed cleanly. */
    data: unknown;
  };
  /** The Markdown after the front matter, and where it starts. */
  body: string;
  bodyOffset: number;
  /** The body's mdast (positions relative to the body), parsed on first use; undefined when it is unsafe to parse. */
  markdown(): Root | undefined;
  /** Lets go of the parsed body once the per-file rules are done; `markdown()` parses again if asked. */
  releaseMarkdown(): void;
  /** The body's `roles-…` comments, read on first use (kept by the cache, so a warm run parses no body for them). */
  directives(): ReadDirectives;
  /** Set once the front matter passed the schema. */
  role?: Role;
  department?: Department;
}

/** A diagnostic on a range of a document's text. */
export function diagnosticAt(
  document: Pick<Document, 'file' | 'lines'>,
  start: number,
  end: number,
  rule: string,
  text: Localized | string,
  severity: Severity = 'error',
): Diagnostic {
  const { messageId, data, message }: Partial<Localized> = typeof text === 'string' ? { message: text } : text;
  const from = document.lines.position(start);
  const to = document.lines.position(Math.max(end, start));
  return {
    file: document.file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    rule,
    severity,
    ...(messageId ? { messageId } : {}),
    ...(data ? { data } : {}),
    message: message,
  };
}
