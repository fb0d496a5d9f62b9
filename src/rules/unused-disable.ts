import type { DocumentRule } from './rule.js';

/**
 * Inline `roles-disable…` comments that disable nothing, name unknown rules, or are misspelt.
 * Only the engine knows what each comment disabled once every rule has run, so `lintDocuments`
 * reports these (see `directives.ts`); the rule object carries the id, severity and docs.
 */
export const unusedDisable: DocumentRule = {
  id: 'unused-disable',
  kind: 'document',
  description: 'Inline roles-disable comments disable something and name known rules',
  defaultSeverity: 'warning',
  check() {
    // Nothing to look at in the file: the engine reports unused directives after every other rule ran.
  },
};
