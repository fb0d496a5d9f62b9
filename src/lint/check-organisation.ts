import type { Config } from '../config/config-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { buildGraph } from '../graph/build-graph.js';
import type { Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';
import type { ReadDirectives } from '../parse/read-directives.js';
import { checkDuplicateIds } from '../validate/check-duplicate-ids.js';
import { applyDirectives, runDocumentRules, runGraphRules } from './lint.js';
import type { RuleResolver } from './resolve-rules.js';

/** Which rules run after the schema: none (`validate`), per-file (`lint`), graph (`xref`), or both (`check`). */
export type RuleKinds = ReadonlySet<'document' | 'graph'>;

/** What the organisation stage starts from: every document after the per-file stage. */
export interface OrganisationInput {
  /** Every document of the project, parsed and validated by the per-file stage, in display-path order. */
  documents: readonly Document[];
  /** What the per-file stage found (read, parse and schema problems), for every file; none by default. */
  diagnostics?: readonly Diagnostic[];
  /** Document-rule findings the per-file stage already ran (or the cache held), by document; the rest run here. */
  lint?: ReadonlyMap<Document, Diagnostic[]>;
  /** Display paths of the files whose rule findings are wanted; every document by default. */
  inScope?: ReadonlySet<string>;
  resolver: RuleResolver;
  config: Config;
  /** The date rules check against, `YYYY-MM-DD`. */
  today: string;
  kinds: RuleKinds;
  /** Narrows the files in scope once the graph is built: `--changed` keeps the changed files and their neighbours. */
  selectScope?: (graph: Graph, documents: readonly Document[], inScope: ReadonlySet<string>) => ReadonlySet<string>;
  /** Told the document-rule findings run here, before inline disables, and the file's directives: the cache keeps them. */
  onDocumentLint?: (file: string, findings: Diagnostic[], directives: ReadDirectives) => void;
  /**
   * The findings of an earlier run over exactly the same files and contents (the cache), by a
   * key of the scope: when it has them, nothing is looked up or checked again.
   */
  reuse?: {
    get(scope: string): Diagnostic[] | undefined;
    set(scope: string, findings: Diagnostic[]): void;
  };
  /** The graph of `documents` when the caller has it already (the language server patches it after an edit). */
  graph?: Graph;
  /**
   * Only these documents' findings are wanted (the language server, for the files an edit can
   * reach; `inScope` names the same files): graph rules skip the rest.
   */
  scope?: ReadonlySet<Document>;
  /** With a scope: the documents declaring an id that a document in scope declares, among which duplicates are sought. */
  sharingIds?: readonly Document[];
}

/** What the organisation stage's stored findings are keyed by besides the files: the rule kinds and the files in scope. */
export function organisationScope(kinds: RuleKinds, inScope: ReadonlySet<string>): string {
  return `${[...kinds].sort().join()}\n${[...inScope].sort().join('\n')}`;
}

/** The organisation as checked. */
export interface CheckedOrganisation {
  graph: Graph;
  /** The per-file stage's diagnostics, duplicate ids and the rule findings of the files in scope; unsorted. */
  diagnostics: Diagnostic[];
  /** Display paths of the files in scope, after `selectScope`. */
  inScope: ReadonlySet<string>;
}

/**
 * The engine's one path from parsed documents to diagnostics: duplicate ids, the graph, the
 * document rules the per-file stage did not run, the graph rules, inline directives. `run` calls
 * it after reading the files, `--fix` after each pass of fixes, the language server after each
 * edit, and the rule tests on in-memory documents.
 */
export function checkOrganisation(input: OrganisationInput): CheckedOrganisation {
  const { documents, lint, resolver, config, today, kinds, selectScope, onDocumentLint, reuse } = input;
  const diagnostics = [...(input.diagnostics ?? [])];
  const graph = input.graph ?? buildGraph(documents, config.levels);
  const given = input.inScope ?? new Set(documents.map((document) => document.file));
  const inScope = selectScope ? selectScope(graph, documents, given) : given;
  // A narrowed scope (`--changed`) is all that is reported: graph rules walk from its files only.
  const scope =
    input.scope ?? (selectScope ? new Set(documents.filter((document) => inScope.has(document.file))) : undefined);
  // Nothing changed since the last run over the same files: its findings stand, no position is looked up again.
  const reuseKey = reuse ? organisationScope(kinds, inScope) : '';
  const reused = reuse?.get(reuseKey);
  if (reused) {
    for (const finding of reused) diagnostics.push(finding);
    return { graph, diagnostics, inScope };
  }
  const organisational = checkDuplicateIds(input.sharingIds ?? documents, scope);
  if (kinds.size > 0) {
    const scopedDocuments = scope ? [...scope] : documents.filter((document) => inScope.has(document.file));
    const findings: Diagnostic[] = [];
    if (kinds.has('document')) {
      for (const document of scopedDocuments) {
        let found = lint?.get(document);
        if (!found) {
          found = runDocumentRules(document, resolver, config, today);
          // Read while the tree is at hand, then let the tree go: ten thousand kept would take a gigabyte.
          const directives = document.directives();
          document.releaseMarkdown();
          onDocumentLint?.(document.file, found, directives);
        }
        for (const finding of found) findings.push(finding);
      }
    }
    // Graph rules always run: a file's references can break without the file changing.
    if (kinds.has('graph'))
      for (const finding of runGraphRules(graph, resolver, config, today, scope)) findings.push(finding);
    for (const finding of applyDirectives(scopedDocuments, findings, resolver, kinds)) organisational.push(finding);
  }
  reuse?.set(reuseKey, organisational);
  for (const finding of organisational) diagnostics.push(finding);
  return { graph, diagnostics, inScope };
}
