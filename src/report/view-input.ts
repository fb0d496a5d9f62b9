import type { Organisation } from './collect-organisation.js';
import type { FormLanguage } from './form-labels.js';
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
  /** The language of the form's labels; zh-CN unless asked. */
  language?: FormLanguage;
  /** The handbook's date and the version of the role files it was made from. */
  edition?: { date: string; version: string };
}
