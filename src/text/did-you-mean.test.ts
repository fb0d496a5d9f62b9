import { describe, expect, it } from 'vitest';
import { clearBest, didYouMean, editDistance, nearIndex, SCAN_LIMIT } from './did-you-mean.js';
import { propertyRuns } from '../../test/property-runs.js';

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
    expect(didYouMean('product-suport-supervisor', ['product-support-supervisor', 'service-quality-supervisor'])).toBe(
      'product-support-supervisor',
    );
  });

  it('stays quiet when nothing is close, and for short unrelated words', () => {
    expect(didYouMean('k0', ['id'])).toBeUndefined();
    expect(didYouMean('unknwn', ['kind', 'title'])).toBeUndefined();
  });

  it('breaks ties by code-unit order so output is stable', () => {
    expect(didYouMean('ab', ['ac', 'aa'])).toBe('aa');
  });
});

describe('editDistance against a plain implementation', () => {
  const plain = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  };

  it('agrees on prefixes, suffixes, swaps at the cut and unrelated words', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '主'), maxLength: 9 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '主'), maxLength: 9 }),
        (a, b) => {
          expect(editDistance(a, b)).toBe(plain(a, b));
        },
      ),
      { numRuns: propertyRuns(2000) },
    );
    expect(editDistance('role-000002', 'rol-000002')).toBe(1);
    expect(editDistance('abcd', 'abdc')).toBe(1);
  });
});

describe('clearBest', () => {
  it('answers only when one candidate is closer than every other', async () => {
    const { clearBest } = await import('./did-you-mean.js');
    expect(clearBest('report_to', ['reports_to', 'title', 'status'])).toBe('reports_to');
    expect(clearBest('colr', ['colour', 'color'])).toBe('color');
    expect(clearBest('主任', ['主办', '主管', '经理'])).toBeUndefined();
    expect(clearBest('xyz', ['reports_to'])).toBeUndefined();
  });
});

describe('nearIndex', () => {
  it('answers as didYouMean and clearBest do, for candidates up to the scan limit', async () => {
    const fc = await import('fast-check');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'C', 'c', '-', '主'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 6 }), (candidates, words) => {
        const index = nearIndex(candidates);
        for (const w of words) {
          expect(index.nearest(w), w).toBe(didYouMean(w, candidates));
          expect(index.clearBest(w), w).toBe(clearBest(w, candidates));
        }
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('finds one-edit misses among a hundred thousand ids without comparing each', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `role-${String(i).padStart(6, '0')}`);
    const index = nearIndex(ids);
    expect(index.nearest('rol-004711')).toBe('role-004711');
    expect(index.clearBest('role-04711')).toBeUndefined();
    expect(index.clearBest('rloe-004711')).toBe('role-004711');
    // Farther guesses are not searched for among more than SCAN_LIMIT candidates.
    expect(ids.length).toBeGreaterThan(SCAN_LIMIT);
    expect(index.nearest('rl-0047')).toBeUndefined();
  });
});
