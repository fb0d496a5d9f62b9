import type { Repository } from './open-repository.js';
import { runGit } from './run-git.js';

/** The commit that changed files are compared with, and what to call it in messages. */
export type ResolvedBase =
  { ok: true; commit: string; label: string; notice?: string } | { ok: false; message: string };

/** The default branch, in the order the issue asks for, then the remote-tracking names CI clones have. */
const DEFAULT_BRANCHES = ['origin/HEAD', 'main', 'master', 'origin/main', 'origin/master'];

/**
 * The merge base of HEAD and `base` (default: the default branch), as a pull request compares.
 * When the two share no history in this clone (a shallow fetch), the base commit itself is used
 * and a notice says so; when the base cannot be found at all, the result says why.
 */
export function resolveBase(repository: Repository, base: string | undefined): ResolvedBase {
  const cwd = repository.root;
  let label: string;
  let commit: string | undefined;
  if (base !== undefined) {
    if (base.startsWith('-') || base.trim() === '')
      return { ok: false, message: `Unexpected base \`${base}\`, expected a git commit, branch or tag` };
    label = base;
    commit = verifyCommit(cwd, base);
    if (!commit) return { ok: false, message: `cannot find \`${base}\` in this repository${shallowHint(repository)}` };
  } else {
    const found = DEFAULT_BRANCHES.map((name) => ({ name, commit: verifyCommit(cwd, name) })).find(
      (candidate) => candidate.commit,
    );
    if (!found)
      return {
        ok: false,
        message: `cannot find the default branch (none of ${DEFAULT_BRANCHES.map((n) => `\`${n}\``).join(', ')}): name one with \`--base <ref>\``,
      };
    label = found.name;
    commit = found.commit!;
  }
  if (!verifyCommit(cwd, 'HEAD')) return { ok: true, commit, label };
  const mergeBase = runGit(['merge-base', 'HEAD', commit], cwd);
  if (!mergeBase.ok) {
    return {
      ok: true,
      commit,
      label,
      notice: `HEAD and \`${label}\` share no history in this clone${shallowHint(repository)}: comparing with \`${label}\` itself`,
    };
  }
  return { ok: true, commit: mergeBase.stdout.toString('utf8').trim(), label };
}

/** The commit a ref names, or undefined; `--end-of-options` keeps a ref from being read as an option. */
export function verifyCommit(cwd: string, ref: string): string | undefined {
  const result = runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

function shallowHint(repository: Repository): string {
  return repository.shallow
    ? ' (this is a shallow clone: fetch more history, e.g. `actions/checkout` with `fetch-depth: 0`)'
    : '';
}
