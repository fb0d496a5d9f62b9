import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readYamlQuickly } from './fast-yaml.js';
import { parseYaml } from './parse-yaml.js';
import { splitFrontMatter } from './split-front-matter.js';
import { propertyRuns } from '../../test/property-runs.js';

const SAMPLES = [
  'id: a\ntitle: 产品支撑主管\nheadcount: 3\nversion: 1.5\n',
  'analysis_date: 2022-02\ndate2: 2022-02-01\nflag: true\nyes: no\nnothing: ~\nempty:\n',
  'hex: 0x1F\noctal: 0o17\nexp: 1e3\nneg: -12\nplus: +12\ninf: .inf\nnan: .nan\ntext: "1"\n',
  'list: [a, b, "c d"]\nmap: { min: 8, max: 12 }\nblock:\n  - 负责售前技术方案审核\n  - 负责制定客户解决方案\n',
  "purpose: |\n  为重点客户提供技术支撑，\n  理顺维护流程。\nfolded: >\n  a\n  b\n# comment\nquoted: 'it''s'\n",
  'requirements:\n  education: { minimum: 本科 }\n  experience:\n    years: 3\n    alternative: { level: 主办, years: 2 }\n',
  'title_en: Government & Enterprise (Embedded O&M)\nnote: 5*8 小时, 注意!\n',
];

describe('readYamlQuickly', () => {
  it.each(SAMPLES)('reads the same data as the careful parser: %s', (source) => {
    expect(readYamlQuickly(source)).toEqual({ data: parseYaml(source).data });
  });

  it('reads every bundled role file the same way as the careful parser', () => {
    const dir = path.join(import.meta.dirname, '..', '..', 'roles');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const split = splitFrontMatter(readFileSync(path.join(dir, file), 'utf8'));
      if (split.kind !== 'ok') continue;
      const quick = readYamlQuickly(split.yaml);
      if (quick) expect(quick.data, file).toEqual(parseYaml(split.yaml).data);
    }
  });

  it.each([
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['an alias in a list', 'a: &x 1\nb:\n  - *x\n'],
    ['an alias in a flow list', 'a: &x 1\nb: [c,*x]\n'],
    ['an anchor on a line of its own', 'a:\n  &x\n  b: 1\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a local tag', 'a: {b: !x 1}\n'],
    ['a merge key', 'a: { <<: {} }\n'],
    ['a prototype key', '__proto__: 1\n'],
    ['a duplicate key', '1: a\n"1": b\n'],
    ['a syntax error', 'a: [1\n'],
    ['deep nesting', `a: ${'['.repeat(40)}${']'.repeat(40)}\n`],
  ])('leaves %s to the careful parser', (_name, source) => {
    expect(readYamlQuickly(source)).toBeUndefined();
  });
});

/** The fast path's answer is the careful parser's, or none (then the careful parser runs). */
function agrees(source: string): boolean {
  const quick = readYamlQuickly(source);
  if (!quick) return true;
  const careful = parseYaml(source);
  return careful.problems.length === 0 && isDeepStrictEqual(quick.data, careful.data);
}

describe('one meaning for YAML (issue #10, item 7)', () => {
  // YAML 1.2 core, as the careful parser reads it: `0b11`, `1_000`, `-0x1`, dates and times stay text.
  it.each([
    ['headcount: 0b11', '0b11'],
    ['headcount: 0o17', 15],
    ['headcount: -0o7', '-0o7'],
    ['headcount: 0x1F', 31],
    ['headcount: -0x1', '-0x1'],
    ['headcount: 1_000', '1_000'],
    ['headcount: +12', 12],
    ['headcount: 012', 12],
    ['headcount: +.5', 0.5],
    ['headcount: 1.', 1],
    ['headcount: .inf', Infinity],
    ['headcount: -.Inf', -Infinity],
    ['headcount: .NaN', NaN],
    ['headcount: 2022-02-01', '2022-02-01'],
    ['headcount: 12:30', '12:30'],
    ['headcount: yes', 'yes'],
    ['headcount: True', true],
    ['headcount: Null', null],
  ])('`%s` means %s on both paths', (source, value) => {
    expect(readYamlQuickly(`${source}\n`)).toEqual({ data: { headcount: value } });
    expect(parseYaml(`${source}\n`).data).toEqual({ headcount: value });
  });

  it('gives `headcount: 0b11` one meaning whatever else the file holds (before: 3, or text with a `&` in a comment)', () => {
    const plain = 'headcount: 0b11\n';
    const withAmpersand = 'headcount: 0b11 # Government & Enterprise\n';
    expect(readYamlQuickly(plain)?.data).toEqual(parseYaml(withAmpersand).data);
    // A `&` that is no anchor keeps the fast path.
    expect(readYamlQuickly('name_en: Government & Enterprise\n')).toEqual({
      data: { name_en: 'Government & Enterprise' },
    });
  });

  const chars = fc.constantFrom(
    ...['a', '1', '0', '.', '_', '-', '+', ' ', '\t', ':', '#', '"', "'", '\\', '[', ']', '{', '}', ','],
    ...['x', 'e', 'o', 'b', '中', '\n', '\r', '|', '>', '?', '%', '@', '`', '~', '&', '!', '*', '- ', ': '],
  );
  const scalar = fc.constantFrom(
    ...['0b11', '0o17', '-0o7', '0x1F', '-0x1', '+.5', '.5', '.inf', '-.inf', '.NaN', '1_000', '1e3', '+12', '-0'],
    ...['012', '1.', '2022-02-01', '2022-02-01T10:00:00Z', '12:30', '~', 'null', 'Null', 'TRUE', 'yes', 'on', ''],
    ...['"a b"', "'a'", "'it''s'", '"\\x41"', '"\\/"', '"a\\\nb"', '[a, b]', '{a: 1}', '{a}', '[]', 'a # c', 'a#b'],
    ...['a: b', '|\n    x\n  # c\n    y', '>\n    x\n\n    y', '|-\n    x', '|1\n x', '&a 1', '*a', '!!str 1', '! 1'],
  );
  const key = fc.constantFrom('a', 'b', 'id', '1', '"k"', 'x y', '中文', 'null', '~', '[a]', '? a', '{a: 1}', '-a');
  const tree = fc.letrec<{ map: string; seq: string; value: string }>((tie) => ({
    map: fc
      .array(fc.tuple(key, tie('value')), { minLength: 1, maxLength: 3 })
      .map((pairs) => pairs.map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`).join('\n')),
    seq: fc
      .array(tie('value'), { minLength: 1, maxLength: 3 })
      .map((items) => items.map((v) => `-${v.startsWith('\n') ? '' : ' '}${v}`).join('\n')),
    value: fc.oneof(
      { depthSize: 'small' },
      scalar,
      fc.string({ unit: chars, maxLength: 6 }),
      tie('map').map((m) => `\n${m.replace(/^/gm, '  ')}`),
      tie('seq').map((s) => `\n${s.replace(/^/gm, '  ')}`),
      tie('seq').map((s) => `\n${s}`),
    ),
  }));

  it('agrees with the careful parser or falls back, on unrestricted text', () => {
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 60 }), agrees), {
      numRuns: propertyRuns(3000),
      seed: 10,
    });
  });

  it('agrees with the careful parser or falls back, on front-matter-shaped YAML with every number form', () => {
    fc.assert(
      fc.property(
        tree.map.map((m) => `${m}\n`),
        agrees,
      ),
      { numRuns: propertyRuns(3000), seed: 11 },
    );
  });
});
