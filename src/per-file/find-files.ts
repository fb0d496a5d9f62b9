import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isInside } from '../is-inside.js';
import { toDisplayPath } from './display-path.js';

/** A path argument that matches nothing: a usage error, as in ESLint. */
export class NoFilesError extends Error {}

export interface FoundFiles {
  /** Absolute paths, sorted by their display path, each once. */
  files: string[];
  /** Skipped symlinks, as warnings on the link. */
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

  // `realDir` is `dir` with symlinks resolved: entries below it need no realpath call of their own.
  const walk = (dir: string, realDir: string, ancestors: Set<string>, accept: (file: string) => boolean) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
        const real = path.join(realDir, entry.name);
        walk(full, real, new Set(ancestors).add(real), accept);
      } else if (entry.isSymbolicLink()) {
        const real = safeRealpath(full);
        if (!real) {
          warn(
            full,
            'symlink-loop',
            'Unexpected symlink that cannot be resolved (a loop or a missing target), expected a file or folder: skipped',
          );
          continue;
        }
        if (!isInside(root, real)) {
          warn(
            full,
            'symlink-outside',
            `Unexpected symlink to \`${readlinkSync(full)}\` outside the project, expected a target inside it: skipped`,
          );
          continue;
        }
        const stat = statSync(real);
        if (stat.isDirectory()) {
          if (ancestors.has(real) || [...ancestors].some((a) => isInside(real, a))) {
            warn(full, 'symlink-loop', 'Unexpected symlink to a folder that contains it, expected no loops: skipped');
            continue;
          }
          walk(full, real, new Set(ancestors).add(real), accept);
        } else if (accept(full)) {
          found.set(real, full);
        }
      } else if (entry.isFile() && accept(full)) {
        found.set(path.join(realDir, entry.name), full);
      }
    }
  };

  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const before = found.size + diagnostics.length;
    if (GLOB_CHARS.test(target) && !exists(absolute)) {
      const base = globBase(target);
      const matcher = picomatch(toPosix(path.resolve(cwd, target)), { dot: false });
      const baseDir = path.resolve(cwd, base);
      if (exists(baseDir) && lstatSync(baseDir).isDirectory()) {
        const real = safeRealpath(baseDir) ?? baseDir;
        walk(baseDir, real, new Set([real]), (f) => matcher(toPosix(f)));
      }
    } else if (exists(absolute)) {
      const stat = lstatSync(absolute);
      if (stat.isDirectory()) {
        const real = safeRealpath(absolute) ?? absolute;
        walk(absolute, real, new Set([real]), isMarkdown);
      } else if (stat.isSymbolicLink() && !safeRealpath(absolute))
        warn(absolute, 'symlink-loop', 'Unexpected symlink that cannot be resolved, expected a file: skipped');
      else found.set(safeRealpath(absolute) ?? absolute, absolute);
    }
    if (found.size + diagnostics.length === before)
      throw new NoFilesError(`No files matching \`${target}\` were found.`);
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

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
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
