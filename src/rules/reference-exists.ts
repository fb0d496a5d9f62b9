import type { GraphRule, Problem } from './rule.js';
import type { Declaration, Graph, Reference } from '../graph/graph.js';
import { relatedAt } from '../graph/related-at.js';
import { didYouMeanText, normalizeName, suggestId, type Suggestion } from '../graph/suggest-id.js';
import { clearBest } from '../text/did-you-mean.js';

const KINDS: Record<Reference['target'], Array<Declaration['kind']>> = {
  role: ['role'],
  department: ['department'],
  'role or department': ['role', 'department'],
};

/** What leaving a field out means, for the message on an empty value. */
const WHEN_ABSENT: Partial<Record<Reference['field'], string>> = {
  reports_to: 'leave `reports_to` out only for a root',
  parent: 'leave `parent` out only for an organisation',
  head: 'leave `head` out when the department has none',
};

/**
 * Every reference names a declared id of the right kind. References are read from the raw front
 * matter, so `reports_to: 产品支撑主管` (which also fails the schema) still learns which id it means.
 */
export const referenceExists: GraphRule = {
  id: 'reference-exists',
  kind: 'graph',
  description:
    'reports_to, direct_reports, career_path, department, parent, head and collaboration.internal name existing ids of the right kind',
  defaultSeverity: 'error',
  check(graph, { report }) {
    for (const reference of graph.references) {
      const problem = checkReference(graph, reference);
      if (problem) report(reference.document, { start: reference.start, end: reference.end, ...problem });
    }
  },
};

function checkReference(graph: Graph, reference: Reference): Omit<Problem, 'start' | 'end'> | undefined {
  const { field, value, target } = reference;
  const expected = `a ${target} id`;
  if (value === null) {
    const hint = WHEN_ABSENT[field];
    return { message: `Unexpected empty \`${field}\`, expected ${expected}${hint ? ` (${hint})` : ''}` };
  }
  const declared = graph.declarations.get(value);
  if (declared && KINDS[target].includes(declared.kind)) return undefined;
  if (declared) {
    const related = [relatedAt(declared.document, ['id'], `\`${value}\` is declared as a ${declared.kind} here`)];
    return {
      message: `Unexpected ${declared.kind} \`${value}\` in \`${field}\`, expected ${expected}${wrongKindHint(graph, declared)}`,
      related,
    };
  }
  const suggestion = suggestId(graph, value, KINDS[target]);
  const meant = clearCandidate(graph, value, KINDS[target], suggestion);
  const fix =
    meant === undefined
      ? {}
      : { suggestion: { range: [reference.start, reference.end] as [number, number], text: meant } };
  if (suggestion?.how === 'variant' && suggestion.ids.length === 1) {
    return {
      ...fix,
      message: `Unexpected \`${value}\` in \`${field}\`, expected \`${suggestion.ids[0]}\`: ids are matched exactly, in lowercase ASCII without full-width characters`,
    };
  }
  if (suggestion?.how === 'name') {
    return {
      ...fix,
      message: `Unexpected \`${value}\` in \`${field}\`, expected ${expected}, not a title or name: ${didYouMeanText(suggestion)}`,
    };
  }
  const unknown = `Unexpected unknown ${target === 'role or department' ? 'id' : target} \`${value}\` in \`${field}\``;
  return {
    ...fix,
    message: suggestion
      ? `${unknown}, ${didYouMeanText(suggestion)}`
      : `${unknown}, expected ${expected} that some file declares`,
  };
}

/** A department named where a role belongs probably meant its head, and a role its department. */
function wrongKindHint(graph: Graph, declared: Declaration): string {
  const field = declared.kind === 'department' ? 'head' : 'department';
  const other = declared.references.find((reference) => reference.field === field)?.value;
  if (other == null || graph.declarations.get(other)?.kind !== (field === 'head' ? 'role' : 'department')) return '';
  return `: did you mean its ${field} \`${other}\`?`;
}

const idLists = new WeakMap<Graph, Map<string, string[]>>();

/**
 * The one id a fix may put in place of an unknown value: the only id that differs in case or
 * width, the only one whose title or alias is exactly the value, or a misspelling closer to one
 * id than to any other. Titles only near the value, or shared by several ids, are left to a person.
 */
function clearCandidate(
  graph: Graph,
  value: string,
  kinds: ReadonlyArray<Declaration['kind']>,
  suggestion: Suggestion | undefined,
): string | undefined {
  if (!suggestion || suggestion.ids.length !== 1) return undefined;
  const id = suggestion.ids[0]!;
  if (suggestion.how === 'variant') return id;
  if (suggestion.how === 'name') {
    const wanted = normalizeName(value);
    return graph.declarations.get(id)?.names.some((name) => normalizeName(name) === wanted) ? id : undefined;
  }
  let lists = idLists.get(graph);
  if (!lists) idLists.set(graph, (lists = new Map()));
  let ids = lists.get(kinds.join());
  if (!ids) {
    ids = [...graph.declarations.values()].filter((d) => kinds.includes(d.kind)).map((d) => d.id);
    lists.set(kinds.join(), ids);
  }
  return clearBest(value, ids) === id ? id : undefined;
}
