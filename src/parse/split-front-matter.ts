/** The result of cutting a file into its YAML front matter and Markdown body. */
export type Split =
  | {
      kind: 'ok';
      /** The YAML between the fences. */
      yaml: string;
      /** Offset of `yaml` in the file text. */
      yamlOffset: number;
      body: string;
      /** Offset of `body` in the file text; the body always starts at a line start. */
      bodyOffset: number;
    }
  | { kind: 'missing' }
  | { kind: 'unterminated' }
  | { kind: 'language'; language: string };

const OPENING = /^---([^\r\n]*)(\r?\n|$)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/**
 * Splits front matter without evaluating anything: gray-matter would `eval` `---js`
 * blocks and cache every file forever, so a strict splitter is both safer and smaller.
 */
export function splitFrontMatter(text: string): Split {
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'missing' };
  const info = opening[1]!.trim();
  if (info !== '') return { kind: 'language', language: info };
  const yamlOffset = opening[0].length;
  CLOSING.lastIndex = yamlOffset;
  // An empty front matter block closes on the very next line.
  const closing = CLOSING.exec(text);
  if (!closing || !opening[2]) return { kind: 'unterminated' };
  const bodyOffset = closing.index + closing[0].length;
  return {
    kind: 'ok',
    yaml: text.slice(yamlOffset, closing.index),
    yamlOffset,
    body: text.slice(bodyOffset),
    bodyOffset,
  };
}
