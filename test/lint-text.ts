import { configSchema, type ConfigInput } from '../src/config/config-schema.js';
import { sortDiagnostics, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { fixDocument } from '../src/lint/fix/fix-document.js';
import { lintDocuments } from '../src/lint/lint.js';
import { resolveRules } from '../src/lint/resolve-rules.js';
import type { Rule } from '../src/rules/rule.js';
import type { Document } from '../src/parse/document.js';
import { parseDocument } from '../src/parse/parse-document.js';
import { createRoleSchema } from '../src/schema/role-schema.js';
import { validateDocument } from '../src/validate/validate-document.js';
import { compact } from './check-files.js';
import { setLocale, type Locale } from '../src/i18n/locale.js';

export interface LintTextOptions {
  /** Options for the rule under test (the rule's first, when several are given). */
  options?: unknown;
  /** More configuration, merged under the rule setting. */
  config?: ConfigInput;
  /** `YYYY-MM-DD`; default 2026-06-30. */
  today?: string;
  /** Display path of the file; default `roles/test.md`. */
  file?: string;
  kinds?: ReadonlySet<'document' | 'graph'>;
  /** The language of the messages (default: English; the setup file resets it before each test). */
  locale?: Locale;
}

/**
 * Lints one in-memory file with only the given rules switched on (each at its default severity,
 * or `warning` when it is off by default), as the pipeline does: parse, schema, rules.
 */
export function lintText(text: string, rules: Rule | Rule[], options: LintTextOptions = {}): string[] {
  return lintTextFull(text, rules, options).map(compact);
}

export function lintTextFull(text: string, rules: Rule | Rule[], options: LintTextOptions = {}): Diagnostic[] {
  if (options.locale) setLocale(options.locale);
  const { document, context } = prepare(text, rules, options);
  return sortDiagnostics(lintDocuments([document], context));
}

/** Fixes one in-memory file with the given rules, as `roles lint --fix` does; returns the new text. */
export function fixText(text: string, rules: Rule | Rule[], options: LintTextOptions = {}): string {
  return fixTextFull(text, rules, options).text;
}

export function fixTextFull(
  text: string,
  rules: Rule | Rule[],
  options: LintTextOptions = {},
): { text: string; passes: number; remaining: string[] } {
  const { document, context, config } = prepare(text, rules, options);
  const fixed = fixDocument(document, {
    ...context,
    roleSchema: createRoleSchema(config.levels as [string, ...string[]]),
  });
  return {
    text: fixed.document.text,
    passes: fixed.passes.length,
    remaining: sortDiagnostics(fixed.diagnostics).map(compact),
  };
}

function prepare(text: string, rules: Rule | Rule[], options: LintTextOptions) {
  const list = Array.isArray(rules) ? rules : [rules];
  const file = options.file ?? 'roles/test.md';
  const settings = Object.fromEntries(
    list.map((rule, i) => {
      const severity = rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity;
      return [rule.id, i === 0 && options.options !== undefined ? [severity, options.options] : severity];
    }),
  );
  const config = configSchema.parse({ ...options.config, rules: { ...options.config?.rules, ...settings } });
  const { document } = parseDocument(file, `/project/${file}`, text, false);
  validateDocument(document, createRoleSchema(config.levels as [string, ...string[]]));
  const resolver = resolveRules(list, config, '/project', '/project');
  const graph = buildGraph([document] as Document[], config.levels);
  const context = {
    graph,
    config,
    resolver,
    kinds: options.kinds ?? new Set(['document', 'graph'] as const),
    today: options.today ?? '2026-06-30',
  };
  return { document, context, config };
}
