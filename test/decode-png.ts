import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';

export interface Image {
  width: number;
  height: number;
  /** Grey level of each pixel, 0–255, row by row. */
  grey: Uint8Array;
}

/** Decodes an 8-bit PNG (grey, RGB, with or without alpha) with node:zlib: enough to look at a screenshot. */
export function decodePng(png: Buffer): Image {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8], 'bit depth').toBe(8);
      expect(body[12], 'interlace').toBe(0);
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[body[9]!]!;
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  // Undo each row's filter (one loop per filter type: the 1 M-pixel screenshots are decoded in a test).
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const from = y * (stride + 1) + 1;
    const to = y * stride;
    const above = to - stride;
    switch (filter) {
      case 0:
        raw.copy(pixels, to, from, from + stride);
        break;
      case 1:
        for (let x = 0; x < stride; x++)
          pixels[to + x] = (raw[from + x]! + (x >= channels ? pixels[to + x - channels]! : 0)) & 0xff;
        break;
      case 2:
        for (let x = 0; x < stride; x++) pixels[to + x] = (raw[from + x]! + (y > 0 ? pixels[above + x]! : 0)) & 0xff;
        break;
      case 3:
        for (let x = 0; x < stride; x++) {
          const left = x >= channels ? pixels[to + x - channels]! : 0;
          const up = y > 0 ? pixels[above + x]! : 0;
          pixels[to + x] = (raw[from + x]! + ((left + up) >> 1)) & 0xff;
        }
        break;
      case 4:
        for (let x = 0; x < stride; x++) {
          const left = x >= channels ? pixels[to + x - channels]! : 0;
          const up = y > 0 ? pixels[above + x]! : 0;
          const upLeft = y > 0 && x >= channels ? pixels[above + x - channels]! : 0;
          pixels[to + x] = (raw[from + x]! + paeth(left, up, upLeft)) & 0xff;
        }
        break;
      default:
        expect.fail(`Unexpected PNG filter ${filter}, expected 0 to 4`);
    }
  }
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    grey[i] =
      channels < 3 ? pixels[p]! : Math.round(0.299 * pixels[p]! + 0.587 * pixels[p + 1]! + 0.114 * pixels[p + 2]!);
  }
  return { width, height, grey };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
