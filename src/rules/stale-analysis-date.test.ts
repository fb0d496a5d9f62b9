import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { staleAnalysisDate } from './stale-analysis-date.js';

const file = (date: string) => `---\nid: test\nanalysis_date: ${date}\n---\n`;

describe('stale-analysis-date', () => {
  it('accepts a recent date, a date exactly 36 months old, and no date', () => {
    expect(lintText(file('2025-01'), staleAnalysisDate, { today: '2026-06-30' })).toEqual([]);
    expect(lintText(file('2023-06-30'), staleAnalysisDate, { today: '2026-06-30' })).toEqual([]);
    expect(lintText(file('2023-06'), staleAnalysisDate, { today: '2026-06-01' })).toEqual([]);
    expect(lintText('---\nid: test\n---\n', staleAnalysisDate)).toEqual([]);
  });

  it('reports a date more than 36 months before the injected today', () => {
    expect(lintText(file('2023-05'), staleAnalysisDate, { today: '2026-06-30' })).toEqual([
      'roles/test.md:3:16 stale-analysis-date Unexpected `analysis_date` `2023-05`, more than 36 months ago, expected a recent job analysis (review the role and update the date)',
    ]);
    expect(lintText(file('2023-07-01'), staleAnalysisDate, { today: '2026-06-30' })).toEqual([]);
    expect(lintText(file('2023-06-30'), staleAnalysisDate, { today: '2026-07-01' })).toEqual([]);
    expect(lintText(file('2023-06-30'), staleAnalysisDate, { today: '2026-07-30' })).toHaveLength(1);
  });

  it('reports a date in the future', () => {
    expect(lintText(file('2026-07'), staleAnalysisDate, { today: '2026-06-30' })).toEqual([
      'roles/test.md:3:16 stale-analysis-date Unexpected `analysis_date` `2026-07` in the future, expected a date on or before today (`2026-06-30`)',
    ]);
    expect(lintText(file('2026-06'), staleAnalysisDate, { today: '2026-06-01' })).toEqual([]);
  });

  it('takes the age from the options', () => {
    expect(
      lintText(file('2025-05'), staleAnalysisDate, { today: '2026-06-30', options: { maxAgeMonths: 12 } }),
    ).toEqual([
      'roles/test.md:3:16 stale-analysis-date Unexpected `analysis_date` `2025-05`, more than 12 months ago, expected a recent job analysis (review the role and update the date)',
    ]);
  });
});
