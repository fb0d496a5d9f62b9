import { clip, headline, isSection } from './describe-diff.js';
import type { FieldChange, OrgDiff } from './org-diff.js';
import { showControls } from '../text/show-controls.js';

/**
 * Markdown meant to be posted as a pull-request comment or a job summary: a headline, then one
 * section per kind of change. Text from the files is escaped (or put in code spans), so a title
 * cannot inject links, HTML or table cells.
 */
export function renderDiffMarkdown(diff: OrgDiff): string {
  const out = [
    `### Organisation changes: ${code(diff.base)} → ${diff.head === 'working tree' ? 'working tree' : code(diff.head)}`,
    '',
    `${capitalise(headline(diff))}.`,
  ];
  const who = (item: { kind: string; id: string; name: string }) => `${escape(clip(item.name))} (${code(item.id)})`;
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', `#### ${title}`, '', ...lines);
  };
  section(
    'Added',
    diff.added.map((item) => `- ${item.kind} ${who(item)}: ${item.summary}`),
  );
  section(
    'Removed',
    diff.removed.map((item) => `- ${item.kind} ${who(item)}, was ${code(item.file)}`),
  );
  section(
    'Renamed',
    diff.renamed.map(
      (item) => `- ${item.kind} ${code(item.from)} → ${code(item.id)}: ${escape(clip(item.name))} (same ${item.by})`,
    ),
  );
  section(
    'Reporting lines',
    table(
      ['role', 'reports to before', 'reports to after'],
      diff.moved.map((item) => [who(item), optional(item.from), optional(item.to)]),
    ),
  );
  section(
    'Changed',
    table(
      ['role / department', 'field', 'before', 'after'],
      diff.changed.flatMap((item) => item.changes.map((change) => [who(item), code(change.field), ...values(change)])),
    ),
  );
  section(
    'Department totals',
    table(
      ['department', 'roles', 'headcount'],
      diff.totals.map((item) => [
        who(item),
        `${item.roles[0]} → ${item.roles[1]}`,
        `${item.headcount[0]} → ${item.headcount[1]}`,
      ]),
    ),
  );
  section(
    'Not compared',
    diff.skipped.map((item) => `- ${code(item.file)} at ${escape(item.version)}: ${escape(item.reason)}`),
  );
  return `${out.join('\n')}\n`;
}

function values(change: FieldChange): [string, string] {
  if (isSection(change)) return change.before === 'removed' ? ['', 'removed'] : ['', escape(change.after ?? '')];
  return [
    change.before === null ? '—' : escape(clip(change.before)),
    change.after === null ? '—' : escape(clip(change.after)),
  ];
}

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)];
}

function optional(id: string | null): string {
  return id === null ? '—' : code(id);
}

/** Any line break, a lone CR included: in a table cell one would end the row, and start a heading. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** A code span that holds any text: a fence longer than the longest run of backticks inside. */
function code(text: string): string {
  const longest = (text.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${showControls(text.replace(LINE_BREAK, ' '))}${pad}${fence}`;
}

/** Backslash-escapes the punctuation that could start emphasis, code, links, HTML, entities or cells mid-line, so text stays text. */
function escape(text: string): string {
  return showControls(text.replace(LINE_BREAK, ' ')).replace(/[\\`*_[\]<>|~&@]/g, '\\$&');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
