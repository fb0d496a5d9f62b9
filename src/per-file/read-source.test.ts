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
});
