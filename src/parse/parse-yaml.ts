import { localized, t, type Localized } from '../i18n/t.js';
import { workCounts } from '../work-counts.js';
import { getLocale } from '../i18n/locale.js';
import { yamlMessages } from '../i18n/messages/yaml.js';
import YAML, { isAlias, isMap, isScalar, isSeq, type Document as YamlDocument, type Node } from 'yaml';

/** A problem found while parsing front matter, with offsets into the YAML text. */
export interface YamlProblem extends Localized {
  rule: 'yaml-syntax' | 'yaml-alias' | 'yaml-depth' | 'yaml-duplicate-key' | 'yaml-unsafe-key';
  start: number;
  end: number;
  /** A replacement in the YAML text (offsets into it). */
  fix?: { range: [number, number]; text: string };
}

export interface ParsedYaml {
  /** The YAML document with source ranges, for locating values later. */
  document: YamlDocument.Parsed | undefined;
  /** Plain data, present only when the YAML parsed without problems. */
  data: unknown;
  problems: YamlProblem[];
}

/** Role files need no deeper structure than a few levels; anything deeper is an attack or a mistake. */
export const MAX_DEPTH = 32;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses front matter safely: no aliases, no evaluation, bounded depth, strict unique keys. */
export function parseYaml(source: string): ParsedYaml {
  const colons = findFullwidthColons(source);
  if (colons.length > 0) return parseWithColonsRepaired(source, colons);
  const tooDeep = findFlowDepthOver(source, MAX_DEPTH);
  if (tooDeep !== -1) {
    return {
      document: undefined,
      data: undefined,
      problems: [
        {
          rule: 'yaml-depth',
          ...localized('core.yamlDepth', { max: MAX_DEPTH }),
          start: tooDeep,
          end: tooDeep + 1,
        },
      ],
    };
  }
  const document = composeYaml(source);
  const problems: YamlProblem[] = [];
  for (const error of [...document.errors, ...document.warnings]) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    const key = duplicate ? /^[^:\n]*/.exec(source.slice(error.pos[0]))![0].trim() : '';
    problems.push({
      rule: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      ...(duplicate ? localized('core.yamlDuplicateKey', { key }) : syntaxMessage(error.code, error.message)),
      start: error.pos[0],
      end: duplicate ? error.pos[0] + key.length : Math.max(error.pos[1], error.pos[0] + 1),
    });
  }
  const aliases: YamlProblem[] = [];
  inspect(document.contents, 0, problems, aliases);
  // One alias is enough to refuse the file; listing a bomb's thousands helps no one.
  if (aliases.length > 0) {
    const first = aliases[0]!;
    problems.push(
      aliases.length === 1
        ? first
        : { ...first, message: t('core.yamlAliasMore', { first: first.message, more: aliases.length - 1 }) },
    );
  }
  const data: unknown = problems.length === 0 ? document.toJS({ maxAliasCount: 0 }) : undefined;
  return { document, data, problems };
}

/** The YAML document with source ranges; built lazily for files parsed the quick way. */
export function composeYaml(source: string): YamlDocument.Parsed {
  workCounts.carefulYaml++;
  return YAML.parseDocument(source, {
    version: '1.2',
    schema: 'core',
    merge: false,
    prettyErrors: false,
    strict: true,
    // `1` and "1" are the same key once data reaches JavaScript objects.
    uniqueKeys: (a, b) => keyText(a) === keyText(b),
  });
}

function keyText(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}

function syntaxMessage(code: string, message: string): Localized {
  const firstLine = message.split('\n')[0] ?? message;
  const known = `yaml.${code}`;
  // The parser words its errors in English only: Chinese readers get the catalogue's words for the code.
  const detail =
    getLocale() === 'zh-CN' && Object.hasOwn(yamlMessages, known)
      ? t(known as keyof typeof yamlMessages)
      : firstLine.replace(/ at line \d+, column \d+:?$/, '');
  return localized('core.yamlSyntax', { detail });
}

/** A key typed with a Chinese input method: `purpose：…` (ASCII key, then a full-width colon). */
const FULLWIDTH_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*：/gm;

interface FullwidthColon {
  key: string;
  /** Offset of `：` in the YAML text. */
  at: number;
  /** Whether a space already follows it. */
  spaced: boolean;
}

function findFullwidthColons(source: string): FullwidthColon[] {
  if (!source.includes('：')) return [];
  const found: FullwidthColon[] = [];
  for (const match of source.matchAll(FULLWIDTH_COLON)) {
    const at = match.index + match[0].length - 1;
    found.push({ key: match[2]!, at, spaced: /[ \t\n]/.test(source[at + 1] ?? '\n') });
  }
  return found;
}

/**
 * Reports each full-width colon after a key, with a fix, then reads the YAML as if it had been
 * typed right, so the rest of the file is still checked. Positions are mapped back to the text as written.
 */
function parseWithColonsRepaired(source: string, colons: FullwidthColon[]): ParsedYaml {
  let repaired = '';
  let from = 0;
  // Offsets (in the repaired text) of each space inserted after a colon, in order.
  const inserted: number[] = [];
  for (const colon of colons) {
    repaired += `${source.slice(from, colon.at)}:`;
    if (!colon.spaced) {
      inserted.push(repaired.length);
      repaired += ' ';
    }
    from = colon.at + 1;
  }
  repaired += source.slice(from);
  const back = (offset: number) => {
    let shift = 0;
    while (shift < inserted.length && inserted[shift]! < offset) shift++;
    return offset - shift;
  };
  const parsed = parseYaml(repaired);
  if (parsed.document)
    YAML.visit(parsed.document, (_key, node) => {
      const withRange = node as { range?: [number, number, number] | null };
      if (withRange.range) withRange.range = withRange.range.map(back) as [number, number, number];
    });
  const problems: YamlProblem[] = [
    ...colons.map((colon) => ({
      rule: 'yaml-syntax' as const,
      ...localized('core.fullwidthColon', { key: colon.key }),
      start: colon.at,
      end: colon.at + 1,
      fix: { range: [colon.at, colon.at + 1] as [number, number], text: colon.spaced ? ':' : ': ' },
    })),
    ...parsed.problems.map((problem) => ({ ...problem, start: back(problem.start), end: back(problem.end) })),
  ];
  // The file is still wrong, but what it says can be checked: the data read as it was meant.
  return { document: parsed.document, data: parsed.problems.length === 0 ? parsed.data : undefined, problems };
}

function inspect(node: unknown, depth: number, problems: YamlProblem[], aliases: YamlProblem[]): void {
  if (node === null || node === undefined) return;
  const range = (node as Node).range ?? [0, 0];
  if (depth > MAX_DEPTH) {
    problems.push({
      rule: 'yaml-depth',
      ...localized('core.yamlDepth', { max: MAX_DEPTH }),
      start: range[0],
      end: range[1],
    });
    return;
  }
  if (isAlias(node)) {
    aliases.push({
      rule: 'yaml-alias',
      ...localized('core.yamlAlias', { name: node.source }),
      start: range[0],
      end: range[1],
    });
    return;
  }
  if ((node as Node).anchor) {
    aliases.push({
      rule: 'yaml-alias',
      ...localized('core.yamlAnchor', { name: (node as Node).anchor! }),
      start: range[0],
      end: range[1],
    });
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && UNSAFE_KEYS.has(String(pair.key.value))) {
        const keyRange = pair.key.range ?? range;
        problems.push({
          rule: 'yaml-unsafe-key',
          ...localized('core.yamlUnsafeKey', { key: String(pair.key.value) }),
          start: keyRange[0],
          end: keyRange[1],
        });
      } else if (!isScalar(pair.key) && pair.key !== null) {
        inspect(pair.key, depth + 1, problems, aliases);
      }
      inspect(pair.value, depth + 1, problems, aliases);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) inspect(item, depth + 1, problems, aliases);
  }
}

/** Finds where flow brackets nest deeper than `limit`, before the recursive composer sees them. */
export function findFlowDepthOver(source: string, limit: number): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\n') quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return -1;
}
