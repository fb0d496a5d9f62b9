import { createHash } from 'node:crypto';
import { referencesOf } from '../graph/build-graph.js';
import type { Document } from '../parse/document.js';
import type { FileLinks } from './cache-store.js';

/** What the cache keeps of a document for `--changed`: its front matter's hash, whether it has directives, its id and references. */
export function fileLinks(document: Document): FileLinks {
  const collected = referencesOf(document);
  const targets: string[] = [];
  for (const reference of collected?.references ?? []) if (reference.value !== null) targets.push(reference.value);
  return {
    head: headHash(document),
    disables: disabledRules(document),
    ...(collected?.id !== undefined ? { id: collected.id } : {}),
    targets,
  };
}

/** The rules a document's `roles-disable…` comments name, `*` standing for every rule. */
function disabledRules(document: Document): string[] {
  if (!document.body.includes('roles-')) return [];
  const rules = new Set<string>();
  for (const directive of document.directives().directives) {
    if (directive.kind === 'enable') continue;
    if (directive.rules.length === 0) rules.add('*');
    for (const rule of directive.rules) rules.add(rule.id);
  }
  return [...rules].sort();
}

/** sha256 of the text before the body (the front matter and its fences), with the byte-order mark flag. */
export function headHash(document: Document): string {
  return createHash('sha256')
    .update(document.bom ? '\ufeff' : '')
    .update(document.text.slice(0, document.bodyOffset))
    .digest('hex');
}
