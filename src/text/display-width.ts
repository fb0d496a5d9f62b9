import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Characters that are one column whatever the terminal (`ambiguous` East Asian width, narrow by convention): quotes, dashes, ellipsis, middle dot. */
const NARROW = new Set([0xb7, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/** Two columns: ideographs, kana, Hangul, Chinese and full-width punctuation (East Asian Wide and Fullwidth, no combining marks). */
function isWide(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3000 && code <= 0x303e && (code < 0x302a || code > 0x302f)) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x309b && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/**
 * Terminal columns a text takes: two for a Chinese character. Text made only of printable ASCII
 * and the common Chinese ranges is counted character by character (string-width segments
 * graphemes and took most of the time of printing 6,000 findings); anything else goes to string-width.
 */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) width += 1;
    else if (isWide(code)) width += 2;
    else if (NARROW.has(code)) width += 1;
    else return stringWidth(text);
  }
  return width;
}

/** Pads to a display width, so columns line up when cells hold Chinese text (two cells a character). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
