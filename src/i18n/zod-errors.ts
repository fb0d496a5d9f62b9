import { locales } from 'zod';
import { getLocale } from './locale.js';

const zhCN = locales.zhCN().localeError;

/**
 * Parse options that give zod's own messages (for configuration and options, whose custom
 * messages come from the catalogue) in the current language: `schema.safeParse(value, zodErrors())`.
 */
export function zodErrors(): { error?: typeof zhCN } {
  return getLocale() === 'zh-CN' ? { error: zhCN } : {};
}
