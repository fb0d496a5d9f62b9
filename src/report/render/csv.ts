import type { FlatTable } from '../report.js';

/**
 * RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
 * A UTF-8 byte-order mark first, so Excel reads Chinese text as UTF-8. Empty fields are unknowns.
 */
export function renderCsv(table: FlatTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
