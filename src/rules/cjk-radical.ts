import type { DocumentRule } from './rule.js';

// Kangxi Radicals (U+2F00–U+2FDF) and the CJK Radicals Supplement (U+2E80–U+2EFF).
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/**
 * Radicals that PDF extraction puts in place of ideographs: `⼀体化` looks like `一体化` but
 * does not match it in search or sort. NFKC maps every Kangxi radical and a few supplementary
 * ones to the ideograph; the fix is that mapping, and only where it exists.
 */
export const cjkRadical: DocumentRule = {
  id: 'cjk-radical',
  kind: 'document',
  description: {
    'zh-CN': '不用康熙部首或补充部首代替汉字（可按 NFKC 自动修复）',
    en: 'No Kangxi or supplementary CJK radicals in place of ideographs (fixable by NFKC)',
  },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    radical: {
      'zh-CN': '部首字符 `{{radical}}`（{{code}}）不是汉字，应为汉字 `{{ideograph}}`',
      en: 'Unexpected radical `{{radical}}` ({{code}}), expected the ideograph `{{ideograph}}`',
    },
    radicalRetype: {
      'zh-CN': '部首字符 `{{radical}}`（{{code}}）不是汉字，应为它代表的汉字（请重新输入）',
      en: 'Unexpected radical `{{radical}}` ({{code}}), expected the ideograph it stands for (retype it)',
    },
  },
  check(document, { report }) {
    for (const match of document.text.matchAll(RADICAL)) {
      const radical = match[0];
      const ideograph = radical.normalize('NFKC');
      const start = match.index;
      const code = `U+${radical.charCodeAt(0).toString(16).toUpperCase()}`;
      if (ideograph !== radical) {
        report({
          start,
          end: start + 1,
          messageId: 'radical',
          data: { radical, code, ideograph },
          fix: { range: [start, start + 1], text: ideograph },
        });
      } else {
        report({
          start,
          end: start + 1,
          messageId: 'radicalRetype',
          data: { radical, code },
        });
      }
    }
  },
};
