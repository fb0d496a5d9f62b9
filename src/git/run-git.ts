import { spawnSync } from 'node:child_process';
import { UsageError } from '../usage-error.js';
import { t } from '../i18n/t.js';

/** What a git command gave back: its output as bytes, or why it failed. */
export type GitResult = { ok: true; stdout: Buffer } | { ok: false; message: string; missing: boolean };

/** A git problem that stops a command which cannot work without git (`roles diff`): exit 2. */
export class GitError extends UsageError {}

/**
 * Runs the real `git` with an argument array, never through a shell, so no path or ref can be
 * read as a command. Paths are exchanged NUL-separated (`-z`) wherever git offers it.
 */
export function runGit(args: readonly string[], cwd: string, input?: Buffer | string): GitResult {
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    windowsHide: true,
    // Never wait for a password prompt or a pager.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      missing: code === 'ENOENT',
      message: code === 'ENOENT' ? t('git.notInstalled') : result.error.message,
    };
  }
  if (result.status !== 0) {
    const stderr = result.stderr.toString('utf8').trim().split('\n')[0] ?? '';
    return {
      ok: false,
      missing: false,
      message: stderr || t('git.exited', { command: args[0] ?? '', status: String(result.status) }),
    };
  }
  return { ok: true, stdout: result.stdout };
}

/** Splits `-z` output into its NUL-terminated fields. */
export function splitNul(output: Buffer): string[] {
  const text = output.toString('utf8');
  const fields = text.split('\0');
  if (fields.at(-1) === '') fields.pop();
  return fields;
}
