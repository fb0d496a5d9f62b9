import type { Config } from '../config/config-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Graph } from '../graph/graph.js';
import { diagnosticAt, type Document } from '../parse/document.js';
import type { ActiveRule, RuleResolver } from './resolve-rules.js';
import type { Problem } from './rule.js';

export interface LintOptions {
  graph: Graph;
  config: Config;
  resolver: RuleResolver;
  /** Which kinds of rule to run: `roles lint` runs document rules, `roles xref` graph rules, `roles check` both. */
  kinds: ReadonlySet<'document' | 'graph'>;
}

/**
 * Runs the rules in force and stamps each problem with file, rule id and severity.
 * Document rules run on the files in scope; graph rules always see every document.
 */
export function lintDocuments(inScope: readonly Document[], { graph, config, resolver, kinds }: LintOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stamp = (document: Document, active: ActiveRule, problem: Problem) => {
    const diagnostic = diagnosticAt(document, problem.start, problem.end, active.rule.id, problem.message, active.severity);
    if (problem.fix) diagnostic.fix = problem.fix;
    if (problem.related) diagnostic.related = problem.related;
    diagnostics.push(diagnostic);
  };

  if (kinds.has('document')) {
    for (const document of inScope) {
      for (const active of resolver.forFile(document.file)) {
        if (active.rule.kind !== 'document') continue;
        active.rule.check(document, { options: active.options, config, graph, report: (problem: Problem) => stamp(document, active, problem) });
      }
    }
  }
  if (kinds.has('graph')) {
    for (const active of resolver.base) {
      if (active.rule.kind !== 'graph') continue;
      active.rule.check(graph, {
        options: active.options,
        config,
        report: (document: Document, problem: Problem) => {
          // A file's overrides may switch a graph rule off or change its severity there.
          const local = resolver.forFile(document.file).find((candidate) => candidate.rule.id === active.rule.id);
          if (local) stamp(document, local, problem);
        },
      });
    }
  }
  return diagnostics;
}
