import { getLocale, type Locale } from './locale.js';
import { tIn } from './t.js';

/** Nouns the catalogue has in a singular and a plural form (`format.<noun>.one` / `.other`). */
export type CountedNoun = 'format.problems' | 'format.errors' | 'format.warnings' | 'format.files';

/** "1 error", "3 errors", "3 个错误": a number with its noun, in the current locale or the one given. */
export function countOf(count: number, noun: CountedNoun, locale: Locale = getLocale()): string {
  return tIn(locale, count === 1 ? `${noun}.one` : `${noun}.other`, { count });
}
