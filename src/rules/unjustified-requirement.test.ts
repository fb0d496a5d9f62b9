import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { unjustifiedRequirement } from './unjustified-requirement.js';

const rule = unjustifiedRequirement;

describe('unjustified-requirement', () => {
  it('accepts justified requirements, 不限, minimum ages and unrelated text', () => {
    const text = [
      '---',
      'id: test',
      'requirements:',
      '  physical:',
      '    age:',
      '      requirement: 18岁以上',
      '    height:',
      '      requirement: 170cm以上',
      '      justification: 需攀爬通信铁塔作业',
      '    appearance:',
      '      requirement: 不限',
      '    hearing:',
      '      requirement: 正常',
      '---',
      '',
      '## 其他要求',
      '',
      '1. 声音清晰，因需长时间接听客户热线。',
      '2. 身高不限。',
      '3. 保持整洁、专业的形象。',
      '',
    ].join('\n');
    expect(lintText(text, rule)).toEqual([]);
  });

  it('reports unjustified demands in the front matter', () => {
    const text = [
      '---',
      'id: test',
      'requirements:',
      '  physical:',
      '    age:',
      '      requirement: 35岁以下',
      '    health:',
      '      requirement: 良好',
      '    appearance:',
      '      requirement: 五官端正',
      '---',
      '',
    ].join('\n');
    expect(lintText(text, rule)).toEqual([
      'roles/test.md:6:20 unjustified-requirement Unexpected age-cap requirement `35岁以下` in `requirements.physical.age` without a `justification`, expected none, or a job-related reason in `justification` (就业促进法 第3条, 第26条)',
      'roles/test.md:8:20 unjustified-requirement Unexpected health requirement `良好` in `requirements.physical.health` without a `justification`, expected none, or a job-related reason in `justification` (就业促进法 第3条, 第26条)',
      'roles/test.md:10:20 unjustified-requirement Unexpected appearance requirement `五官端正` in `requirements.physical.appearance` without a `justification`, expected none, or a job-related reason in `justification` (就业促进法 第3条, 第26条)',
    ]);
  });

  it('reports unjustified requirements in requirement sections and in list items that mention 要求', () => {
    const text = [
      '## 综合素质',
      '',
      '1. 年龄不超过40岁，身体健康。',
      '2. 形象气质佳，身高165cm以上。',
      '',
      '## 职责任务',
      '',
      '- 岗位要求：声音甜美。',
      '- 负责接听热线，声音清晰。',
      '',
    ].join('\n');
    expect(lintText(text, rule)).toEqual([
      'roles/test.md:3:6 unjustified-requirement Unexpected age-cap requirement `不超过40岁` without a job-related reason, expected none, or a reason in the same item such as `（因需…）` (就业促进法 第3条, 第26条)',
      'roles/test.md:3:13 unjustified-requirement Unexpected vague health requirement `身体健康` without a job-related reason, expected none, or a reason in the same item such as `（因需…）` (就业促进法 第3条, 第26条)',
      'roles/test.md:4:4 unjustified-requirement Unexpected appearance requirement `形象气质佳` without a job-related reason, expected none, or a reason in the same item such as `（因需…）` (就业促进法 第3条, 第26条)',
      'roles/test.md:4:10 unjustified-requirement Unexpected height requirement `身高165cm以上` without a job-related reason, expected none, or a reason in the same item such as `（因需…）` (就业促进法 第3条, 第26条)',
      'roles/test.md:8:8 unjustified-requirement Unexpected voice requirement `声音甜美` without a job-related reason, expected none, or a reason in the same item such as `（因需…）` (就业促进法 第3条, 第26条)',
    ]);
  });
});
