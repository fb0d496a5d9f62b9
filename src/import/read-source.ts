import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Label } from './labels.js';
import { NotADocxError, readDocx } from './read-docx.js';
import { readSheet } from './read-sheet.js';
import { readText } from './read-text.js';
import type { SourceRole } from './source-role.js';

/** What a source file could not be read as; the command says it in one line. */
export class SourceError extends Error {
  constructor(
    readonly reason: 'extension' | 'notDocx' | 'notXlsx',
    readonly file: string,
    readonly detail = '',
  ) {
    super(`${reason}: ${file}`);
  }
}

export const EXTENSIONS = ['.docx', '.xlsx', '.csv', '.txt', '.md'] as const;

/** The roles of one source file, by its extension: Word form, workbook, CSV, text or Markdown. */
export async function readSource(
  file: string,
  bytes: Uint8Array,
  map: ReadonlyMap<string, Label>,
): Promise<SourceRole[]> {
  const extension = path.extname(file).toLowerCase();
  switch (extension) {
    case '.docx':
      try {
        return readDocx(file, bytes);
      } catch (error) {
        if (error instanceof NotADocxError) throw new SourceError('notDocx', file);
        throw error;
      }
    case '.xlsx': {
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        );
      } catch (error) {
        throw new SourceError('notXlsx', file, error instanceof Error ? error.message.split('\n')[0] : '');
      }
      const roles: SourceRole[] = [];
      for (const sheet of workbook.worksheets) {
        const rows: string[][] = [];
        sheet.eachRow({ includeEmpty: true }, (row, number) => {
          const cells: string[] = [];
          for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
          rows[number - 1] = cells;
        });
        const filled = Array.from(rows, (row) => row ?? []);
        for (const role of readSheet(file, workbook.worksheets.length > 1 ? sheet.name : undefined, filled, map))
          roles.push(role);
      }
      return roles;
    }
    case '.csv': {
      const rows: string[][] = parse(decodeText(bytes), { relax_column_count: true, skip_empty_lines: false });
      return readSheet(file, undefined, rows, map);
    }
    case '.txt':
    case '.md':
      return readText(file, decodeText(bytes));
    default:
      throw new SourceError('extension', file);
  }
}

/** UTF-8 (with or without BOM, or UTF-16 with one); text that is no UTF-8 is read as GB18030, as Chinese Windows saves it. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
