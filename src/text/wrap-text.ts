import { displayWidth } from './display-width.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const widths = new Map<string, number>();
/** string-width is slow per call and Chinese text repeats its characters: measure each once. */
function measure(segment: string): number {
  let known = widths.get(segment);
  if (known === undefined) {
    known = displayWidth(segment);
    if (widths.size < 10_000) widths.set(segment, known);
  }
  return known;
}

/** Chinese punctuation that must not start a line (避头尾): it moves down with the character before it. */
const CLOSING = new Set([...'，。、；：！？）》」』】〉”’…']);

/**
 * Wraps text to a display width, where Chinese characters count two columns: lines break between
 * wide characters, at spaces, after the hyphens, slashes, dots and underscores of a word, and inside
 * a word only when it alone is too wide. Existing line
 * breaks are kept. Every returned line is at most `width` wide (a lone character wider than that excepted).
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  return text
    .replace(/\t/g, '  ')
    .split(/\r?\n/)
    .flatMap((line) => (displayWidth(line) <= limit ? [line.trimEnd()] : wrapLine(line, limit)));
}

function wrapLine(line: string, width: number): string[] {
  const lines: string[] = [];
  let current: string[] = [];
  let currentWidth = 0;
  const flush = () => {
    lines.push(current.join('').trimEnd());
    current = [];
    currentWidth = 0;
  };
  const append = (piece: string, pieceWidth: number) => {
    current.push(piece);
    currentWidth += pieceWidth;
  };
  for (const token of tokenize(line)) {
    const tokenWidth = measure(token);
    if (/^\s+$/.test(token)) {
      // A space that does not fit becomes the line break.
      if (currentWidth + tokenWidth <= width) append(token, tokenWidth);
      else if (current.length > 0) flush();
      continue;
    }
    if (currentWidth + tokenWidth <= width) {
      append(token, tokenWidth);
      continue;
    }
    if (CLOSING.has(token) && current.length > 1 && measure(current[current.length - 1]!) + tokenWidth <= width) {
      const carried = current.pop()!;
      flush();
      append(carried, measure(carried));
      append(token, tokenWidth);
      continue;
    }
    if (current.length > 0) flush();
    if (tokenWidth <= width) {
      append(token, tokenWidth);
      continue;
    }
    for (const { segment } of graphemes.segment(token)) {
      const segmentWidth = measure(segment);
      if (currentWidth + segmentWidth > width && current.length > 0) flush();
      append(segment, segmentWidth);
    }
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Where a word may break: after `-`, `/`, `.` or `_` between letters or digits. */
export const BREAK_AFTER = /(?<=[A-Za-z0-9][-/._])(?=[A-Za-z0-9])/;

/** Between spaces, a Chinese run this short is a word (a level such as `副经理`, a short name): it moves down whole. */
const SHORT_RUN = 4;

/** Runs of spaces, runs of narrow characters (words), short Chinese words, and each character of longer Chinese text. */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const chunks = line.split(/(\s+)/);
  for (const chunk of chunks) {
    const characters = [...graphemes.segment(chunk)].map(({ segment }) => segment);
    if (characters.length > 0 && characters.length <= SHORT_RUN && characters.every((c) => measure(c) === 2))
      tokens.push(chunk);
    else for (const token of splitChunk(chunk)) tokens.push(token);
  }
  return tokens.filter((token) => token !== '');
}

function splitChunk(line: string): string[] {
  const tokens: string[] = [];
  let word = '';
  for (const { segment } of graphemes.segment(line)) {
    const space = /^\s+$/.test(segment);
    if (!space && measure(segment) < 2 && !CLOSING.has(segment)) {
      word += segment;
      continue;
    }
    if (word) tokens.push(word);
    word = '';
    const previous = tokens[tokens.length - 1];
    if (space && previous !== undefined && /^\s+$/.test(previous)) tokens[tokens.length - 1] += segment;
    else tokens.push(segment);
  }
  if (word) tokens.push(word);
  // Ids, paths and keys may break after a hyphen, slash, dot or underscore: `gov-enterprise-` / `support-center`.
  return tokens.flatMap((token) => token.split(BREAK_AFTER));
}
