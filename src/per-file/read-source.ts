import { describeFsError } from '../i18n/describe-fs-error.js';
import { localized, t, type Localized } from '../i18n/t.js';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A file's decoded text, or why it could not be decoded. */
export type Source =
  | { kind: 'ok'; text: string; bom: boolean }
  | ({ kind: 'problem'; rule: string; line?: number; column?: number } & Localized);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file's bytes, or why they could not be read. */
export type RawSource = { kind: 'bytes'; bytes: Buffer } | Extract<Source, { kind: 'problem' }>;

/** Reads a file once, as bytes, and decodes it strictly as UTF-8. Never throws for bad input. */
export function readSource(file: string, maxBytes: number): Source {
  const raw = readBytes(file, maxBytes);
  return raw.kind === 'bytes' ? decodeSource(raw.bytes) : raw;
}

/** Reads a file's bytes, refusing what is no regular file or larger than `maxBytes`. Never throws. */
export function readBytes(file: string, maxBytes: number): RawSource {
  let bytes: Buffer;
  try {
    // Non-blocking, so that a FIFO named like a role file cannot hang the run; it is refused below.
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile())
        return {
          kind: 'problem',
          rule: 'file-unreadable',
          ...localized('core.fileUnreadable', { reason: t('fs.reason.notRegular') }),
        };
      const size = stat.size;
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
        reason: describeFsError(error),
      }),
    };
  }
  return { kind: 'bytes', bytes };
}

export function decodeSource(bytes: Uint8Array): Source {
  if (bytes.length === 0) return { kind: 'problem', rule: 'file-empty', ...localized('core.fileEmpty') };
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { kind: 'problem', rule: 'file-encoding', ...localized('fs.utf16', { encoding: utf16 }) };
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
  // Lines ending in a lone CR would read as one long line with no front matter: say what it is instead.
  const firstBreak = /\r(?!\n)|\n/.exec(text);
  if (firstBreak?.[0] === '\r')
    return { kind: 'problem', rule: 'file-encoding', line: 1, column: firstBreak.index + 1, ...localized('fs.loneCr') };
  return { kind: 'ok', text, bom };
}

const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * `UTF-16LE` or `UTF-16BE` when the bytes are UTF-16 text: a byte-order mark, or (without one) NUL
 * bytes all on one side of their pair, as the ASCII of a role file (`---`, keys) puts them, and the
 * whole decodes as UTF-16.
 */
function utf16Encoding(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  let even = 0;
  let odd = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const guess = odd > 0 && even === 0 ? utf16le : even > 0 && odd === 0 ? utf16be : undefined;
  if (!guess || Math.max(even, odd) * 16 < sample) return undefined;
  // A role file has lines: two bytes such as `-\0` are binary, not one character of UTF-16.
  try {
    if (!guess.decode(bytes).includes('\n')) return undefined;
  } catch {
    return undefined;
  }
  return guess === utf16le ? 'UTF-16LE' : 'UTF-16BE';
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
