/** C0 and C1 controls (ESC among them), DEL, line and paragraph separators, bidi controls and zero-width characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are what gets shown.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c]/g;
const NAMED: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/**
 * Text from role files as a terminal or a reader should see it: every control character
 * written out (`\r`, `\u001B`, `\u202E`), so data can neither move the cursor, colour the
 * terminal, start a new line, nor reorder what is shown around it.
 */
export function showControls(text: string, { keepNewlines = false } = {}): string {
  return text.replace(CONTROLS, (character) =>
    keepNewlines && character === '\n'
      ? character
      : (NAMED[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
  );
}

/** Every string inside a value (a report model, say) with its controls shown; line feeds, which the renderers lay out, kept. */
export function showControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return showControls(value, { keepNewlines: true }) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => showControlsDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, showControlsDeep(item)])) as T;
  }
  return value;
}

/**
 * The same, and a line that would start with `::` (a GitHub Actions workflow command) starts with a
 * zero-width space instead (the runner trims spaces before it looks for `::`).
 */
export function showLine(text: string): string {
  const shown = showControls(text);
  return shown.trimStart().startsWith('::') ? `\u200b${shown}` : shown;
}
