import type { Locale } from '../i18n/locale.js';
import type { Organisation } from './collect-organisation.js';
import type { Scope } from './select-scope.js';

/** What every view builds from. */
export interface ViewInput {
  organisation: Organisation;
  scope: Scope;
  /** The `skills` view's grouping. */
  groupBy: 'department' | 'level';
  /** The `role` and `card` views' role id. */
  id?: string;
  /** `card --all`: every role in scope. */
  all?: boolean;
  /** The language the command chose (every view renders in `getLocale()`; the form views record it in their JSON). */
  language?: Locale;
  /** The handbook's date and the version of the role files it was made from. */
  edition?: { date: string; version: string };
}
