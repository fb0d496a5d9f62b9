import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { placeholder } from './placeholder.js';

describe('placeholder', () => {
  it('accepts real text, Latin words with X, and placeholders inside comments and code', () => {
    const text =
      '---\nid: test\ntitle: XML 工程师\n---\n\n## 职责任务\n\n1. 维护XXL号服装台账和X光机。\n2. 记录`XXXX`格式。\n\n<!-- 待补充：TODO -->\n';
    expect(lintText(text, placeholder)).toEqual([]);
  });

  it('reports placeholders in front matter values, quoted or in lists', () => {
    const text =
      '---\nid: test\ntitle: XXXX\npurpose: "负责某某事务"\nrequirements:\n  knowledge:\n    - 待定\n    - ……\nowner: xx\n---\n';
    expect(lintText(text, placeholder)).toEqual([
      'roles/test.md:3:8 placeholder Unexpected placeholder `XXXX` in `title`, expected the real value',
      'roles/test.md:4:13 placeholder Unexpected placeholder `某某` in `purpose`, expected the real value',
      'roles/test.md:7:7 placeholder Unexpected placeholder `待定` in `requirements.knowledge[0]`, expected the real value',
      'roles/test.md:8:7 placeholder Unexpected placeholder `……` in `requirements.knowledge[1]`, expected the real value',
      'roles/test.md:9:8 placeholder Unexpected placeholder `xx` in `owner`, expected the real value',
    ]);
  });

  it('accepts a note that quotes a placeholder of the source to say why it was left out', () => {
    const text = '---\nid: test\nnotes:\n  - kind: omitted\n    text: 源文件的岗位工资写“待定”，未填写。\n---\n';
    expect(lintText(text, placeholder)).toEqual([]);
  });

  it('reports placeholders in the body, a lone ellipsis item included', () => {
    const text = '## 职责任务\n\n1. 负责××公司的 TODO 事项。\n2. ……\n3、tbd\n';
    expect(lintText(text, placeholder)).toEqual([
      'roles/test.md:3:6 placeholder Unexpected placeholder `××`, expected the real text',
      'roles/test.md:3:12 placeholder Unexpected placeholder `TODO`, expected the real text',
      'roles/test.md:4:4 placeholder Unexpected placeholder `……`, expected the real text',
      'roles/test.md:5:3 placeholder Unexpected placeholder `tbd`, expected the real text',
    ]);
  });

  it('takes its words from the options', () => {
    expect(lintText('## 职责任务\n\n暂无，待定。\n', placeholder, { options: { words: ['暂无'] } })).toEqual([
      'roles/test.md:3:1 placeholder Unexpected placeholder `暂无`, expected the real text',
    ]);
  });
});
