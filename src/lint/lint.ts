import type { Config } from '../config/config-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Graph } from '../graph/graph.js';
import { diagnosticAt, type Document } from '../parse/document.js';
import { indexDirectives, type DirectiveIndex } from './directives.js';
import type { ActiveRule, RuleResolver } from './resolve-rules.js';
import type { Problem } from './rule.js';
import { unusedDisable } from './rules/unused-disable.js';
import { isoDate } from './today.js';

export interface LintOptions {
  graph: Graph;
  config: Config;
  resolver: RuleResolver;
  /** Which kinds of rule to run: `roles lint` runs document rules, `roles xref` graph rules, `roles check` both. */
  kinds: ReadonlySet<'document' | 'graph'>;
  /** The date rules check against, `YYYY-MM-DD`; the commands pass `ROLES_TODAY` or the calendar date. */
  today?: string;
}

/**
 * Runs the rules in force and stamps each problem with file, rule id and severity, unless an
 * inline `roles-disable…` comment switches it off. Document rules run on the files in scope;
 * graph rules always see every document. Last, each directive that disabled nothing is reported.
 */
export function lintDocuments(inScope: readonly Document[], { graph, config, resolver, kinds, today = isoDate(new Date()) }: LintOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const directives = new Map<Document, DirectiveIndex>();
  const directivesOf = (document: Document) => {
    let index = directives.get(document);
    if (!index) directives.set(document, (index = indexDirectives(document)));
    return index;
  };
  const push = (document: Document, active: ActiveRule, problem: Problem) => {
    const diagnostic = diagnosticAt(document, problem.start, problem.end, active.rule.id, problem.message, active.severity);
    if (problem.fix) diagnostic.fix = problem.fix;
    if (problem.related) diagnostic.related = problem.related;
    return diagnostic;
  };
  const stamp = (document: Document, active: ActiveRule, problem: Problem) => {
    const diagnostic = push(document, active, problem);
    if (!directivesOf(document).suppresses(active.rule.id, problem.start, diagnostic.line)) diagnostics.push(diagnostic);
  };

  if (kinds.has('document')) {
    for (const document of inScope) {
      for (const active of resolver.forFile(document.file)) {
        if (active.rule.kind !== 'document') continue;
        active.rule.check(document, { options: active.options, config, today, graph, report: (problem: Problem) => stamp(document, active, problem) });
      }
    }
  }
  if (kinds.has('graph')) {
    for (const active of resolver.base) {
      if (active.rule.kind !== 'graph') continue;
      active.rule.check(graph, {
        options: active.options,
        config,
        today,
        report: (document: Document, problem: Problem) => {
          // A file's overrides may switch a graph rule off or change its severity there.
          const local = resolver.forFile(document.file).find((candidate) => candidate.rule.id === active.rule.id);
          if (local) stamp(document, local, problem);
        },
      });
    }
  }

  // Only now is it known what each directive disabled; these reports cannot themselves be disabled.
  const known = new Set(resolver.rules.map((rule) => rule.id));
  const allRan = kinds.has('document') && kinds.has('graph');
  for (const document of inScope) {
    const inForce = resolver.forFile(document.file);
    const active = inForce.find((candidate) => candidate.rule === unusedDisable);
    if (!active) continue;
    const ran = (id: string) => inForce.some((candidate) => candidate.rule.id === id && kinds.has(candidate.rule.kind));
    for (const problem of directivesOf(document).problems(known, ran, allRan)) diagnostics.push(push(document, active, problem));
  }
  return diagnostics;
}
