import { say } from '../i18n/t.js';
import { fieldPath, locateInValue } from '../parse/front-matter-strings.js';
import {
  findRequirements,
  isNoRequirement,
  otherRequirementStrings,
  physicalDemands,
  requirementRuleOptions,
  requirementItems,
  type RequirementCategory,
  type RequirementRuleOptions,
} from './requirement-items.js';
import type { DocumentRule } from './rule.js';

const GENDER_LAW = {
  'zh-CN': '《就业促进法》第27条、《妇女权益保障法》第43条、人社部发〔2019〕17号',
  en: '就业促进法 第27条, 妇女权益保障法 第43条, 人社部发〔2019〕17号',
};

/** Requirements Chinese employment law forbids outright, whatever the reason given. */
export const CATEGORIES: readonly RequirementCategory[] = [
  {
    label: { 'zh-CN': '性别', en: 'gender' },
    pattern:
      /性别(?:要求)?[：:\s]{0,3}(?:为|限|仅限)?[男女](?![女男]?不限)|(?<!不)(?:限|仅限|只招|仅招|只限)[男女][性士生]?|[男女][性士生]?优先|适合[男女][性士生]?(?![女男]?不限)|(?<=^|[，,。；;：:、\s（(])[男女][性士]?(?=$|[，,。；;、\s）)])/g,
    law: GENDER_LAW,
  },
  {
    label: { 'zh-CN': '婚育状况', en: 'marital or childbearing status' },
    pattern: /已婚|未婚|已育|未育|婚育|婚否|婚姻状况/g,
    law: {
      'zh-CN': '《妇女权益保障法》第43条、人社部发〔2019〕17号',
      en: '妇女权益保障法 第43条, 人社部发〔2019〕17号',
    },
  },
  {
    label: { 'zh-CN': '民族或宗教', en: 'ethnicity or religion' },
    pattern: /汉族|少数民族|民族(?:要求)?[：:]|宗教|(?<!政治)信仰/g,
    law: { 'zh-CN': '《就业促进法》第3条、第28条', en: '就业促进法 第3条, 第28条' },
  },
  {
    label: { 'zh-CN': '户籍或籍贯', en: 'household registration (户籍) or origin' },
    pattern:
      /(?:本地|本市|本省|本县|本区|当地|城镇|农村|非农业?)(?:户口|户籍|人)|(?:户籍|户口)(?:要求|所在地)?[：:]|(?<!不)限[^，,。；;\n]{0,6}(?:户口|户籍)|籍贯/g,
    law: { 'zh-CN': '《就业促进法》第3条、第26条、第31条', en: '就业促进法 第3条, 第26条, 第31条' },
  },
  {
    label: { 'zh-CN': '乙肝或传染病筛查', en: 'hepatitis B or infectious-disease screening' },
    pattern: /乙肝|乙型肝炎|两对半|HBsAg|大三阳|小三阳|传染病|病原携带/gi,
    law: { 'zh-CN': '《就业促进法》第30条、人社部发〔2010〕12号', en: '就业促进法 第30条, 人社部发〔2010〕12号' },
  },
  {
    label: { 'zh-CN': '残疾', en: 'disability' },
    pattern: /残疾(?!人优先)|残障|肢体健全|四肢健全|身体健全|身体无缺陷/g,
    law: { 'zh-CN': '《就业促进法》第29条', en: '就业促进法 第29条' },
  },
];

/**
 * Requirements on gender (other than `不限`), marital or childbearing status, ethnicity or
 * religion, household registration, hepatitis B or infectious-disease screening, or disability.
 * Errors even with a justification: the law allows exceptions only where a national regulation
 * names the job, and such a file says so with `<!-- roles-disable-next-line … -- reason -->`.
 */
export const discriminatoryRequirement: DocumentRule<RequirementRuleOptions> = {
  id: 'discriminatory-requirement',
  kind: 'document',
  description: {
    'zh-CN': '不对性别、婚育、民族、宗教、户籍、乙肝或残疾提出要求（《就业促进法》第3、26–31条）',
    en: 'No requirements on gender, marriage or children, ethnicity or religion, 户籍, hepatitis B or disability (就业促进法 第3、26–31条)',
  },
  defaultSeverity: 'error',
  options: requirementRuleOptions,
  messages: {
    gender: {
      'zh-CN': '性别要求 `{{text}}`，应为 `不限`（{{law}}）',
      en: 'Unexpected gender requirement `{{text}}`, expected `不限` ({{law}})',
    },
    inField: {
      'zh-CN': '`{{field}}` 中有{{label}}要求 `{{text}}`，不应有此要求（{{law}}）',
      en: 'Unexpected {{label}} requirement `{{text}}` in `{{field}}`, expected none ({{law}})',
    },
    inBody: {
      'zh-CN': '{{label}}要求 `{{text}}`，不应有此要求（{{law}}）',
      en: 'Unexpected {{label}} requirement `{{text}}`, expected none ({{law}})',
    },
  },
  check(document, { options, config, report }) {
    for (const demand of physicalDemands(document)) {
      const entry = demand.requirement;
      if (!entry) continue;
      if (demand.field === 'gender') {
        if (!isNoRequirement(entry.value)) {
          report({
            ...locateInValue(document, entry, 0, entry.value.length),
            messageId: 'gender',
            data: { text: entry.value, law: say(GENDER_LAW) },
          });
        }
        continue;
      }
      for (const found of findRequirements(entry.value, CATEGORIES)) {
        report({
          ...locateInValue(document, entry, found.index, found.text.length),
          ...message(found.category, found.text, fieldPath(entry.path)),
        });
      }
    }
    for (const entry of otherRequirementStrings(document)) {
      for (const found of findRequirements(entry.value, CATEGORIES)) {
        report({
          ...locateInValue(document, entry, found.index, found.text.length),
          ...message(found.category, found.text, fieldPath(entry.path)),
        });
      }
    }
    for (const item of requirementItems(document, config, options.sections)) {
      for (const found of findRequirements(document.text.slice(item.start, item.end), CATEGORIES)) {
        const start = item.start + found.index;
        report({ start, end: start + found.text.length, ...message(found.category, found.text) });
      }
    }
  },
};

function message(category: RequirementCategory, text: string, field?: string) {
  const data = { label: say(category.label), text, law: say(category.law) };
  return field ? { messageId: 'inField', data: { ...data, field } } : { messageId: 'inBody', data };
}
