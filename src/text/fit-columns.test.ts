import { describe, expect, it } from 'vitest';
import { fitColumns } from './fit-columns.js';

describe('fitColumns', () => {
  it('keeps natural widths that fit', () => {
    expect(fitColumns([10, 20, 5], [4, 4, 4], 40)).toEqual([10, 20, 5]);
  });

  it('shares the width in proportion to what each column would like beyond its minimum, using all of it', () => {
    expect(fitColumns([10, 40, 30], [10, 10, 10], 50)).toEqual([10, 22, 18]);
    expect(fitColumns([12, 38, 80], [12, 12, 12], 70)).toEqual([12, 21, 37]);
    expect(fitColumns([10, 40, 30], [4, 4, 4], 51).reduce((a, b) => a + b)).toBe(51);
  });

  it('never goes below a minimum', () => {
    expect(fitColumns([10, 40, 30], [10, 4, 30], 50)).toEqual([10, 10, 30]);
  });

  it('returns the minimums when nothing fits', () => {
    expect(fitColumns([10, 40], [8, 8], 5)).toEqual([8, 8]);
  });
});
