import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownItToMdast, tryMarkdownItToMdast } from './markdown-it-to-mdast.js';
import { guardMarkdown } from './parse-body.js';
import { splitFrontMatter } from './split-front-matter.js';
import { propertyRuns } from '../../test/property-runs.js';

/** The reference: what the linter has always parsed bodies with. Trees are compared whole, positions and all. */
const remark = unified().use(remarkParse);
const reference = (body: string) => remark.parse(body);

/**
 * `toStrictEqual`, asked only when Node's strict deep equality (as strict on plain trees: same
 * prototypes, same keys, `undefined` values and holes included) finds a difference, to describe
 * it: on the hundreds of equal trees here, vitest's comparison cost more than the converter.
 */
function expectTree(actual: unknown, expected: unknown, name?: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, name).toStrictEqual(expected);
}

/** The fast path must both apply and agree exactly. */
function expectFastAndEqual(body: string, name = JSON.stringify(body)): void {
  const fast = tryMarkdownItToMdast(body);
  expect(fast, `fast path refused ${name}`).toBeDefined();
  expectTree(fast, reference(body), name);
}

const ROOT = path.join(import.meta.dirname, '..', '..');

/** Bodies of every Markdown file under `dir` that the linter would parse (symbolic links, which fixtures loop with, left out). */
function bodiesUnder(dir: string, found: Array<[string, string]> = []): Array<[string, string]> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) bodiesUnder(file, found);
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const split = splitFrontMatter(readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
    if (split.kind !== 'ok' || guardMarkdown(split.body)) continue;
    found.push([path.relative(ROOT, file), split.body]);
  }
  return found.sort(([a], [b]) => a.localeCompare(b));
}

describe('markdownItToMdast', () => {
  it('gives a tree with the root spanning the whole body, empty or not', () => {
    expect(markdownItToMdast('')).toStrictEqual({
      type: 'root',
      children: [],
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    });
    const tree = markdownItToMdast('## 职责\n\n1. 负责`ICT`项目。\n');
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'list']);
    expect(tree.position?.end).toEqual({ line: 4, column: 1, offset: 21 });
  });

  const tricky: Record<string, string> = {
    'ATX headings, closing sequences, trailing blanks':
      '# 标题 #  \n##   二级 ##\n###### 六级\n#\n## a #b\n### \\#转义\n',
    'setext headings': '标题\n===\n多行  \n标题\n---  \n',
    'paragraphs joined over soft breaks': '第一行，\n   第二行；  \n第三行\t\n第四行。',
    'hard breaks, by spaces and by backslash': '甲  \n乙\\\n丙   \n丁',
    'trailing blanks with a tab are a soft break': 'a\t  \nb',
    'ordered lists: start, nesting, tight': '3. 负责甲。\n4. 负责乙。\n   - 子项一\n   - 子项二\n5. 负责丙。\n',
    'loose lists: blank line between items or children': '1. 甲\n\n2. 乙\n\n   续段\n3. 丙\n',
    'bullet markers and empty items': '- a\n-\n- \n* b\n+ c\n',
    'an item starting with a blank line': '-\n  甲\n- 乙',
    'nested lists closing at a blank line': '- a\n  - b\n\n- c\n- d\n  - e\n\n  f\n',
    'block quotes, lazy lines, empty quote lines': '> 注：需要出差。\n继续\n>\n> - 列表\n\n> 另一段\n',
    'fenced code with info and meta': '```js  title="a b" \nconst a = 1;\n\n  ```\n~~~\n~~~\n````\n```\n````\n',
    'indented code, blank lines inside': '    第一行\n      第二行  \n\n    第三行\n\n段落\n',
    'HTML blocks and comments': '<!-- roles-disable placeholder -->\n\n  <div>\n  内容\n\n<!--\n多行\n-->\n<br>\n',
    'inline HTML and comments': '负责<b>加粗</b>与<!-- 说明 -->注释，<span class="x">标签</span>。',
    'inline code, padding, longer fences': '用 `code`、`` a`b ``、` x `、`  ` 和 ``` `` ```。',
    'emphasis and strong, with CJK punctuation': '**加粗**。*强调*，**（括号）**，中**文**字，***三重***，**a*b*c**',
    'rule of three and underscores': '*foo**bar**baz* __a_b_c__ a_b_c _a*b_c* ***x** y*',
    'links, autolinks, titles':
      '见[制度](https://example.com/a?b=1&c=2 "标题")与[空]()、[尖](<a b> \'t\')，<https://a.b/c> <a@b.co>。',
    'images with inline alt text': '![图 *一* `二` &amp;](u.png "t") ![](v)',
    'escapes and entities decode, positions cover the source':
      '\\*不是强调\\* &amp; &copy; &#x4e2d; &#20013; &#0; &bogus; \\中 \\',
    'entities and escapes in URLs, titles and info strings':
      '[a](u\\)v&amp;w "t&quot;\\"") \n\n```a&amp;b c&#0;\n```\n',
    'full-width and Unicode blanks are text': '　　缩进的段落。\u00a0\n末尾\u3000',
    'thematic breaks': '***\n - - -\n___  \n',
    'pipe tables stay paragraphs': '| 指标 | 权重 |\n| --- | --- |\n| 满意度 | 30% |\n',
    'astral characters next to delimiters': 'a**😀**b 😀**a**b',
    'continuation lines of links, code and HTML': "[a\nb](u 't\n   2') `a\nb` <!-- a\nb -->",
    'deep nesting': '> > > - 1. - > 深\n',
    'a body without a final newline and with trailing blank lines': '段落\n\n\n',
    'CRLF line endings, kept in values':
      '## 职责\r\n\r\n1. 负责`a\r\nb`，\r\n   续行  \r\n   末行\r\n\r\n```\r\nx\r\n```\r\n<!--\r\n注\r\n-->\r\n',
    'a lone tag after a lazy line that is not only the tag': '- ，\n</b>ICT\n> *负责*\n',
  };
  for (const [name, body] of Object.entries(tricky)) {
    it(`matches remark: ${name}`, () => expectFastAndEqual(body));
  }

  /*
   * Where micromark departs from CommonMark, or markdown-it from micromark, in ways the token
   * stream cannot reveal, the converter declines and remark-parse parses the body instead.
   * Each entry is a construct job descriptions do not use; the fallback keeps the tree exact.
   */
  const declined: Record<string, string> = {
    'mixed line endings (markdown-it normalises them, shifting offsets)': '甲\r\n乙\n丙\r丁',
    'a reference to a line ending in a CRLF body': '甲&#10;\r\n乙',
    'a leading byte order mark (micromark drops it)': '\ufeff段落',
    'link reference definitions': '[制度]: https://example.com\n\n见[制度]。',
    'an unclosed fence (micromark ends it irregularly)': '```\n代码\n\n',
    'an unterminated HTML comment': '<!-- 未结束\n\n段落',
    'tabs among container markers': '-\tfoo\n>\tbar',
    'a list closed by a `>`-only line (micromark extends the list)': '> - a\n>\n> b',
    'an empty item right after a paragraph line in a new quote (micromark refuses it)': '段落\n> - \n',
    'an ordered list not at 1 right after indented code (micromark refuses it)': '    code\n2. 项',
    'a code span micromark finds past an unclosed `[`': '[a`\nb `c`',
    'HTML on a lazy line (micromark ends the quote)': '> 甲\n<b>',
    'a tag with a no-break space (markdown-it takes any `\\s`)': '<a\u00a0b> x',
    'a `>` indented four columns inside a quote (markdown-it takes it as a marker)': '> a\n     > b',
    'a node ending at a line ending after micromark looked ahead': '> a`\n> *b*',
    'an emphasis marker next to the other kind (micromark versions differ)': '*a_*b \\**c**',
    'an indented blank line after indented code (micromark keeps it)': '    code\n    \nb',
    'a quote line of just `>` closing a nested quote': '> > a\n>\n',
    'markdown-it nesting limit': `${'> '.repeat(30)}${'- '.repeat(50)}深`,
  };
  for (const [name, body] of Object.entries(declined)) {
    it(`falls back to remark-parse: ${name}`, () => {
      expect(tryMarkdownItToMdast(body)).toBeUndefined();
      expectTree(markdownItToMdast(body), reference(body));
    });
  }

  it('matches remark on every body in roles/ and test/fixtures/', () => {
    const bodies = [...bodiesUnder(path.join(ROOT, 'roles')), ...bodiesUnder(path.join(ROOT, 'test', 'fixtures'))];
    expect(bodies.length).toBeGreaterThan(40);
    for (const [file, body] of bodies) expectFastAndEqual(body, file);
  });

  describe('on a generated organisation', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roles-md-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('takes the fast path on all 200 bodies, and matches remark on every shape of line among them', async () => {
      // bench/generate.mjs has no type declarations; a computed specifier keeps the compiler out of it.
      const generator = new URL('../../bench/generate.mjs', import.meta.url).href;
      const { generate } = (await import(generator)) as { generate: (dir: string, count: number) => unknown };
      generate(dir, 200);
      const bodies = bodiesUnder(dir);
      expect(bodies.length).toBeGreaterThanOrEqual(200);
      // The generator fills one template with words: its 232 bodies have 20 shapes of line (runs of
      // ideographs and of digits aside), none with a character that starts inline Markdown. Each body
      // is compared with remark (the slow part) when it has a line, or two lines in a row, of a shape
      // no earlier body had: 35 of the 232 today, every shape and every pair of neighbours among them.
      const seen = new Set<string>();
      let compared = 0;
      for (const [file, body] of bodies) {
        const lines = body.split('\n').map((line) => line.replace(/\p{Script=Han}+/gu, '字').replace(/\d+/g, '0'));
        const shapes = lines.map((line, i) => (i === 0 ? line : `${lines[i - 1]}\n${line}`)).concat(lines);
        const fresh = shapes.filter((shape) => !seen.has(shape));
        for (const shape of fresh) seen.add(shape);
        if (fresh.length > 0) {
          expectFastAndEqual(body, path.basename(file));
          compared++;
        } else expect(tryMarkdownItToMdast(body), `fast path refused ${path.basename(file)}`).toBeDefined();
      }
      expect(compared).toBeGreaterThan(10);
    });
  });

  it('keeps emphasis markers at the edges of an image label as remark does (rule of three)', () => {
    for (const body of ['![__&_]()', '![**&*]()', '![x **&*]()', '![ __&_]()', '![a ![**&*]() *b*]()', '![_&_]()'])
      expectFastAndEqual(body);
  });

  it('depends on an exact markdown-it release (it reads its tokens and wraps its rules)', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of ['markdown-it', 'js-yaml', 'yaml'])
      expect(manifest.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('declines what might be a definition, even one markdown-it does not take', () => {
    expect(tryMarkdownItToMdast('[a]: u](u) (b](u)')).toBeUndefined();
  });

  it('agrees with remark or declines, on unrestricted Markdown (lone `*`, `_`, backticks, backslashes, images, tabs, definitions)', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyMarkdown, maxLength: 20 }), (body) => {
        const fast = tryMarkdownItToMdast(body);
        if (fast) expectTree(fast, reference(body), JSON.stringify(body));
      }),
      { numRuns: propertyRuns(750), seed: 10 },
    );
  });

  it('matches remark on arbitrary job-description Markdown', () => {
    fc.assert(
      fc.property(jobDescription, (body) => {
        expectFastAndEqual(body);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});

/** Pieces of any Markdown at all, weighted towards what makes parsers disagree. */
const anyMarkdown = fc.constantFrom(
  ...['![', ']()', '](u)', '*', '_', '**', '__', '`', '\\', '!', '[', ']', '(', ')', '<', '>', '&', ';', '#', '-'],
  ...['+', '1', '.', ' ', '  ', '\t', '\n', '\n\n', '|', ':', '"', "'", '~', '=', '&amp;', '    ', '> ', '- ', '1. '],
  ...['[a]: u', '\r\n', '<b>', '<!--', '-->', 'http://x', 'a', 'b', '中', '，', '。', '😀'],
);

const cjk = fc.constantFrom(
  '负责',
  '政企客户',
  '售前技术方案',
  '业务开通',
  '进度',
  '网络数据配置',
  '满意度',
  '工单',
  '岗位',
  '职责',
);
const punctuation = fc.constantFrom(
  '，',
  '。',
  '；',
  '：',
  '、',
  '（',
  '）',
  '“',
  '”',
  '！',
  '？',
  '《',
  '》',
  '……',
  '——',
  '　',
);
// Lone `*`, `_`, backticks and backslashes are left out here: next to the fragments below they make
// constructs the converter declines on purpose (see above). The unrestricted property above has them.
const ascii = fc.constantFrom(
  'ICT',
  'IT',
  'KPI',
  '5G',
  'a',
  'OA系统',
  '8:00–17:30',
  '100%',
  ' ',
  '  ',
  '-',
  '+',
  '#',
  '|',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '&',
  '!',
);
const inline = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: cjk },
      { weight: 4, arbitrary: punctuation },
      { weight: 3, arbitrary: ascii },
      { weight: 1, arbitrary: cjk.map((text) => `\`${text}\``) },
      { weight: 1, arbitrary: cjk.map((text) => `**${text}**`) },
      { weight: 1, arbitrary: cjk.map((text) => `*${text}*`) },
      { weight: 1, arbitrary: cjk.map((text) => `[${text}](https://example.com/${text.length} "${text}")`) },
      { weight: 1, arbitrary: cjk.map((text) => `<!-- ${text} -->`) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '&amp;',
          '&#x4e2d;',
          '\\*注',
          '\\_注',
          '<b>重点</b>',
          '<https://a.b>',
          '  \n工单',
          '\n工单',
        ),
      },
    ),
    { maxLength: 12 },
  )
  // Starting with a word keeps a list item's text from opening another item or heading.
  .chain((parts) => cjk.map((first) => first + parts.join('')));
const block = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), inline).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  },
  { weight: 3, arbitrary: inline },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.tuple(inline, fc.boolean(), inline), { minLength: 1, maxLength: 5 })
      .map((items) =>
        items.map(([text, nested, sub], index) => `${index + 1}. ${text}${nested ? `\n   - ${sub}` : ''}`).join('\n'),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(inline, { minLength: 1, maxLength: 4 })
      .map((items) => items.map((text) => `- ${text}`).join('\n')),
  },
  { weight: 1, arbitrary: inline.map((text) => `> ${text}`) },
  { weight: 1, arbitrary: cjk.map((text) => `<!-- roles-disable ${text} -->`) },
);
/** Headings, numbered and bulleted lists, Chinese sentences, inline code and HTML comments, in any order. */
const jobDescription = fc
  .array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n\n')), { minLength: 1, maxLength: 10 })
  .map((blocks) => blocks.map(([text, gap]) => text + gap).join(''));
