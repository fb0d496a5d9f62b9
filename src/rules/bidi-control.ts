import type { DocumentRule } from './rule.js';

const NAMES: Record<string, string> = {
  '\u202a': 'U+202A LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'U+202B RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'U+202C POP DIRECTIONAL FORMATTING',
  '\u202d': 'U+202D LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'U+202E RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'U+2066 LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'U+2067 RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'U+2068 FIRST STRONG ISOLATE',
  '\u2069': 'U+2069 POP DIRECTIONAL ISOLATE',
};
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Trojan Source (CVE-2021-42574): bidirectional controls make text display in another order
 * than it is stored, so a reviewer reads one thing and the tools another. Job descriptions in
 * Chinese never need them; each is reported without a fix, as what it hides must be looked at.
 */
export const bidiControl: DocumentRule = {
  id: 'bidi-control',
  kind: 'document',
  description: {
    'zh-CN': '正文和头部信息中没有双向文本控制字符（Trojan Source）',
    en: 'No bidirectional control characters (Trojan Source), in front matter or body',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    found: {
      'zh-CN': '出现双向控制字符 {{name}}，它会让文字显示的顺序与存储的不同（Trojan Source），应删除',
      en: 'Unexpected bidirectional control {{name}}, expected none: it makes text display in another order than it is stored (Trojan Source)',
    },
  },
  check(document, { report }) {
    for (const match of document.text.matchAll(BIDI)) {
      report({ start: match.index, end: match.index + 1, messageId: 'found', data: { name: NAMES[match[0]]! } });
    }
  },
};
