import { z } from 'zod';
import { displayWidth, padEnd } from '../text/display-width.js';
import { widestWord, wrapText } from '../text/wrap-text.js';
import { terminalColumns, type Io } from '../io.js';
import { say, t } from '../i18n/t.js';
import { writeOutput } from './write-output.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';

const optionsSchema = z.object({
  output: z.string().min(1).optional(),
  format: z.enum(['stylish', 'json']).default('stylish'),
});

/** Narrower than this (or than a description's widest word), descriptions go under their rule instead of in a column. */
const MIN_DESCRIPTION_WIDTH = 24;

/** `roles rules`: every rule with its kind, default severity, whether it fixes, and what it checks. */
export function rulesCommand(rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  const columns = terminalColumns(options.output === undefined ? io.stdout : {}, io.env);
  writeOutput(io, options.output, formatRules(RULES, options.format, columns));
  return 0;
}

/**
 * The rule list as a table that fits `columns` (descriptions wrap under themselves, in the run's
 * language) or as JSON, in registry order.
 */
export function formatRules(rules: readonly Rule[], format: 'stylish' | 'json', columns = Infinity): string {
  const rows = rules.map((rule) => ({
    id: rule.id,
    kind: rule.kind,
    severity: rule.defaultSeverity,
    fixable: rule.fixable === true,
    description: say(rule.description),
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const header = [
    t('command.rules.rule'),
    t('command.rules.kind'),
    t('command.rules.default'),
    t('command.rules.fixable'),
    t('command.rules.description'),
  ];
  const kinds = { document: t('command.rules.kind.document'), graph: t('command.rules.kind.graph') };
  const table = [
    header,
    ...rows.map((row) => [
      row.id,
      kinds[row.kind],
      row.severity,
      row.fixable ? t('command.rules.yes') : '',
      row.description,
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) =>
    table.reduce((widest, cells) => Math.max(widest, displayWidth(cells[column]!)), 0),
  );
  const indent = widths.reduce((sum, width) => sum + width + 2, 0);
  // Beside the facts only when no word of any description would have to break there.
  const widest = rows.reduce((most, row) => Math.max(most, widestWord(row.description)), MIN_DESCRIPTION_WIDTH);
  const beside = columns - indent >= widest;
  const lines: string[] = [];
  for (const cells of table) {
    const facts = cells
      .slice(0, 4)
      .map((cell, column) => padEnd(cell, widths[column]!))
      .join('  ');
    const description = cells[4]!;
    if (beside) {
      const [first = '', ...rest] = wrapText(description, columns - indent);
      lines.push(`${facts}  ${first}`.trimEnd(), ...rest.map((line) => `${' '.repeat(indent)}${line}`));
    } else {
      lines.push(facts.trimEnd(), ...wrapText(description, Math.max(1, columns - 4)).map((line) => `    ${line}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
