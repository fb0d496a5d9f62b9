/** The languages every message, report and help text exists in. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

// One locale per run, set by the entry point before anything is printed; English until then.
let current: Locale = 'en';

/** The language messages are rendered in now. */
export function getLocale(): Locale {
  return current;
}

/** Sets the language of everything rendered after this call; only entry points (CLI, worker, server) call it. */
export function setLocale(locale: Locale): void {
  current = locale;
}

/**
 * Reads a locale name as people and systems write it: `zh-CN`, `zh_CN.UTF-8`, `zh`, `zh-Hans`,
 * `en_US`, `C`. Undefined for a language roles does not speak.
 */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  const name = value.trim().split(/[.@]/)[0]!.replace('_', '-').toLowerCase();
  if (name === 'zh' || name.startsWith('zh-')) return 'zh-CN';
  if (name === 'en' || name.startsWith('en-') || name === 'c' || name === 'posix') return 'en';
  return undefined;
}

export interface LocaleSources {
  /** `--lang`. */
  flag?: string;
  /** `locale:` in roles.config.yaml. */
  config?: string;
  env: Record<string, string | undefined>;
}

/**
 * `--lang`, then `locale:` in the config, then the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that
 * is set (as POSIX reads them), then English.
 */
export function resolveLocale({ flag, config, env }: LocaleSources): Locale {
  const chosen = parseLocale(flag) ?? parseLocale(config);
  if (chosen) return chosen;
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return parseLocale(system) ?? 'en';
}
