import { realpathSync } from 'node:fs';
import path from 'node:path';
import { runGit } from './run-git.js';
import { t } from '../i18n/t.js';

/** The git work tree a command runs in, and how its paths map to the working directory's. */
export interface Repository {
  /** The top-level folder of the work tree, as git reports it (symlinks resolved). */
  root: string;
  /** Whether this is a shallow clone, whose history may lack the base commit. */
  shallow: boolean;
  /** A path as git prints it (relative to `root`, POSIX) as an absolute path spelt from the working directory. */
  toAbsolute(repoPath: string): string;
  /** An absolute path spelt from the working directory as git's path relative to `root`. */
  toRepoPath(absolutePath: string): string;
}

/** Finds the repository around `cwd`; a message says why there is none (no `.git`, no git installed). */
export function openRepository(cwd: string): { ok: true; repository: Repository } | { ok: false; message: string } {
  const top = runGit(['rev-parse', '--show-toplevel', '--is-shallow-repository'], cwd);
  if (!top.ok) {
    return {
      ok: false,
      message: top.missing ? top.message : t('git.notWorkTree', { cwd, detail: top.message }),
    };
  }
  const [root = '', shallow] = top.stdout.toString('utf8').trim().split('\n');
  // git resolves symlinks in the top level; the working directory may be spelt through one.
  let realCwd = cwd;
  try {
    realCwd = realpathSync(cwd);
  } catch {
    // Keep the spelling given: git ran there, so it exists.
  }
  const repository: Repository = {
    root,
    shallow: shallow === 'true',
    toAbsolute: (repoPath) => path.resolve(cwd, path.relative(realCwd, path.join(root, ...repoPath.split('/')))),
    toRepoPath: (absolutePath) =>
      path
        .relative(root, path.resolve(realCwd, path.relative(cwd, absolutePath)))
        .split(path.sep)
        .join('/'),
  };
  return { ok: true, repository };
}
