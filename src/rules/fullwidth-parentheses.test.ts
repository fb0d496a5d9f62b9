import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { fullwidthParentheses } from './fullwidth-parentheses.js';

const rule = fullwidthParentheses;

describe('fullwidth-parentheses', () => {
  it('accepts full-width parentheses around Chinese and half-width around Latin', () => {
    expect(lintText('负责客户服务（含投诉处理），熟悉CRM (Customer Relationship Management) 和(1)。\n', rule)).toEqual(
      [],
    );
  });

  it('reports half-width or mixed parentheses around Chinese', () => {
    expect(lintText('负责客户服务(含投诉处理)，见(附件一）。\n', rule)).toEqual([
      'roles/test.md:1:7 fullwidth-parentheses Unexpected half-width parentheses around Chinese text `(含投诉处理)`, expected `（` and `）`',
      'roles/test.md:1:16 fullwidth-parentheses Unexpected half-width parentheses around Chinese text `(附件一）`, expected `（` and `）`',
    ]);
  });

  it('says so in Chinese under zh-CN', () => {
    expect(lintText('负责客户服务(含投诉处理)。\n', rule, { locale: 'zh-CN' })).toEqual([
      'roles/test.md:1:7 fullwidth-parentheses 中文文字外的括号 `(含投诉处理)` 是半角，应为 `（` 和 `）`',
    ]);
  });

  it('fixes both parentheses and keeps what is between them', () => {
    const text = '---\nid: test\n---\n负责客户服务(含投诉处理(重点))。`(代码)`\n';
    const fixed = fixText(text, rule);
    expect(fixed).toBe('---\nid: test\n---\n负责客户服务（含投诉处理（重点））。`(代码)`\n');
    expect(fixText(fixed, rule)).toBe(fixed);
  });

  it('wants half-width everywhere with `style: halfwidth`', () => {
    const text = '负责客户服务（含投诉处理），(1)。\n';
    expect(lintText(text, rule, { options: { style: 'halfwidth' } })).toEqual([
      'roles/test.md:1:7 fullwidth-parentheses Unexpected full-width parentheses `（含投诉处理）`, expected `(` and `)` (`style: halfwidth`)',
    ]);
    expect(fixText(text, rule, { options: { style: 'halfwidth' } })).toBe('负责客户服务(含投诉处理)，(1)。\n');
  });
});
