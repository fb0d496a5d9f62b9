import { describe, expect, it } from 'vitest';
import { findCycles } from './find-cycles.js';

const links = (pairs: Array<[string, string]>) => new Map(pairs);

describe('findCycles', () => {
  it('finds nothing in a tree', () => {
    const { cycles, fates } = findCycles(
      links([
        ['b', 'a'],
        ['c', 'a'],
        ['d', 'c'],
      ]),
    );
    expect(cycles).toEqual([]);
    expect([...fates.values()].every((fate) => fate.kind === 'ends')).toBe(true);
  });

  it('reports each cycle once, from its smallest id, and who hangs below it', () => {
    const { cycles, fates } = findCycles(
      links([
        ['c', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['x', 'b'],
        ['y', 'x'],
        ['z', 'z'],
        ['q', 'ghost'],
      ]),
    );
    expect(cycles).toEqual([['a', 'b', 'c'], ['z']]);
    expect(fates.get('c')).toEqual({ kind: 'cycle', cycle: 0 });
    expect(fates.get('x')).toEqual({ kind: 'below', cycle: 0 });
    expect(fates.get('y')).toEqual({ kind: 'below', cycle: 0 });
    expect(fates.get('z')).toEqual({ kind: 'cycle', cycle: 1 });
    expect(fates.get('q')).toEqual({ kind: 'ends' });
  });

  it('walks one hundred thousand nodes in one cycle without recursion', () => {
    const n = 100_000;
    const id = (i: number) => `r${String(i).padStart(6, '0')}`;
    const { cycles } = findCycles(new Map(Array.from({ length: n }, (_, i) => [id(i), id((i + 1) % n)])));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
    expect(cycles[0]![0]).toBe(id(0));
  });
});
