import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { truncatedSentence } from './truncated-sentence.js';

describe('truncated-sentence', () => {
  it('accepts finished sentences, lists of short phrases, code and tables', () => {
    const text =
      '## 职责任务\n\n1. 负责测试；\n2. 负责验收（含回归测试。）\n\n## 使用工具设备\n\n- 电脑\n- 电话\n\n## 工作环境\n\n办公室\n\n## 备注\n\n```\n代码，\n```\n\n## 考核要点\n\n| 指标 | 说明 |\n| --- | :-: |\n| 及时率 | 按月统计，不低于 |\n';
    expect(lintText(text, truncatedSentence)).toEqual([]);
  });

  it('reports a last item cut off mid-sentence or on a comma', () => {
    const text =
      '## 职责任务\n\n1、负责测试；\n2、保证管理目标和指标完\n\n## 工作难点\n\n工作量大，时间紧\n\n## 工作禁忌\n\n- 不认真负责，\n\n<!-- 注释不算内容 -->\n\n## 考核要点\n\n指标如下：\n';
    expect(lintText(text, truncatedSentence)).toEqual([
      'roles/test.md:4:12 truncated-sentence Unexpected end of section `职责任务` mid-sentence at `…管理目标和指标完`, expected `。`, `；`, `！` or `？` (is text missing?)',
      'roles/test.md:8:8 truncated-sentence Unexpected end of section `工作难点` mid-sentence at `工作量大，时间紧`, expected `。`, `；`, `！` or `？` (is text missing?)',
      'roles/test.md:12:8 truncated-sentence Unexpected `，` at the end of section `工作禁忌`, expected the sentence to end with `。` (is text missing?)',
      'roles/test.md:18:5 truncated-sentence Unexpected `：` at the end of section `考核要点`, expected the sentence to end with `。` (is text missing?)',
    ]);
  });
});
