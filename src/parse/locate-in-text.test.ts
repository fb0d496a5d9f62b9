import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { locateInText } from './locate-in-text.js';
import type { PathSegment } from './locate.js';
import { splitFrontMatter } from './split-front-matter.js';

/** What the careful parser's tree says of a path: key and scalar value ranges, or undefined when it is not there. */
function fromTree(yaml: string, at: readonly PathSegment[]) {
  let node: unknown = parseDocument(yaml).contents;
  let pair: Pair | undefined;
  for (const segment of at) {
    if (isMap(node)) {
      pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      pair = undefined;
      node = node.items[segment];
      if (node === undefined) return undefined;
    } else return undefined;
  }
  const range = (n: unknown) => (n as Node | null)?.range;
  const key = range(pair?.key);
  const value = range(node);
  return {
    collection: isMap(node) || isSeq(node),
    ...(key ? { key: [key[0], key[1]] } : {}),
    ...(value && value[1] > value[0] ? { value: [value[0], value[1]] } : {}),
  };
}

/** Every path of plain data, collections included. */
function pathsOf(data: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const found: PathSegment[][] = [];
  if (Array.isArray(data)) data.forEach((item, i) => found.push([...prefix, i], ...pathsOf(item, [...prefix, i])));
  else if (data !== null && typeof data === 'object')
    for (const [key, value] of Object.entries(data)) found.push([...prefix, key], ...pathsOf(value, [...prefix, key]));
  return found;
}

/** Checks every path of a YAML text (and a few that are not there); returns how many the text reader answered. */
function agreeOnEveryPath(yaml: string): { answered: number; total: number } {
  const data = parseDocument(yaml).toJS() as unknown;
  let answered = 0;
  const paths = [...pathsOf(data), ['missing'], ['requirements', 'missing'], ['career_path', 99]];
  for (const at of paths) {
    const quick = locateInText(yaml, at);
    if (quick === undefined) continue;
    answered++;
    const tree = fromTree(yaml, at);
    if (quick === null) expect(tree, `${at.join('.')} is there`).toBeUndefined();
    else {
      expect(tree?.collection, at.join('.')).toBe(false);
      expect(quick, at.join('.')).toEqual({
        ...(tree?.key ? { key: tree.key } : {}),
        ...(tree?.value ? { value: tree.value } : {}),
      });
    }
  }
  return { answered, total: paths.length };
}

describe('locateInText', () => {
  it('gives the careful parser’s ranges for every path of every bundled file, and answers nearly all itself', () => {
    const dir = path.join(import.meta.dirname, '..', '..', 'roles');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    let answered = 0;
    let total = 0;
    for (const file of files) {
      const split = splitFrontMatter(readFileSync(path.join(dir, file), 'utf8'));
      if (split.kind !== 'ok') continue;
      const counts = agreeOnEveryPath(split.yaml);
      answered += counts.answered;
      total += counts.total;
      // The paths graph rules report on are always read off the text.
      for (const key of ['id', 'job_level', 'reports_to', 'department', 'title'])
        if (new RegExp(`^${key}:`, 'm').test(split.yaml))
          expect(locateInText(split.yaml, [key]), `${file} ${key}`).toBeTruthy();
    }
    expect(answered / total).toBeGreaterThan(0.6);
  });

  it.each([
    ['plain values with comments', 'id: a # the id\ntitle: 主管\nempty:\nalso: # nothing\n'],
    ['quoted values', `a: "x \\" y" # c\nb: 'it''s'\nc: ''\n`],
    ['nested maps', 'requirements:\n  education:\n    minimum: 本科\n  experience:\n    years: 3\nstatus: draft\n'],
    ['lists of scalars', 'career_path:\n  - a\n  - b # c\ndirect_reports:\n- x\n- y\nnext: 1\n'],
    [
      'lists of maps',
      'notes:\n  - kind: source\n    text: 原文\n  - kind: inferred\n    about:\n      - purpose\n    text: 推定\n',
    ],
    ['an indented root', '  id: a\n  title: b\n'],
    ['a multi-line plain value', 'purpose: 第一行\n  第二行\nid: a\n'],
    ['block scalars', 'purpose: |\n  id: fake\n  more\nid: real\nfolded: >-\n  a\n'],
    ['flow collections', 'list: [a, b]\nmap: { a: 1 }\nid: x\nlong: [a,\n  b]\n'],
    ['a multi-line quoted value', 'purpose: "第一行\n  id: fake"\nid: real\n'],
    ['anchors and tags', 'a: &x 1\nb: !!str 2\nc: 3\n'],
    ['lists in lists and empty items', 'a:\n  - - x\n  -\n  - y\n'],
    ['keys with values like keys', 'a: b:c\nd: e # f: g\n'],
    ['a document of comments', '# nothing here\n'],
  ])('agrees with the careful parser on %s', (_name, yaml) => {
    agreeOnEveryPath(yaml);
  });

  it('steps aside for shapes it does not read', () => {
    expect(locateInText('purpose: |\n  x\n', ['purpose'])).toBeUndefined();
    expect(locateInText('list: [a, b]\n', ['list', 0])).toBeUndefined();
    expect(locateInText('a: "x\n  y"\n', ['a'])).toBeUndefined();
    expect(locateInText('a:\tb\n', ['a'])).toBeUndefined();
    expect(locateInText('"a": b\n', ['a'])).toBeUndefined();
  });
});
