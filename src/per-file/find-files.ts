import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { describeCode, describeFsError } from '../i18n/describe-fs-error.js';
import { localized, t, type Localized } from '../i18n/t.js';
import { isInside } from '../is-inside.js';
import { toDisplayPath } from './display-path.js';

/** A path argument that matches nothing: a usage error, as in ESLint. */
export class NoFilesError extends Error {}

export interface FoundFiles {
  /** Absolute paths, sorted by their display path, each once. */
  files: string[];
  /** Skipped symlinks, as warnings on the link; unreadable folders, as errors on the folder. */
  diagnostics: Diagnostic[];
}

const GLOB_CHARS = /[*?[\]{}!]/;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/**
 * Expands folders, files and globs into the Markdown files below them.
 * Symlinks that loop or leave `projectRoot` are skipped with a warning.
 */
export function findFiles(targets: string[], cwd: string, projectRoot: string): FoundFiles {
  const found = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const root = safeRealpath(projectRoot) ?? projectRoot;
  const warn = (file: string, rule: string, message: string) =>
    diagnostics.push({
      file: toDisplayPath(cwd, file),
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      rule,
      severity: 'warning',
      message,
    });
  const problemAt = (file: string, rule: string, message: Localized): Diagnostic => ({
    file: toDisplayPath(cwd, file),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    rule,
    severity: 'error',
    ...message,
  });

  // A folder below which the walk goes: `realDir` is `dir` with symlinks resolved (entries below it need
  // no realpath call of their own); `up` chains the real folders above it, for loop detection.
  interface Folder {
    dir: string;
    realDir: string;
    up: Chain;
  }
  // Iterative, so that no depth of folders can overflow the stack.
  const walk = (start: Folder, accept: (file: string) => boolean): number => {
    let matched = 0;
    const pending: Folder[] = [start];
    for (let folder = pending.pop(); folder; folder = pending.pop()) {
      const { dir, realDir, up } = folder;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        // An unreadable folder (permissions, a path longer than PATH_MAX) is reported; the walk goes on.
        diagnostics.push(
          problemAt(dir, 'file-unreadable', localized('fs.folderUnreadable', { reason: describeFsError(error) })),
        );
        matched++;
        continue;
      }
      // Both are normalised absolute paths: joining is appending (path.join normalises every time).
      const dirPrefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
      const realPrefix = realDir.endsWith(path.sep) ? realDir : realDir + path.sep;
      for (const entry of entries) {
        const full = dirPrefix + entry.name;
        if (entry.isDirectory()) {
          if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
          const real = realPrefix + entry.name;
          pending.push({ dir: full, realDir: real, up: { real, up } });
        } else if (entry.isSymbolicLink()) {
          const real = safeRealpath(full);
          if (!real) {
            warn(
              full,
              'symlink-loop',
              'Unexpected symlink that cannot be resolved (a loop or a missing target), expected a file or folder: skipped',
            );
            matched++;
            continue;
          }
          if (!isInside(root, real)) {
            warn(
              full,
              'symlink-outside',
              `Unexpected symlink to \`${readlinkSync(full)}\` outside the project, expected a target inside it: skipped`,
            );
            matched++;
            continue;
          }
          let stat: Stats;
          try {
            stat = statSync(real);
          } catch (error) {
            diagnostics.push(
              problemAt(full, 'file-unreadable', localized('core.fileUnreadable', { reason: describeFsError(error) })),
            );
            matched++;
            continue;
          }
          if (stat.isDirectory()) {
            if (chainHas(up, (a) => a === real || isInside(real, a))) {
              warn(full, 'symlink-loop', 'Unexpected symlink to a folder that contains it, expected no loops: skipped');
              matched++;
              continue;
            }
            pending.push({ dir: full, realDir: real, up: { real, up } });
          } else if (accept(full)) {
            found.set(real, full);
            matched++;
          }
        } else if (entry.isFile() && accept(full)) {
          found.set(realPrefix + entry.name, full);
          matched++;
        }
      }
    }
    return matched;
  };
  const walkFrom = (dir: string, accept: (file: string) => boolean): number => {
    const real = safeRealpath(dir) ?? dir;
    return walk({ dir, realDir: real, up: { real, up: undefined } }, accept);
  };

  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    // A target counts what it matches, even files an earlier, overlapping target found already.
    let matched = 0;
    if (GLOB_CHARS.test(target) && lstatOrCode(absolute) === 'ENOENT') {
      const base = globBase(target);
      const matcher = picomatch(toPosix(path.resolve(cwd, target)), { dot: false });
      const baseDir = path.resolve(cwd, base);
      const baseStat = lstatOrCode(baseDir);
      if (typeof baseStat !== 'string' && baseStat.isDirectory())
        matched = walkFrom(baseDir, (f) => matcher(toPosix(f)));
    } else {
      const stat = lstatOrCode(absolute);
      if (typeof stat === 'string') {
        if (stat !== 'ENOENT' && stat !== 'ENOTDIR')
          throw new NoFilesError(t('fs.targetUnreadable', { target, reason: describeCode(stat) }));
      } else if (stat.isDirectory()) matched = walkFrom(absolute, isMarkdown);
      else if (stat.isSymbolicLink() && !safeRealpath(absolute)) {
        warn(absolute, 'symlink-loop', 'Unexpected symlink that cannot be resolved, expected a file: skipped');
        matched = 1;
      } else {
        found.set(safeRealpath(absolute) ?? absolute, absolute);
        matched = 1;
      }
    }
    if (matched === 0) throw new NoFilesError(`No files matching \`${target}\` were found.`);
  }
  // Display paths computed once, not twice per comparison.
  const files = [...found.values()]
    .map((file) => [toDisplayPath(cwd, file), file] as const)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, file]) => file);
  return { files, diagnostics };
}

function isMarkdown(file: string): boolean {
  return file.endsWith('.md');
}

/** Real folders from a folder up to the walk's start. */
interface Chain {
  real: string;
  up: Chain | undefined;
}

function chainHas(chain: Chain | undefined, test: (real: string) => boolean): boolean {
  for (let link = chain; link; link = link.up) if (test(link.real)) return true;
  return false;
}

/** The file's lstat, or the error code that kept it from being read (`ENOENT` when absent). */
function lstatOrCode(file: string): Stats | string {
  try {
    return lstatSync(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'ENOENT';
  }
}

function safeRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const index = parts.findIndex((part) => GLOB_CHARS.test(part));
  return parts.slice(0, index).join('/') || '.';
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
