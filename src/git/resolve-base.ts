import type { Repository } from './open-repository.js';
import { runGit } from './run-git.js';
import { t } from '../i18n/t.js';

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
    if (base.startsWith('-') || base.trim() === '') return { ok: false, message: t('git.badBase', { base }) };
    label = base;
    commit = verifyCommit(cwd, base);
    if (!commit) return { ok: false, message: t('git.baseNotFound', { base, hint: shallowHint(repository) }) };
  } else {
    // One `git rev-parse` per name, stopping at the first that exists (each is a process).
    let found: { name: string; commit: string } | undefined;
    for (const name of DEFAULT_BRANCHES) {
      const commit = verifyCommit(cwd, name);
      if (commit) {
        found = { name, commit };
        break;
      }
    }
    if (!found)
      return {
        ok: false,
        message: t('git.noDefaultBranch', {
          branches: DEFAULT_BRANCHES.map((n) => `\`${n}\``).join(t('list.separator')),
        }),
      };
    label = found.name;
    commit = found.commit;
  }
  if (!verifyCommit(cwd, 'HEAD')) return { ok: true, commit, label };
  const mergeBase = runGit(['merge-base', 'HEAD', commit], cwd);
  if (!mergeBase.ok) {
    return {
      ok: true,
      commit,
      label,
      notice: t('git.noSharedHistory', { label, hint: shallowHint(repository) }),
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
  return repository.shallow ? t('git.shallow') : '';
}
