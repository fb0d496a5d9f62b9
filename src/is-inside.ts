import path from 'node:path';

/** Whether `child` is `parent` or lies below it (both absolute); the project boundary for walking and writing. */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
