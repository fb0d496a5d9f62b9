import type { DocumentRule } from './rule.js';

/** U+FFFD: a converter met bytes it could not decode and threw the character away. */
export const replacementCharacter: DocumentRule = {
  id: 'replacement-character',
  kind: 'document',
  description: {
    'zh-CN': '没有 U+FFFD 替换字符（转换出错时丢失的文字）',
    en: 'No U+FFFD replacement characters (text lost in a bad conversion)',
  },
  defaultSeverity: 'error',
  messages: {
    replacement: {
      'zh-CN': '出现替换字符 `�`（U+FFFD），应为原文：转换时丢失了文字（请照原文重新录入）',
      en: 'Unexpected replacement character `�` (U+FFFD), expected the original text: a conversion lost it (retype it from the source)',
    },
  },
  check(document, { report }) {
    for (let at = document.text.indexOf('\ufffd'); at !== -1; at = document.text.indexOf('\ufffd', at + 1)) {
      report({
        start: at,
        end: at + 1,
        messageId: 'replacement',
      });
    }
  },
};
