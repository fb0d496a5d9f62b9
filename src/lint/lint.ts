import type { Config } from '../config/config-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Graph } from '../graph/graph.js';
import { diagnosticAt, type Document } from '../parse/document.js';
import { indexDirectives } from './directives.js';
import type { ActiveRule, RuleResolver } from './resolve-rules.js';
import type { Problem, Rule } from '../rules/rule.js';
import { formatMessage, type MessageData } from '../i18n/format-message.js';
import { getLocale } from '../i18n/locale.js';
import type { Localized } from '../i18n/t.js';
import { unusedDisable } from '../rules/unused-disable.js';

function stamp(document: Document, active: ActiveRule, problem: Problem): Diagnostic {
  const diagnostic = diagnosticAt(
    document,
    problem.start,
    problem.end,
    active.rule.id,
    ruleMessage(active.rule, problem.messageId, problem.data),
    active.severity,
  );
  if (problem.fix) diagnostic.fix = problem.fix;
  if (problem.suggestion) diagnostic.suggestion = problem.suggestion;
  if (problem.related) diagnostic.related = problem.related;
  return diagnostic;
}

/** A rule's message in the run's language; an id the rule does not declare is a bug in the rule. */
export function ruleMessage(rule: Rule, messageId: string, data?: MessageData): Localized {
  const message = rule.messages?.[messageId];
  if (!message) throw new Error(`rule \`${rule.id}\` reported an undeclared message \`${messageId}\``);
  const text = formatMessage(message[getLocale()], data);
  return data ? { messageId, data, message: text } : { messageId, message: text };
}

/**
 * Runs the document rules in force on one file, before inline disables apply. The result
 * depends on nothing but the file, the configuration and the date, so it can be cached.
 */
export function runDocumentRules(
  document: Document,
  resolver: RuleResolver,
  config: Config,
  today: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const active of resolver.forFile(document.file)) {
    if (active.rule.kind !== 'document') continue;
    active.rule.check(document, {
      options: active.options,
      config,
      today,
      report: (problem: Problem) => diagnostics.push(stamp(document, active, problem)),
    });
  }
  return diagnostics;
}

/**
 * Runs the graph rules once over the whole organisation, before inline disables apply. With a
 * scope, only the problems of the documents in it are wanted: rules skip what they can, and
 * reports elsewhere are dropped.
 */
export function runGraphRules(
  graph: Graph,
  resolver: RuleResolver,
  config: Config,
  today: string,
  scope?: ReadonlySet<Document>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const active of resolver.base) {
    if (active.rule.kind !== 'graph') continue;
    active.rule.check(graph, {
      options: active.options,
      config,
      today,
      ...(scope ? { scope } : {}),
      report: (document: Document, problem: Problem) => {
        if (scope && !scope.has(document)) return;
        // A file's overrides may switch a graph rule off or change its severity there.
        const local = resolver.forFile(document.file).find((candidate) => candidate.rule.id === active.rule.id);
        if (local) diagnostics.push(stamp(document, local, problem));
      },
    });
  }
  return diagnostics;
}

/**
 * Drops the rule findings that an inline `roles-disable…` comment switches off, then reports
 * each directive of the documents in scope that disabled nothing (these reports cannot
 * themselves be disabled). Parse and schema diagnostics are never passed here.
 */
export function applyDirectives(
  inScope: readonly Document[],
  findings: readonly Diagnostic[],
  resolver: RuleResolver,
  kinds: ReadonlySet<'document' | 'graph'>,
): Diagnostic[] {
  const byFile = new Map(inScope.map((document) => [document.file, document]));
  const directives = new Map(
    inScope
      .filter((document) => document.body.includes('roles-'))
      .map((document) => [document.file, indexDirectives(document)]),
  );
  const kept = findings.filter((diagnostic) => {
    const index = directives.get(diagnostic.file);
    return !index?.suppresses(diagnostic.rule, diagnostic.line, diagnostic.column);
  });
  const known = new Set(resolver.rules.map((rule) => rule.id));
  const allRan = kinds.has('document') && kinds.has('graph');
  for (const [file, index] of directives) {
    const document = byFile.get(file)!;
    const inForce = resolver.forFile(file);
    const active = inForce.find((candidate) => candidate.rule === unusedDisable);
    if (!active) continue;
    const ran = (id: string) => inForce.some((candidate) => candidate.rule.id === id && kinds.has(candidate.rule.kind));
    for (const problem of index.problems(known, ran, allRan)) kept.push(stamp(document, active, problem));
  }
  return kept;
}
