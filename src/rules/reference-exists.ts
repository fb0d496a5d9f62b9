import type { GraphRule, ProblemText } from './rule.js';
import { referencesIn } from '../graph/graph-scope.js';
import type { Fix, RelatedLocation } from '../diagnostics/diagnostic.js';
import { say, t } from '../i18n/t.js';
import type { Declaration, Graph, Reference } from '../graph/graph.js';
import { relatedAt } from '../graph/related-at.js';
import { didYouMeanText, normalizeName, suggestId, type Suggestion } from '../graph/suggest-id.js';

const KINDS: Record<Reference['target'], Array<Declaration['kind']>> = {
  role: ['role'],
  department: ['department'],
  'role or department': ['role', 'department'],
};

/** The name of what a reference points at, in the run's language. */
function targetName(target: Reference['target'] | Declaration['kind']): string {
  return target === 'role'
    ? t('word.role')
    : target === 'department'
      ? t('word.department')
      : t('word.roleOrDepartment');
}

const messages = {
  empty: {
    'zh-CN': '`{{field}}` 为空，应填写{{target}}编号',
    en: 'Unexpected empty `{{field}}`, expected a {{target}} id',
  },
  emptyReportsTo: {
    'zh-CN': '`reports_to` 为空，应填写岗位编号（只有最高岗位才省略 `reports_to`）',
    en: 'Unexpected empty `reports_to`, expected a role id (leave `reports_to` out only for a root)',
  },
  emptyParent: {
    'zh-CN': '`parent` 为空，应填写部门编号（只有整个组织才省略 `parent`）',
    en: 'Unexpected empty `parent`, expected a department id (leave `parent` out only for an organisation)',
  },
  emptyHead: {
    'zh-CN': '`head` 为空，应填写岗位编号（部门没有负责人时省略 `head`）',
    en: 'Unexpected empty `head`, expected a role id (leave `head` out when the department has none)',
  },
  wrongKind: {
    'zh-CN': '`{{field}}` 中的 `{{value}}` 是{{kind}}，应为{{target}}编号',
    en: 'Unexpected {{kind}} `{{value}}` in `{{field}}`, expected a {{target}} id',
  },
  wrongKindHint: {
    'zh-CN': '`{{field}}` 中的 `{{value}}` 是{{kind}}，应为{{target}}编号：是不是指它的 `{{hintField}}` `{{hint}}`？',
    en: 'Unexpected {{kind}} `{{value}}` in `{{field}}`, expected a {{target}} id: did you mean its {{hintField}} `{{hint}}`?',
  },
  declaredHere: { 'zh-CN': '`{{value}}` 在这里声明为{{kind}}', en: '`{{value}}` is declared as a {{kind}} here' },
  variant: {
    'zh-CN': '`{{field}}` 中的 `{{value}}` 应写作 `{{id}}`：编号须完全一致，使用小写 ASCII，不含全角字符',
    en: 'Unexpected `{{value}}` in `{{field}}`, expected `{{id}}`: ids are matched exactly, in lowercase ASCII without full-width characters',
  },
  titleNotId: {
    'zh-CN': '`{{field}}` 中的 `{{value}}` 是名称而不是编号，应填写{{target}}编号：{{suggestion}}',
    en: 'Unexpected `{{value}}` in `{{field}}`, expected a {{target}} id, not a title or name: {{suggestion}}',
  },
  unknownSuggest: {
    'zh-CN': '`{{field}}` 中的{{what}} `{{value}}` 不存在，{{suggestion}}',
    en: 'Unexpected unknown {{what}} `{{value}}` in `{{field}}`, {{suggestion}}',
  },
  unknown: {
    'zh-CN': '`{{field}}` 中的{{what}} `{{value}}` 不存在，应为某个文件声明的{{target}}编号',
    en: 'Unexpected unknown {{what}} `{{value}}` in `{{field}}`, expected a {{target}} id that some file declares',
  },
} as const;

/**
 * Every reference names a declared id of the right kind. References are read from the raw front
 * matter, so `reports_to: 产品支撑主管` (which also fails the schema) still learns which id it means.
 */
export const referenceExists: GraphRule = {
  id: 'reference-exists',
  kind: 'graph',
  description: {
    'zh-CN':
      'reports_to、direct_reports、career_path、department、parent、head 和 collaboration.internal 引用的是存在且类型正确的 id',
    en: 'reports_to, direct_reports, career_path, department, parent, head and collaboration.internal name existing ids of the right kind',
  },
  defaultSeverity: 'error',
  messages,
  check(graph, { scope, report }) {
    for (const reference of referencesIn(graph, scope)) {
      const problem = checkReference(graph, reference);
      if (problem) report(reference.document, { start: reference.start, end: reference.end, ...problem });
    }
  },
};

interface Found {
  messageId: keyof typeof messages;
  data?: Record<string, string>;
  related?: RelatedLocation[];
  suggestion?: Fix;
}

function checkReference(graph: Graph, reference: Reference): (ProblemText & Found) | undefined {
  const { field, value } = reference;
  const target = targetName(reference.target);
  if (value === null) {
    if (field === 'reports_to') return { messageId: 'emptyReportsTo' };
    if (field === 'parent') return { messageId: 'emptyParent' };
    if (field === 'head') return { messageId: 'emptyHead' };
    return { messageId: 'empty', data: { field, target } };
  }
  const declared = graph.declarations.get(value);
  if (declared && KINDS[reference.target].includes(declared.kind)) return undefined;
  if (declared) {
    const kind = targetName(declared.kind);
    const related = [relatedAt(declared.document, ['id'], say(messages.declaredHere, { value, kind }))];
    const hint = wrongKindHint(graph, declared);
    return hint
      ? { messageId: 'wrongKindHint', data: { field, value, kind, target, ...hint }, related }
      : { messageId: 'wrongKind', data: { field, value, kind, target }, related };
  }
  const suggestion = suggestId(graph, value, KINDS[reference.target]);
  const meant = clearCandidate(graph, value, suggestion);
  const fix =
    meant === undefined
      ? {}
      : { suggestion: { range: [reference.start, reference.end] as [number, number], text: meant } };
  if (suggestion?.how === 'variant' && suggestion.ids.length === 1)
    return { ...fix, messageId: 'variant', data: { field, value, id: suggestion.ids[0]! } };
  if (suggestion?.how === 'name')
    return { ...fix, messageId: 'titleNotId', data: { field, value, target, suggestion: didYouMeanText(suggestion) } };
  const what = reference.target === 'role or department' ? t('word.id') : target;
  return suggestion
    ? { ...fix, messageId: 'unknownSuggest', data: { field, value, what, suggestion: didYouMeanText(suggestion) } }
    : { messageId: 'unknown', data: { field, value, what, target } };
}

/** A department named where a role belongs probably meant its head, and a role its department. */
function wrongKindHint(graph: Graph, declared: Declaration): { hintField: string; hint: string } | undefined {
  const field = declared.kind === 'department' ? 'head' : 'department';
  const other = declared.references.find((reference) => reference.field === field)?.value;
  if (other == null || graph.declarations.get(other)?.kind !== (field === 'head' ? 'role' : 'department'))
    return undefined;
  return { hintField: field, hint: other };
}

/**
 * The one id a fix may put in place of an unknown value: the only id that differs in case or
 * width, the only one whose title or alias is exactly the value, or a misspelling closer to one
 * id than to any other. Titles only near the value, or shared by several ids, are left to a person.
 */
function clearCandidate(graph: Graph, value: string, suggestion: Suggestion | undefined): string | undefined {
  if (suggestion?.ids.length !== 1) return undefined;
  const id = suggestion.ids[0]!;
  if (suggestion.how === 'variant') return id;
  if (suggestion.how === 'name') {
    const wanted = normalizeName(value);
    return graph.declarations.get(id)?.names.some((name) => normalizeName(name) === wanted) ? id : undefined;
  }
  return suggestion.clear ? id : undefined;
}
