import type { Config } from '../../config/config-schema.js';
import type { Diagnostic, Fix } from '../../diagnostics/diagnostic.js';
import type { Graph } from '../../graph/graph.js';
import type { Document } from '../../parse/document.js';
import { parseDocument } from '../../parse/parse-document.js';
import type { createRoleSchema } from '../../schema/role-schema.js';
import { validateDocument } from '../../validate/validate-document.js';
import { lintDocuments } from '../lint.js';
import type { RuleResolver } from '../resolve-rules.js';
import { applyFixes } from './apply-fixes.js';

/** Passes before giving up on fixes that keep producing fixes; real files settle in two or three. */
export const MAX_PASSES = 10;

/** What fixing needs to re-check a file exactly as the pipeline does. */
export interface FixContext {
  config: Config;
  resolver: RuleResolver;
  graph: Graph;
  roleSchema: ReturnType<typeof createRoleSchema>;
  today: string;
  kinds: ReadonlySet<'document' | 'graph'>;
}

/** A file after fixing: the last parse of its text and what is still wrong with it. */
export interface FixedDocument {
  document: Document;
  /** Parse, schema and rule diagnostics of the fixed text (cross-file ones such as duplicate ids aside); only the rule diagnostics when nothing changed. */
  diagnostics: Diagnostic[];
  /** The fixes applied in each pass, each against the text of that pass. */
  passes: Fix[][];
}

/**
 * Lints, applies the fixes that do not overlap, re-parses and lints again, until nothing more
 * is fixable or MAX_PASSES is reached. Disabled problems are never fixed: the engine drops them.
 */
export function fixDocument(original: Document, context: FixContext): FixedDocument {
  let document = original;
  let checked: Diagnostic[] = [];
  const passes: Fix[][] = [];
  let lint = lintOne(document, context);
  while (passes.length < MAX_PASSES) {
    const { text, applied } = applyFixes(
      document.text,
      lint.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    if (applied.length === 0) break;
    passes.push(applied);
    const parsed = parseDocument(document.file, document.absolutePath, text, document.bom);
    document = parsed.document;
    checked = [...parsed.diagnostics, ...validateDocument(document, context.roleSchema)];
    lint = lintOne(document, context);
  }
  if (passes.length === 0) return { document, diagnostics: lint, passes };
  return { document, diagnostics: [...checked, ...lint], passes };
}

function lintOne(document: Document, { config, resolver, graph, today, kinds }: FixContext): Diagnostic[] {
  return lintDocuments([document], { graph, config, resolver, kinds, today });
}
