import path from 'node:path';

// Segments `path.relative` would resolve: `.`, `..` or an empty one (a doubled separator).
const UNNORMAL = /(?:^|[\\/])\.{0,2}(?:[\\/]|$)/;
// The last working folder found normalised: every file of a run is shown relative to the same one.
let normalCwd: string | undefined;

/** The path diagnostics show: POSIX separators, relative to the working directory. */
export function toDisplayPath(cwd: string, file: string): string {
  // The common case, a normalised path below the working folder, without `path.relative`'s resolving (a tenth of a warm run).
  if (
    file.length > cwd.length + 1 &&
    file.startsWith(cwd) &&
    file[cwd.length] === path.sep &&
    isNormalFolder(cwd) &&
    !UNNORMAL.test(file.slice(cwd.length + 1))
  ) {
    const relative = file.slice(cwd.length + 1);
    return path.sep === '/' ? relative : relative.split(path.sep).join('/');
  }
  const relative = path.relative(cwd, file);
  return (relative === '' ? path.basename(file) : relative).split(path.sep).join('/');
}

function isNormalFolder(cwd: string): boolean {
  if (cwd === normalCwd) return true;
  if (!path.isAbsolute(cwd) || cwd.endsWith(path.sep) || path.normalize(cwd) !== cwd) return false;
  normalCwd = cwd;
  return true;
}
