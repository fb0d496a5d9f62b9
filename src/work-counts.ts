/**
 * How much per-file work this process did, counted (never timed) so tests can check that a warm
 * run does none for unchanged files: no worker thread, no parse, no careful YAML, no line index.
 */
export const workCounts = {
  /** Files split and parsed (front matter read, body guarded), fresh or from the cache. */
  fileParses: 0,
  /** YAML documents built by the careful parser (`yaml`, with source ranges). */
  carefulYaml: 0,
  /** Line indexes whose line starts were computed. */
  lineIndexes: 0,
  /** Worker threads started for the per-file stage. */
  workers: 0,
};

export function resetWorkCounts(): void {
  for (const key of Object.keys(workCounts) as Array<keyof typeof workCounts>) workCounts[key] = 0;
}
