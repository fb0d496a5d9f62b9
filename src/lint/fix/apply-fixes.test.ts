import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fix } from '../../diagnostics/diagnostic.js';
import { changesOnlyInside } from '../../../test/changes-only-inside.js';
import { applyFixes } from './apply-fixes.js';

describe('applyFixes', () => {
  it('applies non-overlapping fixes and leaves later overlapping ones for the next pass', () => {
    const fixes: Fix[] = [
      { range: [4, 6], text: 'X' },
      { range: [0, 2], text: 'ab' },
      { range: [5, 7], text: 'Y' },
      { range: [8, 8], text: '+' },
      { range: [8, 8], text: '-' },
    ];
    const { text, applied } = applyFixes('0123456789', fixes);
    expect(text).toBe('ab23X67+89');
    expect(applied).toEqual([fixes[1], fixes[0], fixes[3]]);
  });

  it('returns the text itself when nothing applies', () => {
    const text = 'abc';
    expect(
      applyFixes(text, [
        { range: [0, 1], text: 'a' },
        { range: [2, 9], text: '' },
      ]),
    ).toEqual({ text, applied: [] });
  });

  it('changes nothing but the applied ranges, whatever the fixes', () => {
    const input = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc
            .tuple(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 4 }))
            .map(([a, b, replacement]): Fix => ({ range: [Math.min(a, b), Math.max(a, b)], text: replacement })),
          { maxLength: 8 },
        ),
      ),
    );
    fc.assert(
      fc.property(input, ([text, fixes]) => {
        const result = applyFixes(text, fixes);
        expect(changesOnlyInside(text, result.text, result.applied)).toBe(true);
        // Every fix left out overlaps one that went in.
        for (const fix of fixes.filter((candidate) => !result.applied.includes(candidate))) {
          const [start, end] = fix.range;
          const noop = text.slice(start, end) === fix.text;
          const overlaps = result.applied.some(
            ({ range }) =>
              (start < range[1] && range[0] < end) ||
              (start === end && start === range[0] && range[0] === range[1]) ||
              (range[0] < start && start < range[1]),
          );
          expect(noop || overlaps).toBe(true);
        }
      }),
    );
  });
});
