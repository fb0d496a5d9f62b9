import { padEnd, displayWidth } from '../text/display-width.js';
import { clip, headline, isSection } from './describe-diff.js';
import type { OrgDiff } from './org-diff.js';

/** One aligned table for the terminal: what happened, to what, and the detail; columns padded by display width so Chinese text lines up. */
export function renderDiffTable(diff: OrgDiff): string {
  const rows: Array<[string, string, string, string]> = [];
  const subject = (item: { id: string; name: string }) => `${item.id} (${clip(item.name)})`;
  for (const item of diff.added) rows.push(['added', item.kind, subject(item), item.summary]);
  for (const item of diff.removed) rows.push(['removed', item.kind, subject(item), item.file]);
  for (const item of diff.renamed)
    rows.push([
      'renamed',
      item.kind,
      `${item.from} → ${subject(item)}`,
      item.by === 'title' ? 'same title' : 'same content',
    ]);
  for (const item of diff.moved)
    rows.push(['moved', 'role', subject(item), `reports_to ${item.from ?? '(none)'} → ${item.to ?? '(none)'}`]);
  for (const item of diff.changed) {
    for (const change of item.changes) {
      const detail = isSection(change)
        ? `${change.field} ${change.after ?? change.before}`
        : `${change.field} ${clip(change.before ?? '(none)')} → ${clip(change.after ?? '(none)')}`;
      rows.push(['changed', item.kind, subject(item), detail]);
    }
  }
  for (const item of diff.totals) {
    rows.push([
      'total',
      'department',
      subject(item),
      `roles ${item.roles[0]} → ${item.roles[1]}, headcount ${item.headcount[0]} → ${item.headcount[1]}`,
    ]);
  }
  for (const item of diff.skipped)
    rows.push(['skipped', 'file', `${item.file} (${item.version})`, item.reason.replace(/\s*\n\s*/g, ' ')]);

  const out = [`roles diff ${diff.base} → ${diff.head}: ${headline(diff)}`];
  if (rows.length > 0) {
    const header: [string, string, string, string] = ['change', 'kind', 'role / department', 'detail'];
    const widths = [0, 1, 2].map((i) =>
      [header, ...rows].reduce((widest, row) => Math.max(widest, displayWidth(row[i]!)), 0),
    );
    out.push('');
    for (const row of [header, ...rows])
      out.push(
        row
          .map((cell, i) => (i < 3 ? padEnd(cell, widths[i]!) : cell))
          .join('  ')
          .trimEnd(),
      );
  }
  return `${out.join('\n')}\n`;
}
