import { Chalk } from 'chalk';
import { summarize, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './format-context.js';
import { displayWidth } from '../text/display-width.js';

/** ESLint's default look: grouped by file, aligned columns, a summary line. */
export function formatStylish(diagnostics: Diagnostic[], context: FormatContext, fileCount: number): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  if (diagnostics.length === 0) return '';
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [file, items] of groups) {
    const positions = items.map((d) => `${d.line}:${d.column}`);
    const positionWidth = positions.reduce((widest, p) => Math.max(widest, p.length), 0);
    const severityWidth = items.reduce((widest, d) => Math.max(widest, d.severity.length), 0);
    // Messages repeat (one rule, one wording): each distinct one is measured once.
    const widths = new Map<string, number>();
    for (const d of items) if (!widths.has(d.message)) widths.set(d.message, displayWidth(d.message));
    const messageWidth = [...widths.values()].reduce((widest, width) => Math.max(widest, width), 0);
    out.push(chalk.underline(file));
    items.forEach((d, i) => {
      const severity = d.severity.padEnd(severityWidth);
      const related = (d.related ?? [])
        .map((r) => `\n${' '.repeat(positionWidth + 4)}${chalk.dim(`↳ ${r.file}:${r.line}:${r.column} ${r.message}`)}`)
        .join('');
      out.push(
        `  ${chalk.dim(positions[i]!.padStart(positionWidth))}  ${d.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity)}  ${d.message}${' '.repeat(messageWidth - widths.get(d.message)!)}  ${chalk.dim(d.rule)}${related}`.trimEnd(),
      );
    });
    out.push('');
  }
  const summary = summarize(diagnostics, fileCount);
  const problems = summary.errors + summary.warnings;
  const line = `✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} (${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'}, ${summary.warnings} ${summary.warnings === 1 ? 'warning' : 'warnings'})`;
  out.push(summary.errors > 0 ? chalk.red.bold(line) : chalk.yellow.bold(line));
  if (summary.fixable > 0) out.push(chalk.dim(`  ${summary.fixable} fixable with \`--fix\``));
  return `${out.join('\n')}\n`;
}
