import type { Config } from '../config/config-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { applyDirectives } from '../lint/lint.js';
import type { RuleResolver } from '../lint/resolve-rules.js';
import type { Document } from '../parse/document.js';
import type { CacheStore, CachedFile, FileLinks } from './cache-store.js';
import { checkFile } from './check-file.js';
import { headHash } from './file-links.js';
import { sourceProblem } from './load-documents.js';
import type { ReadFile } from './read-files.js';
import { decodeSource } from './read-source.js';

export interface AroundEditsInput {
  /** Every file of the project, read and hashed. */
  read: readonly ReadFile[];
  cache: CacheStore;
  /** What the stored organisation stage was keyed by (`organisationScope`) for the files asked for. */
  scope: string;
  /** Display paths of the files asked for. */
  given: ReadonlySet<string>;
  kinds: ReadonlySet<'document' | 'graph'>;
  resolver: RuleResolver;
  config: Config;
  today: string;
  validate: (document: Document) => Diagnostic[];
  /** Narrows the files in scope from each file's ids (`--changed`). */
  select: (files: ReadonlyMap<string, FileLinks>, inScope: ReadonlySet<string>) => ReadonlySet<string>;
}

/**
 * `--changed` over a warm cache when every edited file kept its front matter byte for byte (and
 * no `roles-disable…` comment that could hide a graph finding): the organisation is then the one the cache's last run checked, so its
 * graph findings stand. Only the edited files are parsed, validated and linted; their stored graph
 * findings go through their new directives. Undefined when this does not hold: the caller checks
 * the usual way. Unsorted diagnostics of every file, and the files in scope.
 */
export function reuseAroundEdits(
  input: AroundEditsInput,
): { diagnostics: Diagnostic[]; inScope: ReadonlySet<string> } | undefined {
  const { read, cache, kinds, resolver, config, today } = input;
  const documentFiles = read.filter((entry) => entry.read?.kind === 'bytes').map((entry) => entry.file);
  const stored = cache.storedRun?.(input.scope, documentFiles);
  // The scope is chosen from every file's links: one missing could leave out a neighbour.
  if (!stored || documentFiles.some((file) => !stored.links.has(file))) return undefined;
  const kindOf = new Map(resolver.rules.map((rule) => [rule.id, rule.kind]));
  const edited = new Map<string, { document: Document; entry: CachedFile }>();
  for (const { file, absolutePath, read: raw, hash } of read) {
    if (raw?.kind !== 'bytes' || stored.files.get(file)?.hash === hash) continue;
    const before = stored.links.get(file);
    const source = decodeSource(raw.bytes);
    // Stored graph findings went through the old comments: they are whole only if none could hide one.
    if (!before || before.disables.some((rule) => rule === '*' || kindOf.get(rule) === 'graph')) return undefined;
    if (source.kind !== 'ok') return undefined;
    const checked = checkFile(file, absolutePath, source, {
      validate: input.validate,
      ...(kinds.has('document') ? { lint: { resolver, config, today } } : {}),
    });
    if (headHash(checked.document) !== before.head) return undefined;
    edited.set(file, checked);
  }
  const inScope = input.select(stored.links, input.given);
  const diagnostics: Diagnostic[] = [];
  for (const { file, read: raw } of read) {
    if (raw?.kind === 'problem') diagnostics.push(sourceProblem(file, raw));
    else if (raw)
      for (const diagnostic of edited.get(file)?.entry.diagnostics ?? stored.files.get(file)?.diagnostics ?? [])
        diagnostics.push(diagnostic);
  }
  const graphFindings = new Map<string, Diagnostic[]>();
  for (const finding of stored.organisation) {
    if (!edited.has(finding.file)) diagnostics.push(finding);
    else if (kindOf.get(finding.rule) === 'graph') {
      const list = graphFindings.get(finding.file);
      if (list) list.push(finding);
      else graphFindings.set(finding.file, [finding]);
    }
    // The same front matter declares the same id: duplicate ids stand; document-rule findings are made again below.
    else if (kindOf.get(finding.rule) !== 'document') diagnostics.push(finding);
  }
  for (const [file, { document, entry }] of edited) {
    const findings = [...(kinds.has('document') ? (entry.lint ?? []) : []), ...(graphFindings.get(file) ?? [])];
    for (const finding of applyDirectives([document], findings, resolver, kinds)) diagnostics.push(finding);
  }
  return { diagnostics, inScope };
}
