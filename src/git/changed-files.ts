import { runGit, splitNul } from './run-git.js';

/** One file that differs from the base, with paths relative to the repository root. */
export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  /** The path at the base, for a rename. */
  oldPath?: string;
}

/**
 * The files that differ between `commit` and the working tree (untracked files included, as a
 * pull request would add them), or with `staged`, between `commit` and the index. Renames are
 * detected, so a moved file is one change with both paths. A message says why git could not tell.
 */
export function changedFiles(
  root: string,
  commit: string,
  staged: boolean,
): { ok: true; changes: FileChange[] } | { ok: false; message: string } {
  const diff = runGit(
    [
      '-c',
      'diff.relative=false',
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--no-ext-diff',
      '--no-textconv',
      ...(staged ? ['--cached'] : []),
      commit,
      '--',
    ],
    root,
  );
  if (!diff.ok) return { ok: false, message: diff.message };
  const changes: FileChange[] = [];
  const fields = splitNul(diff.stdout);
  for (let i = 0; i < fields.length;) {
    const status = fields[i++]!;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[i++]!;
      const path = fields[i++]!;
      changes.push(letter === 'R' ? { status: 'renamed', path, oldPath } : { status: 'added', path });
    } else {
      const path = fields[i++]!;
      changes.push({ status: letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified', path });
    }
  }
  if (!staged) {
    const untracked = runGit(['ls-files', '--others', '--exclude-standard', '-z', '--full-name'], root);
    if (!untracked.ok) return { ok: false, message: untracked.message };
    for (const path of splitNul(untracked.stdout)) changes.push({ status: 'added', path });
  }
  return { ok: true, changes };
}

/** The commit to compare the index with: HEAD, or the empty tree before the first commit. */
export function stagedBase(root: string): string | undefined {
  const head = runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], root);
  if (head.ok) return head.stdout.toString('utf8').trim();
  const empty = runGit(['hash-object', '-t', 'tree', '--stdin'], root, '');
  return empty.ok ? empty.stdout.toString('utf8').trim() : undefined;
}
