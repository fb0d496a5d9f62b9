/**
 * How many cases a property test tries: `runs` in `npm test`, which must stay quick on a 2-core
 * machine, times `ROLES_PROPERTY_RUNS` for a deeper search (`ROLES_PROPERTY_RUNS=10 npx vitest run`
 * before a release or after changing a parser). A failure prints its seed and path, to replay it.
 */
export function propertyRuns(runs: number): number {
  const scale = Number(process.env.ROLES_PROPERTY_RUNS ?? 1);
  return Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
