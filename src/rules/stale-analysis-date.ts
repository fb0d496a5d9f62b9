import { z } from 'zod';
import { locateValue } from '../parse/locate.js';
import type { DocumentRule } from './rule.js';

const optionsSchema = z.strictObject({
  /** How old a job analysis may be, in whole months, before the role must be reviewed. */
  maxAgeMonths: z.int().positive().default(36),
});
type Options = z.infer<typeof optionsSchema>;

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A job analysis that is years old describes a job that has since changed. Today comes from the run, never the clock. */
export const staleAnalysisDate: DocumentRule<Options> = {
  id: 'stale-analysis-date',
  kind: 'document',
  description: {
    'zh-CN': '`analysis_date` 不早于 `maxAgeMonths` 个月以前（默认 36），也不在未来',
    en: '`analysis_date` is not older than `maxAgeMonths` (default 36) and not in the future',
  },
  defaultSeverity: 'warning',
  options: optionsSchema,
  messages: {
    future: {
      'zh-CN': '`analysis_date` `{{value}}` 在未来，应不晚于今天（`{{today}}`）',
      en: 'Unexpected `analysis_date` `{{value}}` in the future, expected a date on or before today (`{{today}}`)',
    },
    stale: {
      'zh-CN': '`analysis_date` `{{value}}` 已超过 {{months}} 个月，应为近期的岗位分析（请复核岗位并更新日期）',
      en: 'Unexpected `analysis_date` `{{value}}`, more than {{months}} months ago, expected a recent job analysis (review the role and update the date)',
    },
  },
  check(document, { options, today, report }) {
    const data = document.frontMatter?.data as { analysis_date?: unknown } | null | undefined;
    const value = data?.analysis_date;
    const date = typeof value === 'string' ? DATE.exec(value) : null;
    const now = DATE.exec(today);
    if (!date || !now) return;
    const at = () => locateValue(document, ['analysis_date'])!;
    const [year, month, day] = [Number(date[1]), Number(date[2]), date[3] === undefined ? undefined : Number(date[3])];
    const [nowYear, nowMonth, nowDay] = [Number(now[1]), Number(now[2]), Number(now[3])];
    // Whole months elapsed; a month-only date counts from its first day.
    const age = (nowYear - year) * 12 + (nowMonth - month) - (day !== undefined && nowDay < day ? 1 : 0);
    const future = day === undefined ? year * 12 + month > nowYear * 12 + nowMonth : date.input > today;
    if (future) {
      report({
        ...at(),
        messageId: 'future',
        data: { value: date.input, today },
      });
    } else if (age > options.maxAgeMonths) {
      report({
        ...at(),
        messageId: 'stale',
        data: { value: date.input, months: options.maxAgeMonths },
      });
    }
  },
};
