/** A number typed by hand at the start of a line, such as `1、`, `（2）` or `三、`. */
export interface HandNumber {
  /** The way it is written; a run of items is consistent when they share it. */
  style:
    | 'arabic-comma'
    | 'arabic-dot'
    | 'arabic-paren'
    | 'arabic-fullwidth-paren'
    | 'chinese-comma'
    | 'chinese-fullwidth-paren'
    | 'circled';
  value: number;
  /** Length of the number with its punctuation, and with the spaces after it. */
  length: number;
  lengthWithSpace: number;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
// Anchored with the sticky flag at a given index; each alternative is bounded, so no backtracking blows up.
const PATTERN =
  /(?:(\d{1,2})(、|[.．](?!\d))|\((\d{1,2})\)|（(\d{1,2})）|([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|([\u2460-\u2473]))([ \t\u3000]*)/y;

/** Reads a hand number at `index` of `text`, or undefined. */
export function matchHandNumber(text: string, index: number): HandNumber | undefined {
  PATTERN.lastIndex = index;
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const length = match[0].length - match[8]!.length;
  const at = (style: HandNumber['style'], value: number | undefined): HandNumber | undefined =>
    value === undefined ? undefined : { style, value, length, lengthWithSpace: match[0].length };
  if (match[1]) {
    // `1.5倍` is a decimal and `1. 负责` with a space after is already Markdown (when it starts a block).
    return at(match[2] === '、' ? 'arabic-comma' : 'arabic-dot', Number(match[1]));
  }
  if (match[3]) return at('arabic-paren', Number(match[3]));
  if (match[4]) return at('arabic-fullwidth-paren', Number(match[4]));
  if (match[5]) return at('chinese-comma', chineseNumber(match[5]));
  if (match[6]) return at('chinese-fullwidth-paren', chineseNumber(match[6]));
  return at('circled', match[7]!.charCodeAt(0) - 0x2460 + 1);
}

/** 一 to 九十九 as written in lists; undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? CHINESE_DIGITS[text] : undefined;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[text.slice(0, ten)];
  const rest = text.slice(ten + 1);
  const ones = rest === '' ? 0 : CHINESE_DIGITS[rest];
  if (tens === undefined || ones === undefined || ten > 1 || rest.length > 1) return undefined;
  return tens * 10 + ones;
}
