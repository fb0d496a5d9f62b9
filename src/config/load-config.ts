import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { isInside } from '../is-inside.js';
import { configSchema, type Config } from './config-schema.js';
import { t } from '../i18n/t.js';
import { zodErrors } from '../i18n/zod-errors.js';

export const CONFIG_FILE = 'roles.config.yaml';

/** Configuration that cannot be used: the only kind of bad input that stops a run (exit 2). */
export class ConfigError extends Error {}

export interface LoadedConfig {
  config: Config;
  /** The folder paths in the config are relative to: the config file's folder, or the working directory. */
  root: string;
  /** The config file, when one was found. */
  file?: string;
}

/** Finds `roles.config.yaml` upward from `cwd`; without one, every default applies. */
export function loadConfig(cwd: string, explicitFile?: string): LoadedConfig {
  const file = explicitFile ? path.resolve(cwd, explicitFile) : findUp(cwd);
  if (!file) return { config: configSchema.parse({}), root: cwd };
  let raw: unknown;
  try {
    const document = YAML.parseDocument(readFileSync(file, 'utf8'), { merge: false, strict: true });
    if (document.errors.length > 0)
      throw new ConfigError(
        t('config.yaml', { file: display(cwd, file), detail: document.errors[0]!.message.split('\n')[0]! }),
      );
    raw = document.toJS({ maxAliasCount: 10 }) ?? {};
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(t('config.unreadable', { file: display(cwd, file), detail: (error as Error).message }));
  }
  const unsafe = findUnsafeKey(raw);
  if (unsafe) throw new ConfigError(t('fs.unsafeConfigKey', { config: display(cwd, file), ...unsafe }));
  const result = configSchema.safeParse(raw, zodErrors());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(
      t('config.invalid', {
        file: display(cwd, file),
        path: issue.path.join('.') || t('config.root'),
        detail: issue.message,
      }),
    );
  }
  const root = path.dirname(file);
  // The walk and the writers stay inside the project; a roles folder outside it (`/`, `..`) is refused here.
  const outside = result.data.roles.find((entry) => !isInside(root, path.resolve(root, entry)));
  if (outside !== undefined)
    throw new ConfigError(t('fs.rolesOutsideProject', { config: display(cwd, file), entry: outside, root }));
  return { config: result.data, root, file };
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first `__proto__`, `constructor` or `prototype` key anywhere in the parsed YAML, with its path: such a key would be dropped or pollute, never configure. */
function findUnsafeKey(raw: unknown): { key: string; path: string } | undefined {
  const pending: Array<{ value: unknown; path: string }> = [{ value: raw, path: '' }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value } = item;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.getOwnPropertyNames(value)) {
      if (Array.isArray(value) && key === 'length') continue;
      const at = item.path ? `${item.path}.${key}` : key;
      if (UNSAFE_KEYS.has(key)) return { key, path: item.path || t('config.root') };
      pending.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return undefined;
}

function findUp(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function display(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || file;
}
