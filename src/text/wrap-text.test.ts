import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayWidth } from './display-width.js';
import { wrapText } from './wrap-text.js';
import { propertyRuns } from '../../test/property-runs.js';

describe('wrapText', () => {
  it('keeps text that fits', () => {
    expect(wrapText('产品支撑主管', 12)).toEqual(['产品支撑主管']);
  });

  it('breaks Chinese text between characters, counting two columns each', () => {
    expect(wrapText('为重点政企客户提供技术支撑', 8)).toEqual(['为重点政', '企客户提', '供技术支', '撑']);
  });

  it('breaks at spaces and keeps words whole', () => {
    expect(wrapText('business config supervisor', 10)).toEqual(['business', 'config', 'supervisor']);
  });

  it('breaks after the hyphens of a word, and inside a word only when it alone is too wide', () => {
    expect(wrapText('gov-enterprise-support-center', 16)).toEqual(['gov-enterprise-', 'support-center']);
    expect(wrapText('telecommunications', 10)).toEqual(['telecommun', 'ications']);
    expect(wrapText('roles/gov-support/config-officer.md:10', 20)).toEqual([
      'roles/gov-support/',
      'config-officer.md:10',
    ]);
    expect(wrapText('requirements.computer_skills.minimum', 16)).toEqual([
      'requirements.',
      'computer_skills.',
      'minimum',
    ]);
  });

  it('mixes words and Chinese characters', () => {
    expect(wrapText('熟练使用CRM系统和Excel软件', 10)).toEqual(['熟练使用', 'CRM系统和', 'Excel软件']);
  });

  it('keeps a short Chinese word between spaces whole', () => {
    expect(wrapText('副经理 主管 主办 专员', 10)).toEqual(['副经理', '主管 主办', '专员']);
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrapText('一二三四，五六', 8)).toEqual(['一二三', '四，五六']);
  });

  it('never ends a line with opening punctuation nor starts one with closing punctuation', () => {
    const text = '负责客户工程师（运维嵌入）的日常管理，「服务质量」考核：按月进行；结果公示！';
    for (let width = 4; width <= 30; width++) {
      const lines = wrapText(text, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(line).not.toMatch(/^[，。、；：！？）」]/);
        expect(line).not.toMatch(/[（「]$/);
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps an ASCII word or id whole unless it alone is too wide', () => {
    expect(wrapText('上级为 business-config-supervisor 岗位', 30)).toEqual([
      '上级为',
      'business-config-supervisor',
      '岗位',
    ]);
    expect(wrapText('Unexpected `主任` for `job_level`, expected one of `助理`', 24)).toEqual([
      'Unexpected `主任` for',
      '`job_level`, expected',
      'one of `助理`',
    ]);
  });

  it('keeps existing line breaks and every line within the width', () => {
    const lines = wrapText('政企客户服务支撑中心\ngov-enterprise-support-center (no department file)', 12);
    expect(lines[0]).toBe('政企客户服务');
    expect(lines.every((line) => displayWidth(line) <= 12)).toBe(true);
  });
});

describe('the plain-ASCII shortcut', () => {
  it('wraps every text as the Unicode tables do', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."aZ09 `'.,:;_@#=/-|+%()中，"), maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        (text, width) => {
          expect(wrapText(text, width)).toEqual(wrapText(text, width, true));
        },
      ),
      { numRuns: propertyRuns(20_000) },
    );
  });

  it('keeps a quoted value such as `主管` whole: no line starts or ends inside its backticks', () => {
    const lines = wrapText('应为 `助理`、`专员`、`主办`、`主管`、`副经理`、`经理` 之一：是不是指 `主管`？', 20);
    for (const line of lines) expect((line.match(/`/g) ?? []).length % 2, lines.join('\n')).toBe(0);
  });
});
