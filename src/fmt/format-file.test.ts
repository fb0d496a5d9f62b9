import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Node as MdastNode } from 'mdast';
import { parseBody } from '../parse/parse-body.js';
import { splitFrontMatter } from '../parse/split-front-matter.js';
import { createRoleSchema, departmentSchema } from '../schema/role-schema.js';
import { schemaFields } from '../schema/schema-fields.js';
import { formatFile } from './format-file.js';
import { propertyRuns } from '../../test/property-runs.js';

const schemas = { role: schemaFields(createRoleSchema(['专员', '主管'])), department: schemaFields(departmentSchema) };
const format = (text: string) => {
  const result = formatFile(text, schemas);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};

describe('formatFile', () => {
  it('sorts keys in the schema order at every level, comments travelling with their key', () => {
    const text = [
      '---',
      'status: draft',
      '# the title, as the source writes it',
      'title: 网络安全主管 # trailing',
      'id: wang-luo',
      'requirements:',
      '  majors: [计算机, "网络 工程"]',
      '  education: {minimum: 本科}',
      'x_custom: 1',
      'department: it',
      'version: "1"',
      '---',
      '',
      '## 职责任务',
      '',
      '1. 负责。',
      '',
    ].join('\n');
    expect(format(text)).toBe(
      [
        '---',
        'id: wang-luo',
        '# the title, as the source writes it',
        'title: 网络安全主管 # trailing',
        'department: it',
        'requirements:',
        '  education:',
        '    minimum: 本科',
        '  majors:',
        '    - 计算机',
        '    - 网络 工程',
        'status: draft',
        "version: '1'",
        'x_custom: 1',
        '---',
        '',
        '## 职责任务',
        '',
        '1. 负责。',
        '',
      ].join('\n'),
    );
  });

  it('normalises list markers and blank lines in the body, but not code, comments or touching lists', () => {
    const text =
      '---\nid: a\n---\n\n\n<!-- a\n\n\n  comment -->\n## 职责任务\n* 负责一。\n\n\n* 负责二。\n1) 一\n## 其他要求\n```\n*  kept\n\n\n```\n\n- a\n* b\n\n\n';
    expect(format(text)).toBe(
      '---\nid: a\n---\n\n<!-- a\n\n\n  comment -->\n\n## 职责任务\n\n- 负责一。\n\n- 负责二。\n1. 一\n\n## 其他要求\n\n```\n*  kept\n\n\n```\n\n- a\n* b\n',
    );
  });

  it('keeps CRLF line endings and sorts department keys by the department schema', () => {
    expect(
      format('---\r\nname: 部\r\nid: d\r\nkind: department\r\nstatus: draft\r\n---\r\n## 部门职责\r\n1. 负责。\r\n'),
    ).toBe(
      '---\r\nkind: department\r\nid: d\r\nname: 部\r\nstatus: draft\r\n---\r\n\r\n## 部门职责\r\n\r\n1. 负责。\r\n',
    );
  });

  it('refuses files whose front matter it cannot read', () => {
    expect(formatFile('---\nid: [a\n---\n', schemas)).toEqual({
      ok: false,
      reason: 'its front matter has YAML errors (see `roles check`)',
    });
    expect(formatFile('---\nid: a\n', schemas).ok).toBe(false);
  });

  it('property: formatting twice changes nothing the second time, and the data and document stay the same', () => {
    const key = fc.constantFrom('id', 'title', 'status', 'department', 'x_other', 'job_level', 'version');
    const scalar = fc.oneof(
      fc.constantFrom('主管', 'a b', "it's", '1', 'true', 'null', '- x', '#x', 'a: b', '', ' 前后 '),
      fc.string({ maxLength: 6 }),
      fc.integer(),
    );
    const value = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('minimum', 'preferred', 'zz'), scalar, { maxKeys: 3 }),
    );
    const frontMatter = fc
      .tuple(
        fc.dictionary(key, value, { maxKeys: 6 }),
        fc.boolean(),
        fc.array(fc.constantFrom('# 注释', '# title_en:', ''), { maxLength: 2 }),
      )
      .map(([data, flow, comments]) => {
        const yaml = new YAML.Document(data);
        if (flow) YAML.visit(yaml, { Collection: (_k, node) => void (node.flow = true) });
        return `${yaml.toString()}${comments.join('\n')}${comments.length > 0 ? '\n' : ''}`;
      });
    const line = fc.oneof(
      fc.constantFrom(
        '',
        '',
        '## 职责任务',
        '# 标题',
        '* 条目',
        '+ 条目',
        '- 条目',
        '1) 一',
        '2. 二',
        '  * 嵌套',
        '> 引用',
      ),
      fc.constantFrom('```', '<!-- c', '-->', '***', '---', '负责。', '    code', 'text *emph*'),
    );
    const body = fc.array(line, { maxLength: 14 }).map((lines) => lines.join('\n'));
    const file = fc
      .tuple(frontMatter, body, fc.constantFrom('\n', '\r\n'))
      .map(([yaml, text, eol]) => `---\n${yaml}---\n${text}\n`.replace(/\n/g, eol));
    fc.assert(
      fc.property(file, (text) => {
        const once = formatFile(text, schemas);
        if (!once.ok) return;
        expect(format(once.text)).toBe(once.text);
        const before = splitFrontMatter(text.replace(/\r\n/g, '\n'));
        const after = splitFrontMatter(once.text.replace(/\r\n/g, '\n'));
        if (before.kind !== 'ok' || after.kind !== 'ok') throw new Error('front matter lost');
        expect(YAML.parse(after.yaml)).toEqual(YAML.parse(before.yaml));
        expect(withoutPositions(parseBody(after.body))).toEqual(withoutPositions(parseBody(before.body)));
        expect(once.text.includes('\r\n')).toBe(text.includes('\r\n'));
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});

/** The Markdown tree without positions, and without the looseness that blank lines between items decide. */
function withoutPositions(node: MdastNode): unknown {
  const { position: _position, ...rest } = node as MdastNode & { children?: MdastNode[]; spread?: boolean };
  if ('spread' in rest) delete rest.spread;
  if (rest.children) return { ...rest, children: rest.children.map(withoutPositions) };
  return rest;
}
