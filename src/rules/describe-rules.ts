import { CORE_RULES, coreRulePage, type RuleDescriptor } from '../diagnostics/core-rules.js';
import { docsUrl } from '../docs-url.js';
import { say } from '../i18n/t.js';
import type { Rule } from './rule.js';
import { RULES } from './registry.js';

/** A rule's page: `docs/rules/<id>.md`, named after the rule as its source file is. */
export function ruleDocsPage(rule: Pick<Rule, 'id'>): string {
  return `rules/${rule.id}.md`;
}

/**
 * What formatters may know of every rule that can appear in diagnostics, core checks first, in
 * catalogue order: id, description in the run's language and the web address of its docs page.
 */
export function describeRules(rules: readonly Rule[] = RULES): RuleDescriptor[] {
  const described: RuleDescriptor[] = [];
  for (const { id, description } of CORE_RULES)
    described.push(withUrl({ id, description: say(description) }, coreRulePage(id)));
  for (const rule of rules)
    described.push(withUrl({ id: rule.id, description: say(rule.description) }, ruleDocsPage(rule)));
  return described;
}

function withUrl(descriptor: RuleDescriptor, page: string): RuleDescriptor {
  return { ...descriptor, url: docsUrl(page) };
}
