import type { Organisation } from './collect-organisation.js';
import type { Scope } from './select-scope.js';

/** What every view builds from. */
export interface ViewInput {
  organisation: Organisation;
  scope: Scope;
  /** The `skills` view's grouping. */
  groupBy: 'department' | 'level';
  /** The `role` view's role id. */
  id?: string;
}
