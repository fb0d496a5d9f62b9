import { describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.js';
import { parseYaml } from './parse-yaml.js';

const rules = (source: string) => parseYaml(source).problems.map((p) => `${p.start}-${p.end} ${p.rule}`);

describe('parseYaml', () => {
  it('returns plain data for clean YAML, dates kept as text', () => {
    expect(parseYaml('id: a\nanalysis_date: 2022-02-01\nheadcount: 2\n')).toMatchObject({
      data: { id: 'a', analysis_date: '2022-02-01', headcount: 2 },
      problems: [],
    });
  });

  it('treats 1 and "1" as the same key', () => {
    expect(rules('1: a\n"1": b\n')).toEqual(['5-8 yaml-duplicate-key']);
  });

  it('refuses anchors and aliases once, without expanding them', () => {
    const result = parseYaml('a: &x [1]\nb: *x\nc: *x\n');
    expect(result.data).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toContain('2 more anchors or aliases follow');
  });

  it('refuses deep flow nesting before the recursive composer sees it', () => {
    expect(rules(`x: ${'['.repeat(100_000)}`)).toEqual(['35-36 yaml-depth']);
  });

  it('names prototype-polluting keys at the key', () => {
    expect(rules('__proto__: 1\na:\n  constructor: 2\n')).toEqual(['0-9 yaml-unsafe-key', '18-29 yaml-unsafe-key']);
  });

  it('reports syntax errors where they are', () => {
    const [problem] = parseYaml('a: [1, 2\nb: c\n').problems;
    expect(problem!.rule).toBe('yaml-syntax');
    expect(problem!.message).toMatch(/^Invalid YAML: /);
  });

  it('says why in Chinese under zh-CN, from the parser error code (the parser itself speaks English only)', () => {
    setLocale('zh-CN');
    const problems = parseYaml('a: 1\n\tb: 2\n').problems;
    expect(problems.map((problem) => [problem.messageId, problem.message])).toEqual([
      ['core.yamlSyntax', 'YAML 格式错误：用了 Tab 缩进，YAML 只能用空格缩进'],
    ]);
  });
});
