import { t } from '../i18n/t.js';
import { asRecord, text, textList } from './collect-organisation.js';

/** A role's experience requirement, read leniently from raw data. */
export interface Experience {
  years: number | null;
  field: string | null;
  /** 或任下一职级N年以上: the years in a lower level that count instead. */
  alternative: { level: string | null; years: number | null } | null;
  /** The source's words when it gives no number: `具有一定的客户服务工作经验`. */
  asWritten: string | null;
  /** `有团队管理经验者优先考虑`. */
  preferred: string | null;
}

/** A requirement with a minimum and an optional preference (education, language, computer skills). */
export interface Requirement {
  minimum: string | null;
  preferred: string | null;
  /** The source's own words for the minimum, such as `专科以上毕业`. */
  asWritten: string | null;
}

export function readExperience(value: unknown): Experience | null {
  if (value === undefined || value === null) return null;
  const raw = asRecord(value);
  const alternative = raw.alternative === undefined ? null : asRecord(raw.alternative);
  return {
    years: years(raw.years),
    field: text(raw.field) ?? null,
    alternative: alternative ? { level: text(alternative.level) ?? null, years: years(alternative.years) } : null,
    asWritten: text(raw.as_written) ?? null,
    preferred: text(raw.preferred) ?? null,
  };
}

export function readRequirement(value: unknown): Requirement | null {
  if (value === undefined || value === null) return null;
  const raw = asRecord(value);
  return {
    minimum: text(raw.minimum) ?? null,
    preferred: text(raw.preferred) ?? null,
    asWritten: text(raw.as_written) ?? null,
  };
}

/** As the job descriptions write it: `3年以上相关专业工作经验，或任主办2年以上` (in English, `3+ years of …`). */
export function describeExperience(experience: Experience | null): string {
  if (!experience) return '';
  const main =
    experience.years === null
      ? (experience.asWritten ?? experience.field ?? '')
      : t('report.describe.years', {
          years: experience.years,
          field: experience.field ?? t('report.describe.workExperience'),
        });
  const alternative = experience.alternative;
  const minimum = alternative
    ? t('report.describe.alternative', {
        main,
        level: alternative.level ?? t('report.describe.levelBelow'),
        years: alternative.years ?? '?',
      })
    : main;
  if (experience.preferred === null) return minimum;
  return minimum ? t('report.describe.also', { minimum, preferred: experience.preferred }) : experience.preferred;
}

/** `大专及以上，本科优先` for degrees (the source's words when given); `minimum；优先：preferred` for free text. */
export function describeRequirement(requirement: Requirement | null, degree = false): string {
  if (!requirement) return '';
  const minimum =
    requirement.asWritten ??
    (requirement.minimum === null
      ? ''
      : degree
        ? t('report.describe.degree', { minimum: requirement.minimum })
        : requirement.minimum);
  if (requirement.preferred === null) return minimum;
  const preferred = t(degree ? 'report.describe.degreePreferred' : 'report.describe.preferred', {
    preferred: requirement.preferred,
  });
  if (!minimum) return preferred;
  return t(degree ? 'report.describe.degreeBoth' : 'report.describe.also', { minimum, preferred });
}

/** Majors as the file gives them: a list (`通信、计算机`), or `{minimum, preferred}` lists (`通信或类似专业；优先：通信、市场营销`). */
export function describeMajors(value: unknown): string {
  if (Array.isArray(value)) return textList(value).join('、');
  const raw = asRecord(value);
  const joined = (list: unknown) => textList(list).join('、') || null;
  return describeRequirement({ minimum: joined(raw.minimum), preferred: joined(raw.preferred), asWritten: null });
}

function years(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
