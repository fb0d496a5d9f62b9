import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlQuickly } from './fast-yaml.js';
import { parseYaml } from './parse-yaml.js';
import { splitFrontMatter } from './split-front-matter.js';

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
