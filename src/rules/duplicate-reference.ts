import { say } from '../i18n/t.js';
import { referencesIn } from '../graph/graph-scope.js';
import type { GraphRule } from './rule.js';
import type { Reference } from '../graph/graph.js';
import { relatedAt } from '../graph/related-at.js';

/** A list of ids (direct_reports, career_path, collaboration.internal) names each id once. */
export const duplicateReference: GraphRule = {
  id: 'duplicate-reference',
  kind: 'graph',
  description: {
    'zh-CN': 'direct_reports、career_path 和 collaboration.internal 中每个 id 只列一次',
    en: 'direct_reports, career_path and collaboration.internal list each id once',
  },
  defaultSeverity: 'error',
  messages: {
    again: {
      'zh-CN': '`{{value}}` 在 `{{field}}` 中重复列出，每个编号应只列一次',
      en: 'Unexpected `{{value}}` listed again in `{{field}}`, expected each id once',
    },
    first: {
      'zh-CN': '`{{value}}` 第一次列在这里',
      en: '`{{value}}` is first listed here',
    },
  },
  check(graph, { scope, report }) {
    const first = new Map<string, Reference>();
    for (const reference of referencesIn(graph, scope)) {
      if (reference.value === null || typeof reference.path.at(-1) !== 'number') continue;
      const key = `${reference.document.file}\0${reference.field}\0${reference.value}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, reference);
        continue;
      }
      const data = { value: String(reference.value), field: reference.field };
      const related = [relatedAt(earlier.document, earlier.path, say(duplicateReference.messages!.first!, data))];
      report(reference.document, { start: reference.start, end: reference.end, messageId: 'again', data, related });
    }
  },
};
