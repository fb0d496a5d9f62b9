import { localized, type Localized } from '../i18n/t.js';
import { openSync, closeSync, fstatSync, readSync } from 'node:fs';

/** A file's decoded text, or why it could not be decoded. */
export type Source =
  | { kind: 'ok'; text: string; bom: boolean }
  | ({ kind: 'problem'; rule: string; line?: number; column?: number } & Localized);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a file once, as bytes, and decodes it strictly as UTF-8. Never throws for bad input. */
export function readSource(file: string, maxBytes: number): Source {
  let bytes: Buffer;
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes) {
        return {
          kind: 'problem',
          rule: 'file-too-large',
          ...localized('core.fileTooLarge', { size, max: maxBytes }),
        };
      }
      bytes = Buffer.allocUnsafe(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      bytes = bytes.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return {
      kind: 'problem',
      rule: 'file-unreadable',
      ...localized('core.fileUnreadable', {
        reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
      }),
    };
  }
  return decodeSource(bytes);
}

export function decodeSource(bytes: Uint8Array): Source {
  if (bytes.length === 0) return { kind: 'problem', rule: 'file-empty', ...localized('core.fileEmpty') };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      kind: 'problem',
      rule: 'file-binary',
      ...localized('core.fileBinary', { offset: nul }),
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { kind: 'problem', rule: 'file-encoding', ...describeBadEncoding(bytes) };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (text.trim() === '') return { kind: 'problem', rule: 'file-empty', ...localized('core.fileEmpty') };
  return { kind: 'ok', text, bom };
}

function describeBadEncoding(bytes: Uint8Array): Localized & { line: number; column: number } {
  const offset = firstInvalidUtf8(bytes);
  const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  let gbk = false;
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    gbk = true;
  } catch {
    // Not GB18030 either: say only what is known.
  }
  return {
    ...localized(gbk ? 'core.fileEncodingGbk' : 'core.fileEncoding', { offset }),
    line,
    column,
  };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection, is where the first bad byte sits.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (isValidPrefix(bytes.subarray(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

function isValidPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
