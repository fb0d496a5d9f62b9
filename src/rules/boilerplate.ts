import { z } from 'zod';
import { fieldPath, frontMatterStrings, locateInValue } from '../parse/front-matter-strings.js';
import { prose } from '../parse/prose.js';
import type { DocumentRule } from './rule.js';

/** What document-sharing sites wrap around a scraped job description. */
const DEFAULT_PHRASES = [
  '合集下载',
  '相关文档',
  '最新文档',
  '下载文档前请自行甄别',
  '仅部分预览',
  '如文档侵犯您的权益',
  '人工客服工作时间',
  '下载券',
  '全文预览',
  '百度文库',
  '道客巴巴',
  '豆丁网',
  '原创力文档',
  'For personal use only',
  'not for commercial use',
];

const optionsSchema = z.strictObject({
  /** Phrases that only a document site would print; replaces the default list. */
  phrases: z.array(z.string().min(1)).default(DEFAULT_PHRASES),
});
type Options = z.infer<typeof optionsSchema>;

const patterns = new WeakMap<Options, RegExp>();

/** Text scraped along with the description from a document site. */
export const boilerplate: DocumentRule<Options> = {
  id: 'boilerplate',
  kind: 'document',
  description: {
    'zh-CN': '没有文档分享网站的套话（合集下载、相关文档、下载文档前请自行甄别、For personal use only …）',
    en: 'No text from document-sharing sites (合集下载, 相关文档, 下载文档前请自行甄别, For personal use only …)',
  },
  defaultSeverity: 'error',
  options: optionsSchema,
  messages: {
    inField: {
      'zh-CN': '`{{field}}` 中有网站的模板文字 `{{text}}`，应只有岗位说明（删去抓取来的文字）',
      en: 'Unexpected document-site text `{{text}}` in `{{field}}`, expected only the job description (delete the scraped text)',
    },
    inBody: {
      'zh-CN': '有网站的模板文字 `{{text}}`，应只有岗位说明（删去抓取来的文字）',
      en: 'Unexpected document-site text `{{text}}`, expected only the job description (delete the scraped text)',
    },
  },
  check(document, { options, report }) {
    const pattern = phrasePattern(options);
    for (const entry of frontMatterStrings(document)) {
      // `notes` describe the source, and may quote what was left out of it and why.
      if (entry.path[0] === 'notes') continue;
      for (const match of entry.value.matchAll(pattern)) {
        report({
          ...locateInValue(document, entry, match.index, match[0].length),
          messageId: 'inField',
          data: { text: match[0], field: fieldPath(entry.path) },
        });
      }
    }
    for (const range of prose(document)) {
      for (const match of document.text.slice(range.start, range.end).matchAll(pattern)) {
        const start = range.start + match.index;
        report({
          start,
          end: start + match[0].length,
          messageId: 'inBody',
          data: { text: match[0] },
        });
      }
    }
  },
};

/** One case-insensitive alternation of literal phrases: linear, no backtracking. */
function phrasePattern(options: Options): RegExp {
  let pattern = patterns.get(options);
  if (!pattern) {
    const alternatives = options.phrases.map((phrase) =>
      phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'),
    );
    pattern = new RegExp(alternatives.join('|') || '(?!)', 'gi');
    patterns.set(options, pattern);
  }
  return pattern;
}
