import path from 'node:path';
import picomatch from 'picomatch';
import type { Config, RuleSetting } from '../config/config-schema.js';
import { ConfigError } from '../config/load-config.js';
import type { Rule } from '../rules/rule.js';
import { t } from '../i18n/t.js';
import { zodErrors } from '../i18n/zod-errors.js';
import { didYouMean } from '../text/did-you-mean.js';

/** A rule as configured for one file: its severity (or off) and validated options. */
export interface ActiveRule {
  rule: Rule;
  severity: 'error' | 'warning';
  options: unknown;
}

export interface RuleResolver {
  /** Rules in force for a file (display path relative to the working directory), in registry order. */
  forFile(file: string): ActiveRule[];
  /** Rules in force with the project-wide settings (for graph rules). */
  base: ActiveRule[];
  /** Every rule known, in force or not (for inline directives that name them). */
  rules: readonly Rule[];
}

/**
 * Merges defaults, `rules` and `overrides` into per-file settings. Unknown rule ids and
 * invalid options are configuration errors (exit 2), found before any file is checked.
 */
export function resolveRules(rules: readonly Rule[], config: Config, configRoot: string, cwd: string): RuleResolver {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const check = (settings: Record<string, RuleSetting>, where: string) => {
    for (const id of Object.keys(settings)) {
      if (byId.has(id)) continue;
      const near = didYouMean(id, [...byId.keys()]);
      const hint = near ? t('didYouMean', { candidates: `\`${near}\`` }) : t('config.seeRules');
      throw new ConfigError(t('config.unknownRule', { where, id, hint }));
    }
  };
  check(config.rules, '`rules`');
  config.overrides.forEach((override, i) => check(override.rules, `\`overrides[${i}].rules\``));

  const settle = (layers: Array<Record<string, RuleSetting>>): ActiveRule[] => {
    const active: ActiveRule[] = [];
    for (const rule of rules) {
      let setting: RuleSetting = rule.defaultSeverity;
      for (const layer of layers) if (layer[rule.id] !== undefined) setting = layer[rule.id]!;
      const [severity, rawOptions] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
      if (severity === 'off') continue;
      active.push({ rule, severity, options: parseOptions(rule, rawOptions) });
    }
    return active;
  };

  const matchers = config.overrides.map((override) => ({
    match: picomatch(override.files, { dot: true }),
    rules: override.rules,
  }));
  const base = settle([config.rules]);
  const cache = new Map<string, ActiveRule[]>();
  return {
    base,
    rules,
    forFile(file) {
      const relative = path.relative(configRoot, path.resolve(cwd, file)).split(path.sep).join('/');
      const layers = matchers.filter((m) => m.match(relative)).map((m) => m.rules);
      if (layers.length === 0) return base;
      const key = layers.map((_, i) => i).join(',') + relative;
      let active = cache.get(key);
      if (!active) cache.set(key, (active = settle([config.rules, ...layers])));
      return active;
    },
  };
}

function parseOptions(rule: Rule, raw: unknown): unknown {
  if (!rule.options) {
    if (raw !== undefined) throw new ConfigError(t('config.noOptions', { id: rule.id }));
    return undefined;
  }
  const result = rule.options.safeParse(raw ?? {}, zodErrors());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(
      t('config.invalidOption', {
        id: rule.id,
        option: issue.path.join('.') || t('config.options'),
        detail: issue.message,
      }),
    );
  }
  return result.data;
}
