import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('lead', 'lead')).toBe(0);
    expect(editDistance('lead', 'laed')).toBe(1);
    expect(editDistance('title', 'tittle')).toBe(1);
    expect(editDistance('主管', '主办')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('didYouMean', () => {
  it('suggests the closest id within a third of its length', () => {
    expect(didYouMean('laed', ['lead', 'role'])).toBe('lead');
    expect(didYouMean('product-suport-supervisor', ['product-support-supervisor', 'service-quality-supervisor'])).toBe('product-support-supervisor');
  });

  it('stays quiet when nothing is close, and for short unrelated words', () => {
    expect(didYouMean('k0', ['id'])).toBeUndefined();
    expect(didYouMean('unknwn', ['kind', 'title'])).toBeUndefined();
  });

  it('breaks ties by code-unit order so output is stable', () => {
    expect(didYouMean('ab', ['ac', 'aa'])).toBe('aa');
  });
});
