import stringWidth from 'string-width';

/** Pads to a display width, so columns line up when cells hold Chinese text (two cells a character). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

export { stringWidth as displayWidth };
