/**
 * Character classes for Chinese text, by UTF-16 code unit so scans stay linear and never
 * allocate. Supplementary Han (CJK Extension B and later) arrives as surrogates in D840–D87F /
 * DC00–DFFF; a lone low surrogate is counted only after a high one in that range.
 */
export function isHan(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x2e80 && code <= 0x2fdf) ||
    code === 0x3005 ||
    code === 0x3007
  ) {
    return true;
  }
  if (code >= 0xd840 && code <= 0xd87f) return true;
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
    const high = text.charCodeAt(index - 1);
    return high >= 0xd840 && high <= 0xd87f;
  }
  return false;
}

/** Full-width and CJK punctuation (，。、；：！？（）「」《》…— and curly quotes). */
export function isChinesePunctuation(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026 ||
    code === 0x2014
  );
}

/** Han or Chinese punctuation: what makes the text around a character Chinese. */
export function isChinese(text: string, index: number): boolean {
  return index >= 0 && index < text.length && (isHan(text, index) || isChinesePunctuation(text, index));
}

/** ASCII letters and digits. */
export function isLatinOrDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x30 && code <= 0x39;
}

/** Whether `index` is past the end of its line (a line break or the end of the text). */
export function isLineEnd(text: string, index: number): boolean {
  return index >= text.length || text[index] === '\n' || text[index] === '\r';
}
