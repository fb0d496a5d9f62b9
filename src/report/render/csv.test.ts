import { describe, expect, it } from 'vitest';
import { renderCsv } from './csv.js';

describe('renderCsv', () => {
  it('starts with a byte-order mark, ends lines with CRLF, and leaves unknowns empty', () => {
    expect(
      renderCsv({
        columns: ['id', 'headcount'],
        rows: [
          ['a', 3],
          ['b', null],
        ],
      }),
    ).toBe('\uFEFFid,headcount\r\na,3\r\nb,\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, doubling quotes (RFC 4180)', () => {
    const csv = renderCsv({ columns: ['text'], rows: [['行政, 后勤'], ['"后勤"'], ['一\n二'], ['plain']] });
    expect(csv).toBe('\uFEFFtext\r\n"行政, 后勤"\r\n"""后勤"""\r\n"一\n二"\r\nplain\r\n');
  });
});
