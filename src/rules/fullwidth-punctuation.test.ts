import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';

const rule = fullwidthPunctuation;

describe('fullwidth-punctuation', () => {
  it('accepts full-width punctuation, numbers, times, versions, file names, code and URLs', () => {
    const text =
      '## 职责任务\n\n负责1,000户客户，9:00上班；使用v1.2版本和文件.docx。\n\n`配置,参数` 见 https://example.com/a,b?c=1 。\n\n```\n中文,中文\n```\n';
    expect(lintText(text, rule)).toEqual([]);
  });

  it('reports half-width marks touching Chinese', () => {
    const text = '负责测试,验收; 上线:9点\n是否通过?\nOK!好的. 下一步\n';
    expect(lintText(text, rule)).toEqual([
      'roles/test.md:1:5 fullwidth-punctuation Unexpected half-width `,` in Chinese text, expected `，`',
      'roles/test.md:1:8 fullwidth-punctuation Unexpected half-width `;` in Chinese text, expected `；`',
      'roles/test.md:1:12 fullwidth-punctuation Unexpected half-width `:` in Chinese text, expected `：`',
      'roles/test.md:2:5 fullwidth-punctuation Unexpected half-width `?` in Chinese text, expected `？`',
      'roles/test.md:3:3 fullwidth-punctuation Unexpected half-width `!` in Chinese text, expected `！`',
      'roles/test.md:3:6 fullwidth-punctuation Unexpected half-width `.` in Chinese text, expected `。`',
    ]);
  });

  it('fixes only between Chinese or before a line end after Chinese, and a second fix changes nothing', () => {
    const text = '---\nid: a,b\n---\n负责测试,验收; 上线:9点\r\n是否通过?\r\nOK!好的. 下一步\r\n';
    const fixed = fixText(text, rule);
    expect(fixed).toBe('---\nid: a,b\n---\n负责测试，验收；上线:9点\r\n是否通过？\r\nOK!好的。下一步\r\n');
    expect(fixText(fixed, rule)).toBe(fixed);
  });
});
