import type { Root } from 'mdast';
import type { Document as YamlDocument } from 'yaml';
import type { Diagnostic, Fix } from '../diagnostics/diagnostic.js';
import { localized, type Localized } from '../i18n/t.js';
import { diagnosticAt, type Document } from './document.js';
import { createLineIndex } from './line-index.js';
import { guardMarkdown, parseBody } from './parse-body.js';
import { composeYaml, parseYaml } from './parse-yaml.js';
import { readYamlQuickly } from './fast-yaml.js';
import { splitFrontMatter } from './split-front-matter.js';
import { readDirectives, type ReadDirectives } from './read-directives.js';
import { workCounts } from '../work-counts.js';

export interface ParsedDocument {
  document: Document;
  diagnostics: Diagnostic[];
}

/** What an earlier run learnt of the same text (the cache): the YAML is then not read again, nor the body for its directives. */
export interface KnownParse {
  /** The front matter's data, when the YAML parsed cleanly. */
  data?: unknown;
  directives?: ReadDirectives;
}

/**
 * Splits and parses one decoded file. Bad input becomes diagnostics, never an exception.
 * `known` is what the cache kept of the same text.
 */
export function parseDocument(
  file: string,
  absolutePath: string,
  text: string,
  bom: boolean,
  known?: KnownParse,
): ParsedDocument {
  if (!known || !('data' in known)) workCounts.fileParses++;
  const lines = createLineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const split = splitFrontMatter(text);
  const base = { file, absolutePath, text, bom, lines };
  const at = (start: number, end: number, rule: string, message: Localized, fix?: Fix) => {
    const diagnostic = diagnosticAt(base, start, end, rule, message);
    if (fix) diagnostic.fix = fix;
    diagnostics.push(diagnostic);
  };

  if (split.kind !== 'ok') {
    if (split.kind === 'missing') at(0, 0, 'front-matter-missing', localized('core.frontMatterMissing'));
    if (split.kind === 'unterminated') at(0, 3, 'front-matter-unterminated', localized('core.frontMatterUnterminated'));
    if (split.kind === 'language') {
      at(
        3,
        3 + split.language.length,
        'front-matter-language',
        localized('core.frontMatterLanguage', { language: split.language }),
      );
    }
    const document: Document = {
      ...base,
      body: text,
      bodyOffset: 0,
      ...lazyMarkdown(base, text, 0, diagnostics, known),
    };
    return { document, diagnostics };
  }

  const document: Document = {
    ...base,
    body: split.body,
    bodyOffset: split.bodyOffset,
    ...lazyMarkdown(base, split.body, split.bodyOffset, diagnostics, known),
  };
  const quick = known && 'data' in known ? known : readYamlQuickly(split.yaml);
  if (quick) {
    document.frontMatter = lazyFrontMatter(split.yaml, split.yamlOffset, quick.data);
    return { document, diagnostics };
  }
  const parsed = parseYaml(split.yaml);
  for (const problem of parsed.problems) {
    const fix = problem.fix && {
      range: [split.yamlOffset + problem.fix.range[0], split.yamlOffset + problem.fix.range[1]] as [number, number],
      text: problem.fix.text,
    };
    at(split.yamlOffset + problem.start, split.yamlOffset + problem.end, problem.rule, problem, fix);
  }
  if (parsed.document)
    document.frontMatter = { yaml: parsed.document, offset: split.yamlOffset, source: split.yaml, data: parsed.data };
  return { document, diagnostics };
}

/**
 * Front matter whose source positions are built on first use: only the few files that get a
 * diagnostic need them. Made apart from `parseDocument`, so the getter keeps nothing of the parse alive.
 */
function lazyFrontMatter(source: string, offset: number, data: unknown): NonNullable<Document['frontMatter']> {
  let yaml: YamlDocument.Parsed | undefined;
  return {
    get yaml() {
      return (yaml ??= composeYaml(source));
    },
    offset,
    source,
    data,
  };
}

/**
 * Parses the body on first use, or reports once why it will not; reads its directives on first
 * use. A body the cache knows is guarded only when it must be parsed after all.
 */
function lazyMarkdown(
  base: Pick<Document, 'file' | 'lines' | 'text'>,
  body: string,
  bodyOffset: number,
  diagnostics: Diagnostic[],
  known: KnownParse | undefined,
): Pick<Document, 'markdown' | 'releaseMarkdown' | 'directives'> {
  let guarded: boolean | undefined;
  const safe = () => {
    if (guarded !== undefined) return guarded;
    const guard = guardMarkdown(body);
    // The cache already holds the guard's diagnostic: report it on a fresh parse only.
    if (guard && !known)
      diagnostics.push(
        diagnosticAt(base, bodyOffset + guard.offset, bodyOffset + guard.offset, 'markdown-too-complex', guard),
      );
    return (guarded = guard === undefined);
  };
  if (!known) safe();
  let tree: Root | undefined;
  let directives = known?.directives;
  const markdown = () => (safe() ? (tree ??= parseBody(body)) : undefined);
  return {
    markdown,
    releaseMarkdown: () => {
      tree = undefined;
    },
    directives: () => (directives ??= readDirectives({ ...base, body, bodyOffset, markdown })),
  };
}
