/** How an output is read, which decides how a line that would start with `::` is defused. */
export type OutputSyntax = 'text' | 'markdown' | 'markup' | 'workflow';

// The runner trims leading whitespace before it looks for `::`, so a space is not enough.
const LINE_START = /^([ \t]*)::/gm;
const DEFUSED: Record<Exclude<OutputSyntax, 'workflow'>, string> = {
  // A zero-width space: invisible in a terminal, and no whitespace to the runner.
  text: '\u200b::',
  // `\:` is an escaped colon to Markdown (it shows `:`), and no command to the runner.
  markdown: '\\::',
  // A character reference shows `:` in HTML, SVG and XML.
  markup: '&#58;:',
};

/**
 * Output as it is printed: no line of it can be a GitHub Actions workflow command (`::error::…`,
 * `::add-mask::…`) that data from a role file smuggled in, except in `--format github`, whose
 * commands are the point.
 */
export function guardWorkflowCommands(text: string, syntax: OutputSyntax): string {
  if (syntax === 'workflow' || !text.includes('::')) return text;
  return text.replace(LINE_START, (_match, blanks: string) => blanks + DEFUSED[syntax]);
}
