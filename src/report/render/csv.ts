import type { FlatTable } from '../report.js';

/**
 * RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
 * A UTF-8 byte-order mark first, so Excel reads Chinese text as UTF-8. Empty fields are unknowns.
 */
export function renderCsv(table: FlatTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A cell Excel or LibreOffice would run as a formula (OWASP CSV injection): `=`, `+`, `-`, `@`, TAB or CR first. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A leading apostrophe makes the spreadsheet show the cell as text; numbers stay numbers.
  if (typeof value === 'string' && FORMULA.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
}
