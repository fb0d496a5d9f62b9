import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.js';
import {
  describeExperience,
  describeMajors,
  describeRequirement,
  readExperience,
  readRequirement,
} from './describe-requirement.js';

// The job descriptions are Chinese: their requirements read as the source writes them under zh-CN.
beforeEach(() => setLocale('zh-CN'));

describe('describeExperience', () => {
  it('writes the requirement as the job descriptions do, with the lower-level alternative', () => {
    expect(
      describeExperience(
        readExperience({ years: 5, field: '相关专业工作经验', alternative: { level: '主办', years: 2 } }),
      ),
    ).toBe('5年以上相关专业工作经验，或任主办2年以上');
    expect(describeExperience(readExperience({ years: 3 }))).toBe('3年以上工作经验');
  });

  it('reads what it can from data that failed the schema', () => {
    expect(readExperience('三年')).toEqual({
      years: null,
      field: null,
      alternative: null,
      asWritten: null,
      preferred: null,
    });
    expect(describeExperience(readExperience({ field: '客户服务', alternative: {} }))).toBe(
      '客户服务，或任下一职级?年以上',
    );
    expect(describeExperience(null)).toBe('');
  });

  it('keeps the words of a source that gives no number, and the preferred experience', () => {
    expect(describeExperience(readExperience({ as_written: '具有一定的客户服务工作经验' }))).toBe(
      '具有一定的客户服务工作经验',
    );
    expect(
      describeExperience(
        readExperience({ years: 3, field: '客户服务或相关工作经验', preferred: '有团队管理经验者优先考虑' }),
      ),
    ).toBe('3年以上客户服务或相关工作经验；有团队管理经验者优先考虑');
    expect(describeExperience(readExperience({ preferred: '具有一年以上客户支持工作经验者优先考虑' }))).toBe(
      '具有一年以上客户支持工作经验者优先考虑',
    );
  });
});

describe('describeRequirement', () => {
  it('writes degrees as a minimum with a preference, and free text as written', () => {
    expect(describeRequirement(readRequirement({ minimum: '大专', preferred: '本科' }), true)).toBe(
      '大专及以上，本科优先',
    );
    expect(describeRequirement(readRequirement({ minimum: '了解一门外语', preferred: '英语6级' }))).toBe(
      '了解一门外语；优先：英语6级',
    );
    expect(describeRequirement(readRequirement(undefined))).toBe('');
  });

  it("shows the source's own words for the minimum, and a preference that keeps 以上", () => {
    expect(
      describeRequirement(readRequirement({ minimum: '大专', preferred: '大专以上', as_written: '大专' }), true),
    ).toBe('大专，大专以上优先');
    expect(describeRequirement(readRequirement({ minimum: '大专', as_written: '专科以上毕业' }), true)).toBe(
      '专科以上毕业',
    );
  });
});

describe('in English', () => {
  it('puts the words around the values in English, the values as written', () => {
    setLocale('en');
    expect(
      describeExperience(
        readExperience({ years: 5, field: '相关专业工作经验', alternative: { level: '主办', years: 2 } }),
      ),
    ).toBe('5+ years of 相关专业工作经验, or 2+ years as 主办');
    expect(describeExperience(readExperience({ years: 3 }))).toBe('3+ years of work experience');
    expect(describeRequirement(readRequirement({ minimum: '大专', preferred: '本科' }), true)).toBe(
      '大专 or higher, 本科 preferred',
    );
  });
});

describe('describeMajors', () => {
  it('writes a list of majors, and majors with a minimum and a preference (the card left these blank)', () => {
    expect(describeMajors(['通信', '计算机'])).toBe('通信、计算机');
    expect(describeMajors({ minimum: ['通信或类似专业'], preferred: ['通信', '市场营销'] })).toBe(
      '通信或类似专业；优先：通信、市场营销',
    );
    expect(describeMajors({ preferred: ['管理或相关专业'] })).toBe('优先：管理或相关专业');
    expect(describeMajors(undefined)).toBe('');
  });
});
