import { z } from 'zod';
import { padEnd } from '../text/display-width.js';
import type { Io } from '../io.js';
import { writeOutput } from './write-output.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';

const optionsSchema = z.object({
  output: z.string().min(1).optional(),
  format: z.enum(['table', 'json']).default('table'),
});

/** `roles rules`: every rule with its kind, default severity, whether it fixes, and what it checks. */
export function rulesCommand(rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  writeOutput(io, options.output, formatRules(RULES, options.format));
  return 0;
}

/** The rule list as an aligned table or as JSON, in registry order. */
export function formatRules(rules: readonly Rule[], format: 'table' | 'json'): string {
  const rows = rules.map((rule) => ({
    id: rule.id,
    kind: rule.kind,
    severity: rule.defaultSeverity,
    fixable: rule.fixable === true,
    description: rule.description,
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const table = [
    ['rule', 'kind', 'default', 'fixable', 'description'],
    ...rows.map((row) => [row.id, row.kind, row.severity, row.fixable ? 'yes' : '', row.description]),
  ];
  const widths = [0, 1, 2, 3].map((column) =>
    table.reduce((widest, cells) => Math.max(widest, cells[column]!.length), 0),
  );
  return `${table
    .map((cells) =>
      cells
        .map((cell, column) => (column < 4 ? padEnd(cell, widths[column]!) : cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}
