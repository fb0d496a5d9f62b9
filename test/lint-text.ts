import { configSchema, type ConfigInput } from '../src/config/config-schema.js';
import { sortDiagnostics, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { checkOrganisation, type OrganisationInput } from '../src/lint/check-organisation.js';
import { fixOrganisation } from '../src/lint/fix/fix-organisation.js';
import { resolveRules } from '../src/lint/resolve-rules.js';
import { checkFile } from '../src/per-file/check-file.js';
import type { Rule } from '../src/rules/rule.js';
import { createRoleSchema } from '../src/schema/role-schema.js';
import { validateDocument } from '../src/validate/validate-document.js';
import type { Document } from '../src/parse/document.js';
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
 * or `warning` when it is off by default), through the engine's own stages: the per-file stage
 * (`checkFile`: parse, schema, document rules) and the organisation stage (`checkOrganisation`:
 * graph, graph rules, directives). Returns the rule findings (parse and schema problems left out).
 */
export function lintText(text: string, rules: Rule | Rule[], options: LintTextOptions = {}): string[] {
  return lintTextFull(text, rules, options).map(compact);
}

export function lintTextFull(text: string, rules: Rule | Rule[], options: LintTextOptions = {}): Diagnostic[] {
  if (options.locale) setLocale(options.locale);
  return sortDiagnostics(checkOrganisation(prepare(text, rules, options).input).diagnostics);
}

/** Fixes one in-memory file with the given rules, as `roles lint --fix` does (`fixOrganisation`); returns the new text. */
export function fixText(text: string, rules: Rule | Rule[], options: LintTextOptions = {}): string {
  return fixTextFull(text, rules, options).text;
}

export function fixTextFull(
  text: string,
  rules: Rule | Rule[],
  options: LintTextOptions = {},
): { text: string; passes: number; remaining: string[] } {
  const { input, validate } = prepare(text, rules, options);
  const fixed = fixOrganisation({ ...input, validate });
  const change = fixed.changes[0];
  return {
    text: change?.text ?? text,
    passes: change?.passes.length ?? 0,
    // Parse and schema problems count once the text changed, as in the per-file stage of the fixed file.
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
  const resolver = resolveRules(list, config, '/project', '/project');
  const today = options.today ?? '2026-06-30';
  const kinds = options.kinds ?? new Set(['document', 'graph'] as const);
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  const validate = (document: Document) => validateDocument(document, roleSchema);
  const { document, entry } = checkFile(
    file,
    `/project/${file}`,
    { kind: 'ok', text, bom: false },
    { validate, ...(kinds.has('document') ? { lint: { resolver, config, today } } : {}) },
  );
  const input: OrganisationInput = {
    documents: [document],
    ...(entry.lint ? { lint: new Map([[document, entry.lint]]) } : {}),
    resolver,
    config,
    today,
    kinds,
  };
  return { input, validate };
}
