import { z } from 'zod';
import type { GraphRule } from './rule.js';
import { locateValue } from '../parse/locate.js';

const options = z.strictObject({
  /** The most direct reports one role should have. */
  max: z.int().positive().default(12),
  /** Count people (each role's `headcount`, 1 when absent) or roles. */
  count: z.enum(['people', 'roles']).default('people'),
});

/** How many report directly to one role; reported at the superior's `id`. */
export const spanOfControl: GraphRule<z.infer<typeof options>> = {
  id: 'span-of-control',
  kind: 'graph',
  description: 'no role has more direct reports than the option `max` (people by default, or roles)',
  defaultSeverity: 'warning',
  options,
  check(graph, { options, report }) {
    for (const node of graph.roles.values()) {
      const subordinates = graph.subordinates.get(node.id) ?? [];
      const total =
        options.count === 'roles'
          ? subordinates.length
          : subordinates.reduce((sum, s) => sum + (s.role.headcount ?? 1), 0);
      if (total <= options.max) continue;
      const unit = options.count === 'roles' ? (total === 1 ? 'role' : 'roles') : total === 1 ? 'person' : 'people';
      const detail =
        options.count === 'people'
          ? ` (in ${subordinates.length} ${subordinates.length === 1 ? 'role' : 'roles'})`
          : '';
      const at = locateValue(node.document, ['id'])!;
      const message = `Unexpected ${total} ${unit}${detail} reporting directly to \`${node.id}\`, expected at most ${options.max} (span of control)`;
      report(node.document, { ...at, message });
    }
  },
};
