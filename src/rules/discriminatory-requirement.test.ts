import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { discriminatoryRequirement } from './discriminatory-requirement.js';

const rule = discriminatoryRequirement;

describe('discriminatory-requirement', () => {
  it('accepts 不限 and requirements the law does not restrict', () => {
    const text = [
      '---',
      'id: test',
      'requirements:',
      '  knowledge:',
      '    - 熟悉客户口碑管理和用户户口迁移业务',
      '  physical:',
      '    gender:',
      '      requirement: 不限',
      '    health:',
      '      requirement: 能适应夜班',
      '---',
      '',
      '## 其他要求',
      '',
      '1. 性别：男女不限，婚育不限。',
      '2. 不限户籍，残疾人优先。',
      '',
      '## 职责任务',
      '',
      '1. 负责女性用户市场的拓展。',
      '',
    ].join('\n');
    expect(lintText(text, rule)).toEqual([]);
  });

  it('reports a bare 男/男性/女/女性 clause and 适合男性 in a requirement section (issue #12), in both languages', () => {
    const text = [
      '## 任职资格',
      '',
      '1. 男性，本科以上。',
      '2. 男，35岁以下。',
      '3. 适合男性。',
      '4. 女，大专以上。',
      '',
    ].join('\n');
    const law = '就业促进法 第27条, 妇女权益保障法 第43条, 人社部发〔2019〕17号';
    expect(lintText(text, rule)).toEqual([
      `roles/test.md:3:4 discriminatory-requirement Unexpected gender requirement \`男性\`, expected none (${law})`,
      `roles/test.md:4:4 discriminatory-requirement Unexpected gender requirement \`男\`, expected none (${law})`,
      `roles/test.md:5:4 discriminatory-requirement Unexpected gender requirement \`适合男性\`, expected none (${law})`,
      `roles/test.md:6:4 discriminatory-requirement Unexpected gender requirement \`女\`, expected none (${law})`,
    ]);
    expect(lintText('## 任职资格\n\n1. 适合女性。\n', rule, { locale: 'zh-CN' })).toEqual([
      'roles/test.md:3:4 discriminatory-requirement 性别要求 `适合女性`，不应有此要求（《就业促进法》第27条、《妇女权益保障法》第43条、人社部发〔2019〕17号）',
    ]);
  });

  it('keeps 男女不限, 女职工权益保护 and 负责男装品类 in duties clean', () => {
    const text = [
      '## 任职资格',
      '',
      '1. 男女不限，本科以上。',
      '2. 熟悉女职工权益保护的规定。',
      '3. 适合男女不限。',
      '',
      '## 职责任务',
      '',
      '1. 负责男装品类的采购。',
      '2. 负责女装、男装的陈列。',
      '',
    ].join('\n');
    expect(lintText(text, rule)).toEqual([]);
  });

  it('reports a gender other than 不限 in the front matter, justified or not', () => {
    const text =
      '---\nid: test\nrequirements:\n  physical:\n    gender:\n      requirement: 男\n      justification: 需要搬运重物\n---\n';
    expect(lintText(text, rule)).toEqual([
      'roles/test.md:6:20 discriminatory-requirement Unexpected gender requirement `男`, expected `不限` (就业促进法 第27条, 妇女权益保障法 第43条, 人社部发〔2019〕17号)',
    ]);
  });

  it('reports restricted requirements in front matter strings and requirement sections of the body', () => {
    const text = [
      '---',
      'id: test',
      'requirements:',
      '  certifications:',
      '    - 本地户口',
      '  physical:',
      '    health:',
      '      requirement: 无乙肝',
      '---',
      '',
      '## 任职资格',
      '',
      '1、性别：男，已婚已育。',
      '2、汉族，无宗教信仰。',
      '3、肢体健全，无传染病。',
      '',
      '## 职责任务',
      '',
      '- 招聘要求：女性优先。',
      '',
    ].join('\n');
    expect(lintText(text, rule)).toEqual([
      'roles/test.md:5:7 discriminatory-requirement Unexpected household registration (户籍) or origin requirement `本地户口` in `requirements.certifications[0]`, expected none (就业促进法 第3条, 第26条, 第31条)',
      'roles/test.md:8:21 discriminatory-requirement Unexpected hepatitis B or infectious-disease screening requirement `乙肝` in `requirements.physical.health.requirement`, expected none (就业促进法 第30条, 人社部发〔2010〕12号)',
      'roles/test.md:13:3 discriminatory-requirement Unexpected gender requirement `性别：男`, expected none (就业促进法 第27条, 妇女权益保障法 第43条, 人社部发〔2019〕17号)',
      'roles/test.md:13:8 discriminatory-requirement Unexpected marital or childbearing status requirement `已婚`, expected none (妇女权益保障法 第43条, 人社部发〔2019〕17号)',
      'roles/test.md:14:3 discriminatory-requirement Unexpected ethnicity or religion requirement `汉族`, expected none (就业促进法 第3条, 第28条)',
      'roles/test.md:15:3 discriminatory-requirement Unexpected disability requirement `肢体健全`, expected none (就业促进法 第29条)',
      'roles/test.md:15:9 discriminatory-requirement Unexpected hepatitis B or infectious-disease screening requirement `传染病`, expected none (就业促进法 第30条, 人社部发〔2010〕12号)',
      'roles/test.md:19:8 discriminatory-requirement Unexpected gender requirement `女性优先`, expected none (就业促进法 第27条, 妇女权益保障法 第43条, 人社部发〔2019〕17号)',
    ]);
  });
});
