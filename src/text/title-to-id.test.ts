import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSchema } from '../schema/role-schema.js';
import { slugify, titleToId } from './title-to-id.js';
import { propertyRuns } from '../../test/property-runs.js';

describe('titleToId', () => {
  it('writes a Chinese title as toneless pinyin, one syllable per word', () => {
    expect(titleToId('网络安全主管')).toBe('wang-luo-an-quan-zhu-guan');
    expect(titleToId('客户服务中心主管')).toBe('ke-hu-fu-wu-zhong-xin-zhu-guan');
  });

  it('reads polyphonic characters in context and writes ü as v', () => {
    expect(titleToId('银行柜员')).toBe('yin-hang-gui-yuan');
    expect(titleToId('律师助理')).toBe('lv-shi-zhu-li');
  });

  it('keeps Latin letters and digits, folds full-width forms, drops punctuation', () => {
    expect(titleToId('ICT项目经理')).toBe('ict-xiang-mu-jing-li');
    expect(titleToId('ＩＣＴ项目经理（区局）2号')).toBe('ict-xiang-mu-jing-li-qu-ju-2-hao');
  });

  it('prefers title_en when given', () => {
    expect(titleToId('网络安全主管', 'Network Security Supervisor')).toBe('network-security-supervisor');
    expect(titleToId('网络安全主管', 'R&D  Lead / Café')).toBe('r-d-lead-cafe');
    expect(titleToId('网络安全主管', '——')).toBe('wang-luo-an-quan-zhu-guan');
  });

  it('gives undefined when nothing usable is left', () => {
    expect(titleToId('（）——')).toBeUndefined();
    expect(slugify('  ')).toBe('');
  });

  it('property: whatever the title, the result is a valid id or undefined', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.option(fc.string({ maxLength: 20 })),
        (title, en) => {
          const id = titleToId(title, en ?? undefined);
          if (id !== undefined) expect(idSchema.safeParse(id).success).toBe(true);
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});
