import { runGit, splitNul } from './run-git.js';

/** A regular file recorded in a commit or in the index. */
export interface GitFile {
  /** Relative to the repository root, POSIX. */
  path: string;
  oid: string;
}

/** Regular files only: symlinks (120000) and submodules (160000) are not role files. */
const REGULAR = new Set(['100644', '100755']);

/** The files of a commit's tree; undefined when git cannot list it. */
export function listTree(cwd: string, commit: string): GitFile[] | undefined {
  const result = runGit(['ls-tree', '-r', '-z', '--full-tree', commit], cwd);
  if (!result.ok) return undefined;
  const files: GitFile[] = [];
  for (const entry of splitNul(result.stdout)) {
    const tab = entry.indexOf('\t');
    const [mode, type, oid] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && REGULAR.has(mode!)) files.push({ path: entry.slice(tab + 1), oid: oid! });
  }
  return files;
}

/** The files staged in the index (merged entries only: a conflicted file cannot be committed anyway). */
export function listIndex(cwd: string): GitFile[] | undefined {
  const result = runGit(['ls-files', '--stage', '-z', '--full-name'], cwd);
  if (!result.ok) return undefined;
  const files: GitFile[] = [];
  for (const entry of splitNul(result.stdout)) {
    const tab = entry.indexOf('\t');
    const [mode, oid, stage] = entry.slice(0, tab).split(' ');
    if (stage === '0' && REGULAR.has(mode!)) files.push({ path: entry.slice(tab + 1), oid: oid! });
  }
  return files;
}
