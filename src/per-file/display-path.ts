import path from 'node:path';

/** The path diagnostics show: POSIX separators, relative to the working directory. */
export function toDisplayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return (relative === '' ? path.basename(file) : relative).split(path.sep).join('/');
}
