import type { Rule } from './rule.js';

/** Every rule, listed explicitly: no loader, no magic. Graph rules are rules like any other. */
export const RULES: readonly Rule[] = [];
