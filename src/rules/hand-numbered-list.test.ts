import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { handNumberedList } from './hand-numbered-list.js';

const rule = handNumberedList;

describe('hand-numbered-list', () => {
  it('accepts Markdown lists, decimals and text outside sections', () => {
    expect(
      lintText('1、前言不在任何一节里。\n\n## 职责任务\n\n1. 负责测试。\n2. 负责验收。\n\n完成率提升1.5倍。\n', rule),
    ).toEqual([]);
  });

  it('reports every hand-typed style at the number, and leaves mixed (nested) numbering unfixed', () => {
    const text =
      '## 职责任务\n\n1、甲。\n2、乙。\n\n(1)丙。\n\n（1）丁。\n\n一、戊。\n\n（一）己。\n\n1.庚。\n\n①辛。\n';
    expect(lintText(text, rule)).toEqual([
      'roles/test.md:3:1 hand-numbered-list Unexpected hand-typed number `1、`, expected a Markdown ordered list item (`1. `); not fixed: the run mixes numbering styles',
      'roles/test.md:4:1 hand-numbered-list Unexpected hand-typed number `2、`, expected a Markdown ordered list item (`2. `); not fixed: the run mixes numbering styles',
      'roles/test.md:6:1 hand-numbered-list Unexpected hand-typed number `(1)`, expected a Markdown ordered list item (`1. `); not fixed: the run mixes numbering styles',
      'roles/test.md:8:1 hand-numbered-list Unexpected hand-typed number `（1）`, expected a Markdown ordered list item (`1. `); not fixed: the run mixes numbering styles',
      'roles/test.md:10:1 hand-numbered-list Unexpected hand-typed number `一、`, expected a Markdown ordered list item (`1. `); not fixed: the run mixes numbering styles',
      'roles/test.md:12:1 hand-numbered-list Unexpected hand-typed number `（一）`, expected a Markdown ordered list item (`1. `); not fixed: the run mixes numbering styles',
      'roles/test.md:14:1 hand-numbered-list Unexpected hand-typed number `1.`, expected a Markdown ordered list item (`1. `); not fixed: the run mixes numbering styles',
      'roles/test.md:16:1 hand-numbered-list Unexpected hand-typed number `①`, expected a Markdown ordered list item (`1. `); not fixed: the run mixes numbering styles',
    ]);
  });

  it('says why a run is not fixed', () => {
    expect(lintText('## 职责任务\n\n1.甲；\n2.乙；\n5.丙。\n\n正文。\n\n3、丁。\n4、戊。\n', rule)).toEqual([
      'roles/test.md:3:1 hand-numbered-list Unexpected hand-typed number `1.`, expected a Markdown ordered list item (`1. `); not fixed: the numbers jump from 2 to 5',
      'roles/test.md:4:1 hand-numbered-list Unexpected hand-typed number `2.`, expected a Markdown ordered list item (`2. `); not fixed: the numbers jump from 2 to 5',
      'roles/test.md:5:1 hand-numbered-list Unexpected hand-typed number `5.`, expected a Markdown ordered list item (`5. `); not fixed: the numbers jump from 2 to 5',
      'roles/test.md:9:1 hand-numbered-list Unexpected hand-typed number `3、`, expected a Markdown ordered list item (`3. `); not fixed: the run starts at 3, not 1',
      'roles/test.md:10:1 hand-numbered-list Unexpected hand-typed number `4、`, expected a Markdown ordered list item (`4. `); not fixed: the run starts at 3, not 1',
    ]);
  });

  it('fixes a consistent run of lines into a Markdown list, touching nothing else', () => {
    const text =
      '---\nid: test\n---\n\n## 职责任务\n\n主要职责如下：\n一、 负责测试，\n   并且验收；\n二、负责上线。\n\n## 工作难点\n\n（1）难点甲。\n\n（2）难点乙。\n';
    const fixed = fixText(text, rule);
    expect(fixed).toBe(
      '---\nid: test\n---\n\n## 职责任务\n\n主要职责如下：\n1. 负责测试，\n   并且验收；\n2. 负责上线。\n\n## 工作难点\n\n1. 难点甲。\n\n2. 难点乙。\n',
    );
    expect(lintText(fixed, rule)).toEqual([]);
    expect(fixText(fixed, rule)).toBe(fixed);
  });

  it('turns a hand-numbered bullet list into an ordered list and drops numbers doubled in an ordered list', () => {
    const text = '## 职责任务\n\n- 1、甲。\n- 2、乙。\n\n## 工作难点\n\n1. 1）难。\n2. (2)易。\n\n3. （3）再。\n';
    expect(lintText(text, rule)).toEqual([
      'roles/test.md:3:3 hand-numbered-list Unexpected hand-typed number `1、`, expected a Markdown ordered list item (`1. `)',
      'roles/test.md:4:3 hand-numbered-list Unexpected hand-typed number `2、`, expected a Markdown ordered list item (`2. `)',
      'roles/test.md:9:4 hand-numbered-list Unexpected hand-typed number `(2)`, expected a Markdown ordered list item (`2. `); not fixed: only some items of the list are numbered',
      'roles/test.md:11:4 hand-numbered-list Unexpected hand-typed number `（3）`, expected a Markdown ordered list item (`3. `); not fixed: only some items of the list are numbered',
    ]);
    const fixed = fixText('## 职责任务\n\n- 1、甲。\n- 2、乙。\n\n## 工作难点\n\n1. (1)难。\n2. (2)易。\n', rule);
    expect(fixed).toBe('## 职责任务\n\n1. 甲。\n2. 乙。\n\n## 工作难点\n\n1. 难。\n2. 易。\n');
    expect(fixText(fixed, rule)).toBe(fixed);
  });
});
