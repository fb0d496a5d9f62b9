import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The weights a printed document uses: body text and headings. */
const WEIGHTS = ['400', '700'];

/**
 * `@font-face` rules for Noto Sans SC from `@fontsource/noto-sans-sc`, pointing at its files on disk.
 * Chromium loads only the unicode-range slices a page uses and embeds those glyphs in a PDF, so a
 * document printed on a machine without Chinese fonts still shows Chinese.
 */
export function fontFaces(): string {
  const folder = path.dirname(fileURLToPath(import.meta.resolve('@fontsource/noto-sans-sc/400.css')));
  const base = pathToFileURL(folder + path.sep).href;
  return WEIGHTS.map((weight) =>
    readFileSync(path.join(folder, `${weight}.css`), 'utf8').replaceAll('url(./', `url(${base}`),
  ).join('\n');
}
