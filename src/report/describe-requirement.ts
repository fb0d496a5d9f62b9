import { asRecord, text } from './collect-organisation.js';

/** A role's experience requirement, read leniently from raw data. */
export interface Experience {
  years: number | null;
  field: string | null;
  /** 或任下一职级N年以上: the years in a lower level that count instead. */
  alternative: { level: string | null; years: number | null } | null;
}

/** A requirement with a minimum and an optional preference (education, language, computer skills). */
export interface Requirement {
  minimum: string | null;
  preferred: string | null;
}

export function readExperience(value: unknown): Experience | null {
  if (value === undefined || value === null) return null;
  const raw = asRecord(value);
  const alternative = raw.alternative === undefined ? null : asRecord(raw.alternative);
  return {
    years: years(raw.years),
    field: text(raw.field) ?? null,
    alternative: alternative ? { level: text(alternative.level) ?? null, years: years(alternative.years) } : null,
  };
}

export function readRequirement(value: unknown): Requirement | null {
  if (value === undefined || value === null) return null;
  const raw = asRecord(value);
  return { minimum: text(raw.minimum) ?? null, preferred: text(raw.preferred) ?? null };
}

/** As the job descriptions write it: `3年以上相关专业工作经验，或任主办2年以上`. */
export function describeExperience(experience: Experience | null): string {
  if (!experience) return '';
  const main =
    experience.years === null ? (experience.field ?? '') : `${experience.years}年以上${experience.field ?? '工作经验'}`;
  const alternative = experience.alternative;
  if (!alternative) return main;
  return `${main}，或任${alternative.level ?? '下一职级'}${alternative.years ?? '?'}年以上`;
}

/** `大专及以上，本科优先` for degrees; `minimum；优先：preferred` for free text. */
export function describeRequirement(requirement: Requirement | null, degree = false): string {
  if (!requirement) return '';
  const minimum = requirement.minimum === null ? '' : degree ? `${requirement.minimum}及以上` : requirement.minimum;
  if (requirement.preferred === null) return minimum;
  const preferred = degree ? `${requirement.preferred}优先` : `优先：${requirement.preferred}`;
  return minimum ? `${minimum}${degree ? '，' : '；'}${preferred}` : preferred;
}

function years(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
