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

export interface ParsedDocument {
  document: Document;
  diagnostics: Diagnostic[];
}

/**
 * Splits and parses one decoded file. Bad input becomes diagnostics, never an exception.
 * `knownData` is the front matter's data from the cache: the YAML is then not read again.
 */
export function parseDocument(
  file: string,
  absolutePath: string,
  text: string,
  bom: boolean,
  knownData?: { data: unknown },
): ParsedDocument {
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
    return {
      document: { ...base, body: text, bodyOffset: 0, ...lazyMarkdown(base, text, 0, diagnostics) },
      diagnostics,
    };
  }

  const document: Document = {
    ...base,
    body: split.body,
    bodyOffset: split.bodyOffset,
    ...lazyMarkdown(base, split.body, split.bodyOffset, diagnostics),
  };
  const quick = knownData ?? readYamlQuickly(split.yaml);
  if (quick) {
    // Source positions are only needed for the few files that get a diagnostic: build them then.
    let yaml: YamlDocument.Parsed | undefined;
    document.frontMatter = {
      get yaml() {
        return (yaml ??= composeYaml(split.yaml));
      },
      offset: split.yamlOffset,
      data: quick.data,
    };
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
  if (parsed.document) document.frontMatter = { yaml: parsed.document, offset: split.yamlOffset, data: parsed.data };
  return { document, diagnostics };
}

/** Parses the body on first use, or reports once why it will not. */
function lazyMarkdown(
  base: Pick<Document, 'file' | 'lines'>,
  body: string,
  bodyOffset: number,
  diagnostics: Diagnostic[],
): Pick<Document, 'markdown' | 'releaseMarkdown'> {
  const guard = guardMarkdown(body);
  if (guard) {
    diagnostics.push(
      diagnosticAt(base, bodyOffset + guard.offset, bodyOffset + guard.offset, 'markdown-too-complex', guard),
    );
    return { markdown: () => undefined, releaseMarkdown: () => undefined };
  }
  let tree: Root | undefined;
  return {
    markdown: () => (tree ??= parseBody(body)),
    releaseMarkdown: () => {
      tree = undefined;
    },
  };
}
