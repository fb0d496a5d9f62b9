import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/**
 * The key that signs this machine's cache files, kept outside any work tree: `ROLES_CACHE_SECRET`
 * (for CI, from a secret a pull request cannot read), else a random key made once in
 * `$XDG_CACHE_HOME/roles/cache-secret` (`~/.cache/…`), readable by its owner only.
 * Undefined when neither can be had: then no cache is read or written.
 */
export function cacheSecret(env: Record<string, string | undefined>): Buffer | undefined {
  if (env.ROLES_CACHE_SECRET) return Buffer.from(env.ROLES_CACHE_SECRET, 'utf8');
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || homedir(), '.cache');
  const file = path.join(base, 'roles', 'cache-secret');
  try {
    return readFileSync(file);
  } catch {
    // First run on this machine: make the key below.
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32), { flag: 'wx', mode: 0o600 });
  } catch {
    // Another run made it meanwhile (read it below), or the folder is not writable (no cache).
  }
  try {
    const secret = readFileSync(file);
    return secret.length >= 16 ? secret : undefined;
  } catch {
    return undefined;
  }
}
