import { compareStrings } from '../diagnostics/diagnostic.js';
import type { Graph } from '../graph/graph.js';
import { didYouMeanText, normalizeName, suggestId } from '../graph/suggest-id.js';
import { UsageError } from '../usage-error.js';
import { t } from '../i18n/t.js';

const KIND = { role: 'word.role', department: 'word.department' } as const;

/**
 * The id a flag such as `--department 客服中心` means: an id as written (or in other case or
 * full-width forms), or a title, name or alias that names exactly one role or department of the
 * wanted kind. Anything else is a usage error with a did-you-mean: a near miss is never taken silently.
 */
export function resolveReference(graph: Graph, flag: string, value: string, kind: 'role' | 'department'): string {
  const declared = graph.declarations.get(value);
  if (declared?.kind === kind) return value;
  const wanted = normalizeName(value);
  const candidates = [...graph.declarations.values()].filter((declaration) => declaration.kind === kind);
  const byId = candidates.filter((declaration) => normalizeName(declaration.id) === wanted);
  const named =
    byId.length > 0 ? byId : candidates.filter((d) => d.names.some((name) => normalizeName(name) === wanted));
  const ids = [...new Set(named.map((declaration) => declaration.id))].sort(compareStrings);
  if (ids.length === 1) return ids[0]!;
  if (ids.length > 1)
    throw new UsageError(
      t('authoring.severalNamed', { value, flag, kind: t(KIND[kind]), hint: didYouMeanText({ ids, how: 'name' }) }),
    );
  const suggestion = suggestId(graph, value, [kind]);
  const hint = suggestion ? didYouMeanText(suggestion) : t('authoring.expectedReference', { kind: t(KIND[kind]) });
  throw new UsageError(
    declared
      ? t('authoring.wrongKindReference', { value, flag, actual: t(KIND[declared.kind]), hint })
      : t('authoring.unknownReference', { value, flag, kind: t(KIND[kind]), hint }),
  );
}
