import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../test/check-files.js';
import { lintText } from '../../test/lint-text.js';
import type { GraphRule } from './rule.js';
import { placeholder } from './placeholder.js';
import { unusedDisable } from './unused-disable.js';
import { zeroWidthCharacter } from './zero-width-character.js';

/** A graph rule that reports line 1 of every file, to show that directives disable graph problems too. */
const everyFile: GraphRule = {
  id: 'every-file',
  kind: 'graph',
  description: { 'zh-CN': '测试', en: 'test' },
  defaultSeverity: 'error',
  messages: { file: { 'zh-CN': '文件', en: 'Unexpected file' } },
  check(graph, { report }) {
    for (const node of graph.roles.values()) report(node.document, { start: 0, end: 3, messageId: 'file' });
  },
};

const front = '---\nid: test\ntitle: 测试\ndepartment: center\njob_level: 专员\npurpose: 测试。\nstatus: draft\n---\n';
const rules = [placeholder, unusedDisable, zeroWidthCharacter];

describe('inline directives and unused-disable', () => {
  it('disables the next line, a range, and named or all rules', () => {
    const text = [
      '<!-- roles-disable-next-line placeholder -- 模板原文，保留 -->',
      'XXXX',
      'XXXX',
      '<!-- roles-disable -->',
      'XXXX',
      '<!-- roles-enable -->',
      'XXXX',
      '<!-- roles-disable placeholder, zero-width-character -->',
      'XX\u200b',
      '<!-- roles-enable zero-width-character -->',
      'XX\u200b',
      '',
    ].join('\n');
    expect(lintText(text, rules)).toEqual([
      'roles/test.md:3:1 placeholder Unexpected placeholder `XXXX`, expected the real text',
      'roles/test.md:7:1 placeholder Unexpected placeholder `XXXX`, expected the real text',
      'roles/test.md:11:3 zero-width-character Unexpected invisible U+200B ZERO WIDTH SPACE, expected no zero-width characters',
    ]);
  });

  it('disables a rule in the whole file, front matter included', () => {
    const text = '---\ntitle: XXXX\n---\n\n<!-- roles-disable-file placeholder -->\n\nXXXX\n';
    expect(lintText(text, rules)).toEqual([]);
  });

  it('keeps one named rule on inside a disable of every rule', () => {
    const text = '<!-- roles-disable -->\n<!-- roles-enable placeholder -->\nXX\u200b\n';
    expect(lintText(text, rules)).toEqual([
      'roles/test.md:3:1 placeholder Unexpected placeholder `XX`, expected the real text',
    ]);
  });

  it('ignores directives in code', () => {
    const text = '```\n<!-- roles-disable-file -->\n```\n\nXXXX\n';
    expect(lintText(text, rules)).toEqual([
      'roles/test.md:5:1 placeholder Unexpected placeholder `XXXX`, expected the real text',
    ]);
  });

  it('reports directives that disable nothing, unknown rules, misspelt keywords and lone enables', () => {
    const text = [
      '<!-- roles-disable-next-line placeholder, zero-width-character -->',
      'XXXX',
      '<!-- roles-disable-file placeholdr -->',
      '<!-- roles-disable-nextline -->',
      '<!-- roles-enable -->',
      '<!-- roles-disable-next-line -->',
      '正文。',
      '',
    ].join('\n');
    expect(lintText(text, rules)).toEqual([
      'roles/test.md:1:43 unused-disable Unexpected `roles-disable-next-line` of `zero-width-character` that disables nothing, expected a problem of `zero-width-character` on the next line (remove it)',
      'roles/test.md:3:25 unused-disable Unexpected unknown rule `placeholdr` in `roles-disable-file`, did you mean `placeholder`?',
      'roles/test.md:4:1 unused-disable Unexpected directive `roles-disable-nextline`, expected `roles-disable`, `roles-enable`, `roles-disable-next-line` or `roles-disable-file`',
      'roles/test.md:5:1 unused-disable Unexpected `roles-enable` that enables nothing, expected a `roles-disable` of the same rules before it',
      'roles/test.md:6:1 unused-disable Unexpected `roles-disable-next-line` that disables nothing, expected a problem on the next line (remove it)',
    ]);
  });

  it('judges a directive only by the rules that ran', () => {
    const text = '<!-- roles-disable-next-line every-file -->\n<!-- roles-disable-next-line -->\n正文。\n';
    // `roles lint` runs no graph rule: neither comment can be judged.
    expect(lintText(text, [placeholder, unusedDisable, everyFile], { kinds: new Set(['document']) })).toEqual([]);
    expect(lintText(text, [placeholder, unusedDisable, everyFile])).toEqual([
      'roles/test.md:1:30 unused-disable Unexpected `roles-disable-next-line` of `every-file` that disables nothing, expected a problem of `every-file` on the next line (remove it)',
      'roles/test.md:2:1 unused-disable Unexpected `roles-disable-next-line` that disables nothing, expected a problem on the next line (remove it)',
    ]);
  });

  it('disables graph problems, never parse or schema errors', () => {
    const kinds = new Set(['document', 'graph'] as const);
    const broken = '---\nid: broken\njob_level: 主任\n---\n';
    const without = checkFiles({ 'roles/test.md': front, 'roles/broken.md': broken }, { kinds });
    const ofTest = without.filter((line) => line.startsWith('roles/test.md'));
    // `department: center` names no department (a graph problem), and the file has no sections.
    expect(ofTest.some((line) => line.includes(' reference-exists '))).toBe(true);
    expect(ofTest.some((line) => line.includes(' required-section '))).toBe(true);
    const disabled = checkFiles(
      {
        'roles/test.md': `${front}\n<!-- roles-disable-file -->\n`,
        'roles/broken.md': `${broken}\n<!-- roles-disable-file -->\n`,
      },
      { kinds },
    );
    expect(disabled.filter((line) => line.startsWith('roles/test.md'))).toEqual([]);
    const schema = (lines: string[]) =>
      lines.filter((line) => line.startsWith('roles/broken.md') && line.includes(' schema-'));
    expect(schema(disabled)).not.toEqual([]);
    expect(schema(disabled)).toEqual(schema(without));
  });
});
