import type { DocumentRule } from './rule.js';

/** U+FFFD: a converter met bytes it could not decode and threw the character away. */
export const replacementCharacter: DocumentRule = {
  id: 'replacement-character',
  kind: 'document',
  description: 'No U+FFFD replacement characters (text lost in a bad conversion)',
  defaultSeverity: 'error',
  check(document, { report }) {
    for (let at = document.text.indexOf('\ufffd'); at !== -1; at = document.text.indexOf('\ufffd', at + 1)) {
      report({
        start: at,
        end: at + 1,
        message:
          'Unexpected replacement character `\ufffd` (U+FFFD), expected the original text: a conversion lost it (retype it from the source)',
      });
    }
  },
};
