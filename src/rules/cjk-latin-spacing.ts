import { z } from 'zod';
import { isDigit, isHan, isLatinOrDigit } from '../text/cjk.js';
import { prose } from '../parse/prose.js';
import type { DocumentRule } from './rule.js';

/** What may follow a number without a space even with `spacing: always`: `3年`, `5人`, `10%`. */
const DEFAULT_UNITS = [
  '年',
  '月',
  '日',
  '天',
  '周',
  '小时',
  '分钟',
  '秒',
  '个',
  '次',
  '岁',
  '人',
  '名',
  '元',
  '万',
  '亿',
  '倍',
  '级',
  '项',
  '条',
  '种',
  '类',
  '台',
  '套',
  '份',
  '页',
  '号',
  '期',
  '位',
  '家',
  '米',
  '公里',
  '克',
  '千克',
];

const optionsSchema = z.strictObject({
  /** `never` (the bundled data's style): `使用Excel`; `always`: `使用 Excel`. */
  spacing: z.enum(['never', 'always']).default('never'),
  /** With `always`, these may follow a digit without a space. */
  units: z.array(z.string().min(1)).default(DEFAULT_UNITS),
});
type Options = z.infer<typeof optionsSchema>;

function isBlank(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x20 || code === 0x09;
}

/** One convention for the space between Chinese and Latin letters or digits (fixable). */
export const cjkLatinSpacing: DocumentRule<Options> = {
  id: 'cjk-latin-spacing',
  kind: 'document',
  description: {
    'zh-CN':
      '中文与拉丁字母或数字之间的空格遵循 `spacing`（默认 `never`；或 `always`，`3年` 这类单位除外）（可自动修复）',
    en: 'Space between Chinese and Latin letters or digits follows `spacing` (`never` by default, or `always` with unit exceptions such as `3年`) (fixable)',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: optionsSchema,
  messages: {
    never: {
      'zh-CN': '`{{before}}` 和 `{{after}}` 之间有空格，中文与拉丁字母或数字之间不应有空格（`spacing: never`）',
      en: 'Unexpected space between `{{before}}` and `{{after}}`, expected none between Chinese and Latin letters or digits (`spacing: never`)',
    },
    always: {
      'zh-CN': '`{{before}}` 和 `{{after}}` 之间缺少空格，中文与拉丁字母或数字之间应有一个空格（`spacing: always`）',
      en: 'Missing space between `{{before}}` and `{{after}}`, expected one between Chinese and Latin letters or digits (`spacing: always`)',
    },
  },
  check(document, { options, report }) {
    const text = document.text;
    const meets = (a: number, b: number) =>
      (isHan(text, a) && isLatinOrDigit(text, b)) || (isLatinOrDigit(text, a) && isHan(text, b));
    for (const range of prose(document)) {
      if (options.spacing === 'never') {
        for (let i = range.start + 1; i < range.end; i++) {
          if (!isBlank(text, i)) continue;
          let end = i;
          while (end < range.end && isBlank(text, end)) end++;
          if (end < range.end && meets(i - 1, end)) {
            report({
              start: i,
              end,
              messageId: 'never',
              data: { before: text[i - 1]!, after: text[end]! },
              fix: { range: [i, end], text: '' },
            });
          }
          i = end;
        }
      } else {
        for (let i = range.start + 1; i < range.end; i++) {
          if (!meets(i - 1, i) || (isDigit(text, i - 1) && options.units.some((unit) => text.startsWith(unit, i))))
            continue;
          report({
            start: i - 1,
            end: i + 1,
            messageId: 'always',
            data: { before: text[i - 1]!, after: text[i]! },
            fix: { range: [i, i], text: ' ' },
          });
        }
      }
    }
  },
};
