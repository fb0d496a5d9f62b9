import { Chalk } from 'chalk';
import { summarize, type Diagnostic } from '../diagnostics/diagnostic.js';
import { showControls, showLine } from '../text/show-controls.js';
import { wrapText } from '../text/wrap-text.js';
import type { FormatContext } from './format-context.js';
import { displayWidth, padEnd } from '../text/display-width.js';
import { t } from '../i18n/t.js';
import { countOf } from '../i18n/count-of.js';

/** Below this many columns for the message, it starts on its own line under the position instead. */
const NARROW_MESSAGE = 24;

/**
 * ESLint's look, fitted to the terminal: grouped by file, position and severity aligned, each
 * message wrapped under itself (never padded to the longest), its rule id after its last word
 * or, when that does not fit, on a line of its own; related locations below, wrapped the same way.
 */
export function formatStylish(diagnostics: Diagnostic[], context: FormatContext, fileCount: number): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  if (diagnostics.length === 0) return '';
  const columns = context.columns ?? 80;
  const severityWord = { error: t('format.severity.error'), warning: t('format.severity.warning') };
  const groups = new Map<string, Diagnostic[]>();
  for (const raw of diagnostics) {
    // Messages quote values from the files: their control characters are shown, never sent to the terminal.
    const d = { ...raw, file: showLine(raw.file), message: showControls(raw.message) };
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [file, items] of groups) {
    const positions = items.map((d) => `${d.line}:${d.column}`);
    const positionWidth = positions.reduce((widest, p) => Math.max(widest, p.length), 0);
    const severityWidth = items.reduce((widest, d) => Math.max(widest, displayWidth(severityWord[d.severity])), 0);
    // Messages repeat (one rule, one wording): each distinct one is wrapped once.
    const wrapped = new Map<string, string[]>();
    const wrap = (message: string) => {
      let lines = wrapped.get(message);
      if (!lines) wrapped.set(message, (lines = wrapText(message, width)));
      return [...lines];
    };
    const lead = 2 + positionWidth + 2 + severityWidth + 2;
    // On a narrow terminal the message goes below its position, indented four.
    const indent = columns - lead >= NARROW_MESSAGE ? lead : 4;
    const width = Math.max(1, columns - indent);
    const pad = ' '.repeat(indent);
    for (const line of wrapText(file, columns)) out.push(chalk.underline(line));
    items.forEach((d, i) => {
      const severity = padEnd(severityWord[d.severity], severityWidth);
      const head = `  ${chalk.dim(positions[i]!.padStart(positionWidth))}  ${d.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity)}  `;
      const lines = wrap(d.message);
      const last = lines.length - 1;
      if (displayWidth(lines[last]!) + 2 + displayWidth(d.rule) <= width)
        lines[last] = `${lines[last]}  ${chalk.dim(d.rule)}`;
      else lines.push(chalk.dim(d.rule));
      if (indent === lead) out.push(`${head}${lines.shift()}`.trimEnd());
      else out.push(head.trimEnd());
      for (const line of lines) out.push(pad + line);
      for (const r of d.related ?? []) {
        const related = wrapText(showControls(`${r.file}:${r.line}:${r.column} ${r.message}`), Math.max(1, width - 2));
        related.forEach((line, k) => out.push(`${pad}${chalk.dim(`${k === 0 ? '↳' : ' '} ${line}`)}`));
      }
    });
    out.push('');
  }
  const summary = summarize(diagnostics, fileCount);
  const problems = summary.errors + summary.warnings;
  const line = `✖ ${t('format.stylish.total', {
    problems: countOf(problems, 'format.problems'),
    errors: countOf(summary.errors, 'format.errors'),
    warnings: countOf(summary.warnings, 'format.warnings'),
  })}`;
  out.push(summary.errors > 0 ? chalk.red.bold(line) : chalk.yellow.bold(line));
  if (summary.fixable > 0) out.push(chalk.dim(`  ${t('format.stylish.fixable', { count: summary.fixable })}`));
  if (context.showDocs) for (const line of docsLines(diagnostics, context)) out.push(line);
  return `${out.join('\n')}\n`;
}

/** `--show-docs`: each rule the report names, in the catalogue's order, with the web address of its page. */
function docsLines(diagnostics: readonly Diagnostic[], context: FormatContext): string[] {
  const named = new Set(diagnostics.map((d) => d.rule));
  const pages = context.rules.filter((rule) => named.has(rule.id) && rule.url !== undefined);
  if (pages.length === 0) return [];
  const width = pages.reduce((widest, rule) => Math.max(widest, rule.id.length), 0);
  return ['', t('cli.check.ruleDocs'), ...pages.map((rule) => `  ${rule.id.padEnd(width)}  ${rule.url}`)];
}
