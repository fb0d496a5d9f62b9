import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { sectionAlias } from './section-alias.js';

describe('section-alias', () => {
  it('accepts canonical names and headings it does not know', () => {
    expect(lintText('## 职责任务\n\n正文。\n\n## 备注\n\n正文。\n', sectionAlias)).toEqual([]);
  });

  it('reports aliases, numbering and trailing colons at the heading text', () => {
    expect(lintText('# 标题\n\n## 岗位职责\n\n## 一、工作难点：\n\n## 考核指标:\n', sectionAlias)).toEqual([
      'roles/test.md:3:4 section-alias Unexpected section name `岗位职责`, expected `职责任务`',
      'roles/test.md:5:4 section-alias Unexpected section name `一、工作难点：`, expected `工作难点`',
      'roles/test.md:7:4 section-alias Unexpected section name `考核指标:`, expected `考核要点`',
    ]);
  });

  it('fixes only the heading text, and a second fix changes nothing', () => {
    const text = '---\nid: test\n---\n\n## 岗位职责 ##\r\n\r\n1. 负责。\r\n\r\n## 难点：\r\n正文。\r\n';
    const fixed = fixText(text, sectionAlias);
    expect(fixed).toBe('---\nid: test\n---\n\n## 职责任务 ##\r\n\r\n1. 负责。\r\n\r\n## 工作难点\r\n正文。\r\n');
    expect(fixText(fixed, sectionAlias)).toBe(fixed);
  });

  it('does not rewrite a heading with markup in it', () => {
    const text = '## **岗位职责**\n';
    expect(lintText(text, sectionAlias)).toEqual([
      'roles/test.md:1:4 section-alias Unexpected section name `岗位职责`, expected `职责任务`',
    ]);
    expect(fixText(text, sectionAlias)).toBe(text);
  });
});
