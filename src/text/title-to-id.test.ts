import { describe, expect, it } from 'vitest';
import { englishTitleToId, titleToId } from './title-to-id.js';

describe('titleToId', () => {
  it('spells a Chinese title in pinyin, one word per character', () => {
    expect(titleToId('网络安全主管')).toBe('wang-luo-an-quan-zhu-guan');
    expect(titleToId('客服专员')).toBe('ke-fu-zhuan-yuan');
  });

  it('keeps Latin letters and digits, writes ü as v, and drops punctuation', () => {
    expect(titleToId('IT运维工程师（二级）')).toBe('it-yun-wei-gong-cheng-shi-er-ji');
    expect(titleToId('律师助理')).toBe('lv-shi-zhu-li');
    expect(titleToId('ＨＲ　经理')).toBe('hr-jing-li');
  });

  it('gives nothing for a title with nothing to spell', () => {
    expect(titleToId('')).toBeUndefined();
    expect(titleToId('——')).toBeUndefined();
  });

  it('makes an id of an English title', () => {
    expect(englishTitleToId('Network Security Supervisor')).toBe('network-security-supervisor');
    expect(englishTitleToId(' R&D  Manager ')).toBe('r-d-manager');
    expect(englishTitleToId('经理')).toBeUndefined();
  });
});
