import YAML, { isAlias, isMap, isScalar, isSeq, type Document as YamlDocument, type Node } from 'yaml';

/** A problem found while parsing front matter, with offsets into the YAML text. */
export interface YamlProblem {
  rule: 'yaml-syntax' | 'yaml-alias' | 'yaml-depth' | 'yaml-duplicate-key' | 'yaml-unsafe-key';
  message: string;
  start: number;
  end: number;
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
  const tooDeep = findFlowDepthOver(source, MAX_DEPTH);
  if (tooDeep !== -1) {
    return {
      document: undefined,
      data: undefined,
      problems: [
        {
          rule: 'yaml-depth',
          message: `Unexpected nesting deeper than ${MAX_DEPTH} levels, expected a flat role description`,
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
      message: duplicate
        ? `Unexpected duplicate key \`${key}\`, expected each key once per map`
        : syntaxMessage(error.message),
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
        : { ...first, message: `${first.message}; ${aliases.length - 1} more anchors or aliases follow` },
    );
  }
  const data: unknown = problems.length === 0 ? document.toJS({ maxAliasCount: 0 }) : undefined;
  return { document, data, problems };
}

/** The YAML document with source ranges; built lazily for files parsed the quick way. */
export function composeYaml(source: string): YamlDocument.Parsed {
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

function syntaxMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return `Invalid YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`;
}

function inspect(node: unknown, depth: number, problems: YamlProblem[], aliases: YamlProblem[]): void {
  if (node === null || node === undefined) return;
  const range = (node as Node).range ?? [0, 0];
  if (depth > MAX_DEPTH) {
    problems.push({
      rule: 'yaml-depth',
      message: `Unexpected nesting deeper than ${MAX_DEPTH} levels, expected a flat role description`,
      start: range[0],
      end: range[1],
    });
    return;
  }
  if (isAlias(node)) {
    aliases.push({
      rule: 'yaml-alias',
      message: `Unexpected YAML alias \`*${node.source}\`, expected the value written out (aliases are not allowed in role files)`,
      start: range[0],
      end: range[1],
    });
    return;
  }
  if ((node as Node).anchor) {
    aliases.push({
      rule: 'yaml-alias',
      message: `Unexpected YAML anchor \`&${(node as Node).anchor}\`, expected no anchors (aliases are not allowed in role files)`,
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
          message: `Unexpected key \`${String(pair.key.value)}\`, expected a field of the role format`,
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
