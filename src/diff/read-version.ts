import { existsSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { LoadedConfig } from '../config/load-config.js';
import { listTree } from '../git/list-files.js';
import type { Repository } from '../git/open-repository.js';
import { readBlobs } from '../git/read-blobs.js';
import { toDisplayPath } from '../per-file/display-path.js';
import { findFiles } from '../per-file/find-files.js';
import { readSource } from '../per-file/read-source.js';
import type { VersionFile } from './load-version.js';

/** The project's files as they are on disk, found as `roles check` finds them. */
export function readWorkingTree(cwd: string, { config, root }: LoadedConfig): VersionFile[] {
  const entries = config.roles.map((entry) => path.resolve(root, entry)).filter((entry) => existsSync(entry));
  if (entries.length === 0) return [];
  return findFiles(entries, cwd, root).files.map((absolutePath) => ({
    file: toDisplayPath(cwd, absolutePath),
    absolutePath,
    source: readSource(absolutePath, config.maxFileSize),
  }));
}

/**
 * The project's files as a commit has them: the blobs under the configured role folders (or
 * matching its globs), read with `git cat-file` and never checked out or executed.
 */
export function readCommit(
  repository: Repository,
  commit: string,
  cwd: string,
  loaded: LoadedConfig,
): VersionFile[] | undefined {
  const files = listTree(repository.root, commit);
  if (!files) return undefined;
  const isProjectFile = projectMatcher(loaded);
  const wanted = files.filter((file) => isProjectFile(repository.toAbsolute(file.path)));
  const sources = readBlobs(
    repository.root,
    wanted.map((file) => file.oid),
    loaded.config.maxFileSize,
  );
  return wanted.map((file) => {
    const absolutePath = repository.toAbsolute(file.path);
    return { file: toDisplayPath(cwd, absolutePath), absolutePath, source: sources.get(file.oid)! };
  });
}

const GLOB_CHARS = /[*?[\]{}!]/;

/** Whether a path belongs to the project as `findFiles` walks it: Markdown below a role folder (no dot folders, no node_modules), a named file, or a glob match. */
function projectMatcher({ config, root }: LoadedConfig): (absolutePath: string) => boolean {
  const tests = config.roles.map((entry) => {
    const absolute = path.resolve(root, entry);
    if (GLOB_CHARS.test(entry)) {
      const match = picomatch(toPosix(absolute), { dot: false });
      return (file: string) => match(toPosix(file));
    }
    return (file: string) => {
      if (file === absolute) return true;
      const relative = path.relative(absolute, file);
      if (relative.startsWith('..') || path.isAbsolute(relative) || !file.endsWith('.md')) return false;
      return relative
        .split(path.sep)
        .slice(0, -1)
        .every((dir) => !dir.startsWith('.') && dir !== 'node_modules');
    };
  });
  return (file) => tests.some((test) => test(file));
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
