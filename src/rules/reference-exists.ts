import type { GraphRule, Problem } from './rule.js';
import type { Declaration, Graph, Reference } from '../graph/graph.js';
import { relatedAt } from '../graph/related-at.js';
import { didYouMeanText, suggestId } from '../graph/suggest-id.js';

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
  if (suggestion?.how === 'variant' && suggestion.ids.length === 1) {
    return {
      message: `Unexpected \`${value}\` in \`${field}\`, expected \`${suggestion.ids[0]}\`: ids are matched exactly, in lowercase ASCII without full-width characters`,
    };
  }
  if (suggestion?.how === 'name') {
    return {
      message: `Unexpected \`${value}\` in \`${field}\`, expected ${expected}, not a title or name: ${didYouMeanText(suggestion)}`,
    };
  }
  const unknown = `Unexpected unknown ${target === 'role or department' ? 'id' : target} \`${value}\` in \`${field}\``;
  return {
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
