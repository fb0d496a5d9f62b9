import { describe, expect, it } from 'vitest';
import { describeExperience, describeRequirement, readExperience, readRequirement } from './describe-requirement.js';

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
    expect(readExperience('三年')).toEqual({ years: null, field: null, alternative: null });
    expect(describeExperience(readExperience({ field: '客户服务', alternative: {} }))).toBe(
      '客户服务，或任下一职级?年以上',
    );
    expect(describeExperience(null)).toBe('');
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
});
