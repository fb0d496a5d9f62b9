import { createRequire } from 'node:module';
import type LineBreakerType from 'linebreak';
import { displayWidth as stringWidth } from './display-width.js';

/** Made on first use: the first segmenter of a process loads ICU's break data (6 % of a clean `roles check`). */
let graphemes: Intl.Segmenter | undefined;
const widths = new Map<string, number>();
/** string-width is slow per call and Chinese text repeats its characters: measure each once. */
function measure(segment: string): number {
  let known = widths.get(segment);
  if (known === undefined) {
    known = stringWidth(segment);
    if (widths.size < 10_000) widths.set(segment, known);
  }
  return known;
}

/** Punctuation that must not start a line (避头): UAX #14 keeps most of it with what precedes; this makes sure. */
const NO_START = new Set([...'，。、；：！？）》」』】〉〕〗〙〛］｝”’…‥·・％,.;:!?)]}%']);
/** Punctuation that must not end a line (避尾): it moves down with what follows. */
const NO_END = new Set([...'（《「『【〈〔〖〘〚［｛“‘([{']);
/** Printable ASCII other than the space: what ids, paths, keys and English words are made of. */
const ASCII_WORD = /^[!-~]$/;
/** Between spaces, a Chinese run this short is a word (a level such as `副经理`, a short header): it stays whole. */
const SHORT_RUN = 4;

/** Where an oversized word may still break: after `-`, `/`, `.`, `_` or `:` between letters or digits. */
export const BREAK_AFTER = /(?<=[A-Za-z0-9][-/._:])(?=[A-Za-z0-9])/;

/** A run of text no line breaks inside, unless it alone is wider than the line; `pieces` are where it may break then. */
interface Unit {
  text: string;
  pieces: string[];
}

/**
 * Wraps text to a display width (East Asian wide characters count two columns), for the terminal.
 * Break opportunities come from the Unicode line breaking algorithm (UAX #14, the `linebreak`
 * package), tightened for reading Chinese and ids: no break inside an ASCII word, id or path, nor
 * inside a short Chinese word between spaces or a `code span` (a quoted value such as `主管`); no line starts with
 * `，。）」…` or ends with `（「`.
 * A word wider than the line breaks after its hyphens, slashes or dots, and between characters
 * only when a piece alone is still too wide. Existing line breaks are kept; tabs become two spaces.
 * `unicodeTablesOnly` turns off the plain-ASCII shortcut (for the test that compares the two).
 */
export function wrapText(text: string, width: number, unicodeTablesOnly = false): string[] {
  const limit = Math.max(1, width);
  return text
    .replace(/\t/g, '  ')
    .split(/\r?\n/)
    .flatMap((line) => (measure(line) <= limit ? [line.trimEnd()] : wrapLine(line, limit, unicodeTablesOnly)));
}

/** The width of the widest run `wrapText` keeps whole when it can (a word, an id, a short Chinese word). */
export function widestWord(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r?\n/))
    for (const unit of units(line)) widest = Math.max(widest, measure(unit.text.trimEnd()));
  return widest;
}

/** The width of the widest run `wrapText` keeps whole before splitting characters (an id between hyphens). */
export function widestPiece(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r?\n/))
    for (const unit of units(line))
      for (const piece of unit.pieces) widest = Math.max(widest, measure(piece.trimEnd()));
  return widest;
}

function wrapLine(line: string, width: number, unicodeTablesOnly: boolean): string[] {
  const lines: string[] = [];
  let current = '';
  // Width of `current`, trailing spaces included; they are dropped when the line is flushed.
  let currentWidth = 0;
  const flush = () => {
    lines.push(current.trimEnd());
    current = '';
    currentWidth = 0;
  };
  const place = (piece: string) => {
    const core = piece.trimEnd();
    const coreWidth = measure(core);
    if (current !== '' && currentWidth + coreWidth > width) flush();
    // Spaces that would start a continuation line are the break itself.
    if (current === '' && core === '' && lines.length > 0) return;
    current += piece;
    currentWidth += coreWidth + measure(piece.slice(core.length));
  };
  for (const unit of units(line, unicodeTablesOnly)) {
    if (measure(unit.text.trimEnd()) <= width) {
      place(unit.text);
      continue;
    }
    for (const piece of unit.pieces) {
      if (measure(piece.trimEnd()) <= width) place(piece);
      else {
        graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
        for (const { segment } of graphemes.segment(piece)) place(segment);
      }
    }
  }
  if (current !== '' || lines.length === 0) flush();
  return lines;
}

/** Splits a line into units at the break opportunities UAX #14 allows and the rules above keep. */
function units(line: string, unicodeTablesOnly = false): Unit[] {
  if (line === '') return [];
  const keep = new Set<number>();
  const soft = new Set<number>();
  const shortRuns = shortChineseRuns(line);
  const codeSpans = insideCodeSpans(line);
  for (const at of unicodeTablesOnly ? unicodeBreakOpportunities(line) : breakOpportunities(line)) {
    if (at <= 0 || at >= line.length) continue;
    const before = lastVisible(line, at);
    const after = line[at]!;
    const insideWord = ASCII_WORD.test(line[at - 1]!) && ASCII_WORD.test(after);
    if (insideWord || shortRuns.has(at) || codeSpans.has(at)) soft.add(at);
    else if (NO_START.has(after) || (before !== undefined && NO_END.has(before))) continue;
    else keep.add(at);
  }
  // Long words also break after the hyphens, slashes and dots UAX #14 does not offer (`a.b_c`).
  for (let match = BREAK_AFTER_GLOBAL.exec(line); match; match = BREAK_AFTER_GLOBAL.exec(line)) {
    if (match.index === BREAK_AFTER_GLOBAL.lastIndex) BREAK_AFTER_GLOBAL.lastIndex++;
    if (!keep.has(match.index)) soft.add(match.index);
  }
  const result: Unit[] = [];
  let start = 0;
  const cuts = [...keep, line.length].sort((a, b) => a - b);
  const softCuts = [...soft].sort((a, b) => a - b);
  let s = 0;
  for (const end of cuts) {
    const pieces: string[] = [];
    let from = start;
    while (s < softCuts.length && softCuts[s]! < end) {
      if (softCuts[s]! > from) {
        pieces.push(line.slice(from, softCuts[s]));
        from = softCuts[s]!;
      }
      s++;
    }
    pieces.push(line.slice(from, end));
    result.push({ text: line.slice(start, end), pieces });
    start = end;
  }
  return result;
}

const BREAK_AFTER_GLOBAL = new RegExp(BREAK_AFTER.source, 'g');

/** Letters, digits, spaces and the punctuation of ids, paths and English messages. */
const PLAIN_ASCII = /^[A-Za-z0-9 `'.,:;_@#=]*$/;
/** Where UAX #14 forbids a break before, after spaces: closing punctuation, infix separators, `/`, `%`. */
const NO_BREAK_BEFORE = new Set([...')],.:;/%']);

/**
 * The break opportunities of a line (offsets where a new line may start), by UAX #14. A line of
 * plain ASCII (ids, paths, English messages: most of what is printed) takes a shortcut: the
 * breaks after spaces, which are all UAX #14 gives it outside words (inside a word, `units`
 * breaks only after `-/._:` anyway). A property test holds `wrapText` to the same lines either way.
 */
function breakOpportunities(line: string): number[] {
  if (line === '') return [];
  if (PLAIN_ASCII.test(line) && !/[-(]/.test(line)) {
    const breaks: number[] = [];
    for (let i = 1; i < line.length; i++)
      if (line[i - 1] === ' ' && line[i] !== ' ' && !NO_BREAK_BEFORE.has(line[i]!)) breaks.push(i);
    breaks.push(line.length);
    return breaks;
  }
  return unicodeBreakOpportunities(line);
}

/** `linebreak` inflates its tables when loaded (5 % of a clean `roles check`): loaded when a line first needs them. */
let LineBreaker: typeof LineBreakerType | undefined;

/** The same, from the `linebreak` package's UAX #14 tables. */
function unicodeBreakOpportunities(line: string): number[] {
  const breaks: number[] = [];
  LineBreaker ??= createRequire(import.meta.url)('linebreak') as typeof LineBreakerType;
  const breaker = new LineBreaker(line);
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) breaks.push(found.position);
  return breaks;
}

/** The last character before `at` that is not a space. */
function lastVisible(line: string, at: number): string | undefined {
  for (let i = at - 1; i >= 0; i--) if (line[i] !== ' ') return line[i];
  return undefined;
}

/** Positions inside a `code span` without spaces (a value quoted in a message: `主管`, `job_level`), backticks included. */
function insideCodeSpans(line: string): Set<number> {
  const inside = new Set<number>();
  for (let open = line.indexOf('`'); open >= 0;) {
    const close = line.indexOf('`', open + 1);
    if (close < 0) break;
    // A span with spaces is a phrase (`roles report role <id>`): it may break at them as prose does.
    if (!line.slice(open, close).includes(' ')) for (let at = open + 1; at <= close; at++) inside.add(at);
    open = line.indexOf('`', close + 1);
  }
  return inside;
}

/** Positions inside Chinese runs of at most `SHORT_RUN` characters that stand between spaces. */
function shortChineseRuns(line: string): Set<number> {
  const inside = new Set<number>();
  const chunk = /\S+/g;
  for (let match = chunk.exec(line); match; match = chunk.exec(line)) {
    const characters = [...match[0]];
    if (characters.length < 2 || characters.length > SHORT_RUN || !characters.every((c) => measure(c) === 2)) continue;
    let offset = match.index;
    for (const character of characters.slice(0, -1)) {
      offset += character.length;
      inside.add(offset);
    }
  }
  return inside;
}
