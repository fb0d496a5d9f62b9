import { say } from '../i18n/t.js';
import type { GraphRule } from './rule.js';
import { describeCycle, findCycles } from '../graph/find-cycles.js';
import { findLinks } from '../graph/find-links.js';
import { relatedAt } from '../graph/related-at.js';

/** Department `parent` links end at an organisation; each cycle is reported at every member's `parent`. */
export const departmentCycle: GraphRule = {
  id: 'department-cycle',
  kind: 'graph',
  description: {
    'zh-CN': '部门的 parent 关系不成环，也没有部门以自己为上级部门',
    en: 'department parent links do not loop, and no department is its own parent',
  },
  defaultSeverity: 'error',
  messages: {
    self: {
      'zh-CN': '部门 `{{id}}` 的 `parent` 是它自己，应为上级部门的编号（整个组织则不写 `parent`）',
      en: 'Unexpected `{{id}}` in `parent` of `{{id}}` itself, expected the id of the department above it (or no `parent` for an organisation)',
    },
    cycle: {
      'zh-CN': '部门上下级形成循环 {{cycle}}，`parent` 链应止于整个组织（没有 `parent` 的部门）',
      en: 'Unexpected department cycle {{cycle}}, expected `parent` links to end at an organisation (a department without `parent`)',
    },
    parentHere: {
      'zh-CN': '`{{id}}` 在这里的上级部门是 `{{parent}}`',
      en: '`{{id}}` has parent `{{parent}}` here',
    },
  },
  check(graph, { scope, report }) {
    const links = findLinks(graph, 'parent', scope);
    const { cycles } = findCycles(new Map([...links].map(([id, link]) => [id, link.value])));
    for (const cycle of cycles) {
      if (cycle.length === 1) {
        const link = links.get(cycle[0]!)!;
        report(link.document, { start: link.start, end: link.end, messageId: 'self', data: { id: link.value } });
        continue;
      }
      const data = { cycle: describeCycle(cycle, 'departments') };
      cycle.forEach((id, i) => {
        const link = links.get(id)!;
        const parent = links.get(cycle[(i + 1) % cycle.length]!)!;
        const related = [
          relatedAt(
            parent.document,
            parent.path,
            say(departmentCycle.messages!.parentHere!, { id: link.value, parent: parent.value }),
          ),
        ];
        report(link.document, { start: link.start, end: link.end, messageId: 'cycle', data, related });
      });
    }
  },
};
