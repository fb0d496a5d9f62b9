/**
 * Column widths whose sum is at most `available`: each column's natural width when they all fit;
 * otherwise every column gets its minimum, and the width left is shared in proportion to how much
 * more each would like (as browsers lay out tables), so long text keeps the most room. When even
 * the minimums do not fit, the minimums are returned and the table is wider than asked.
 */
export function fitColumns(natural: readonly number[], minimum: readonly number[], available: number): number[] {
  const floor = natural.map((width, i) => Math.min(width, minimum[i] ?? width));
  const sum = (widths: readonly number[]) => widths.reduce((total, width) => total + width, 0);
  if (sum(natural) <= available) return [...natural];
  const spare = available - sum(floor);
  if (spare <= 0) return floor;
  const wants = natural.map((width, i) => width - floor[i]!);
  const totalWant = sum(wants);
  const shares = wants.map((want) => (spare * want) / totalWant);
  const widths = floor.map((width, i) => width + Math.floor(shares[i]!));
  // Whole columns left over go to the largest remainders, then from the left, so the result is stable.
  const order = shares
    .map((share, i) => ({ i, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let left = available - sum(widths), k = 0; left > 0 && k < order.length; k++) {
    const { i } = order[k]!;
    if (widths[i]! < natural[i]!) {
      widths[i]!++;
      left--;
    }
  }
  return widths;
}
