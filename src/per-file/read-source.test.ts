import { describe, expect, it } from 'vitest';
import { decodeSource } from './read-source.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('---\n')]))).toEqual({
      kind: 'ok',
      text: '---\n',
      bom: true,
    });
  });

  it('refuses empty, binary and non-UTF-8 content with a reason', () => {
    expect(decodeSource(new Uint8Array())).toMatchObject({ rule: 'file-empty' });
    expect(decodeSource(bytes(' \n\t'))).toMatchObject({ rule: 'file-empty' });
    expect(decodeSource(Uint8Array.from([0x61, 0x00, 0x62]))).toMatchObject({
      rule: 'file-binary',
      message: expect.stringContaining('byte 1'),
    });
    // 客户 in GBK.
    expect(decodeSource(Uint8Array.from([0x61, 0x0a, 0x62, 0xbf, 0xcd, 0xbb, 0xa7]))).toMatchObject({
      rule: 'file-encoding',
      line: 2,
      column: 2,
      message: expect.stringContaining('GBK/GB18030'),
    });
    expect(decodeSource(Uint8Array.from([0xff, 0xff, 0xff]))).toMatchObject({
      rule: 'file-encoding',
      message: expect.not.stringContaining('GBK'),
    });
  });

  it('names UTF-16, with or without a byte-order mark, and how to convert it (not "binary")', () => {
    const role = '---\nid: 客户经理\ntitle: 客户经理\n---\n\n## 职责任务\n';
    const le = Buffer.from(role, 'utf16le');
    const be = Buffer.from(le).swap16();
    const cases: Array<[Uint8Array, string]> = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16LE'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16BE'],
      [le, 'UTF-16LE'],
      [be, 'UTF-16BE'],
    ];
    for (const [content, encoding] of cases)
      expect(decodeSource(content)).toMatchObject({
        rule: 'file-encoding',
        message: `Unexpected encoding ${encoding}, expected UTF-8: convert it with \`iconv -f ${encoding} -t UTF-8\` (or save it as UTF-8 in the editor)`,
      });
    // NUL bytes on both sides of their pairs are binary, not UTF-16.
    expect(decodeSource(Uint8Array.from([0x61, 0x00, 0x00, 0x62]))).toMatchObject({ rule: 'file-binary' });
  });

  it('says that lines end in a lone CR instead of "front matter missing"', () => {
    expect(decodeSource(bytes('---\rid: x\r---\r\r## 职责任务\r'))).toMatchObject({
      rule: 'file-encoding',
      line: 1,
      column: 4,
      message: expect.stringContaining('lone CR'),
    });
    // CRLF files, and a lone CR inside a line of an LF file, are text as usual.
    expect(decodeSource(bytes('---\r\nid: x\r\n---\r\n'))).toMatchObject({ kind: 'ok' });
    expect(decodeSource(bytes('---\ntitle: "a\rb"\n---\n'))).toMatchObject({ kind: 'ok' });
  });
});
