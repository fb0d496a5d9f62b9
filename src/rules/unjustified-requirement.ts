import { say } from '../i18n/t.js';
import type { Message } from '../i18n/format-message.js';
import { fieldPath, locateInValue } from '../parse/front-matter-strings.js';
import {
  findRequirements,
  hasJustification,
  isNoRequirement,
  otherRequirementStrings,
  physicalDemands,
  requirementRuleOptions,
  requirementItems,
  type RequirementCategory,
  type RequirementRuleOptions,
} from './requirement-items.js';
import type { DocumentRule } from './rule.js';

const LAW = { 'zh-CN': '《就业促进法》第3条、第26条', en: '就业促进法 第3条, 第26条' };

const AGE_LABEL: Message = { 'zh-CN': '年龄上限', en: 'age-cap' };

const AGE: RequirementCategory = {
  label: AGE_LABEL,
  pattern:
    /\d{2}\s{0,2}周?岁\s{0,2}(?:以下|以内|之内|之下|前)|(?:不超过|不大于|小于|低于|未满|不满|不高于)\s{0,2}\d{2}\s{0,2}周?岁|\d{2}\s{0,2}(?:周?岁\s{0,2})?[-—~～至到]\s{0,2}\d{2}\s{0,2}周?岁|年龄[：:\s]{0,3}[≤<]\s{0,2}\d{2}/g,
  law: LAW,
};
const HEALTH: RequirementCategory = {
  label: { 'zh-CN': '笼统的健康', en: 'vague health' },
  pattern:
    /身体健康|健康状况良好|健康良好|身体状况良好|身体素质(?:好|良好|佳)|健康状况[：:\s]{0,3}(?:良好|好|佳|正常)/g,
  law: LAW,
};

/** Requirements that need a job-related reason; without one they exclude people for no cause. */
export const CATEGORIES: readonly RequirementCategory[] = [
  AGE,
  { label: { 'zh-CN': '身高', en: 'height' }, pattern: /身高[^，,。；;、\n]{0,12}/g, law: LAW },
  { label: { 'zh-CN': '体重', en: 'weight' }, pattern: /体重[^，,。；;、\n]{0,12}/g, law: LAW },
  {
    label: { 'zh-CN': '外貌', en: 'appearance' },
    pattern: /五官端正|形象好|形象佳|形象气质佳?|气质佳|气质好|(?:相貌|容貌|长相|颜值|外貌|身材)[^，,。；;、\n]{0,8}/g,
    law: LAW,
  },
  { label: { 'zh-CN': '声音', en: 'voice' }, pattern: /(?:声音|嗓音|音色|声线)[^，,。；;、\n]{0,8}/g, law: LAW },
  HEALTH,
];

/** Front-matter demands judged by field: anything but 不限 needs a justification (age only when it caps). */
const DEMAND_LABELS: Record<string, Message> = {
  height: { 'zh-CN': '身高', en: 'height' },
  weight: { 'zh-CN': '体重', en: 'weight' },
  appearance: { 'zh-CN': '外貌', en: 'appearance' },
  voice: { 'zh-CN': '声音', en: 'voice' },
  health: { 'zh-CN': '健康', en: 'health' },
};

/**
 * Age caps (`35岁以下`), height, weight, appearance (`五官端正`, `形象好`), voice and vague health
 * (`身体健康`, `健康状况良好`) requirements without a job-related justification: in the front
 * matter a `justification` field, in the body a clause starting with 因, 因为 or 由于 in the same item.
 */
export const unjustifiedRequirement: DocumentRule<RequirementRuleOptions> = {
  id: 'unjustified-requirement',
  kind: 'document',
  description: {
    'zh-CN': '年龄上限、身高、体重、相貌、声音和笼统的健康要求写明与岗位相关的理由',
    en: 'Age caps, height, weight, appearance, voice and vague health requirements carry a job-related justification',
  },
  defaultSeverity: 'warning',
  options: requirementRuleOptions,
  messages: {
    inField: {
      'zh-CN':
        '`{{field}}` 中的{{label}}要求 `{{text}}` 没有 `justification`，应不设此要求，或在 `justification` 中写明与工作相关的理由（{{law}}）',
      en: 'Unexpected {{label}} requirement `{{text}}` in `{{field}}` without a `justification`, expected none, or a job-related reason in `justification` ({{law}})',
    },
    inBody: {
      'zh-CN':
        '{{label}}要求 `{{text}}` 没有与工作相关的理由，应不设此要求，或在同一条中写明理由，例如 `（因需…）`（{{law}}）',
      en: 'Unexpected {{label}} requirement `{{text}}` without a job-related reason, expected none, or a reason in the same item such as `（因需…）` ({{law}})',
    },
  },
  check(document, { options, config, report }) {
    for (const demand of physicalDemands(document)) {
      const entry = demand.requirement;
      if (!entry || demand.justified) continue;
      const field = fieldPath(entry.path.slice(0, -1));
      if (demand.field === 'age') {
        const cap = findRequirements(entry.value, [AGE])[0];
        if (cap)
          report({
            ...locateInValue(document, entry, cap.index, cap.text.length),
            ...frontMatterMessage(AGE_LABEL, cap.text, field),
          });
      } else if (DEMAND_LABELS[demand.field] && !isNoRequirement(entry.value)) {
        report({
          ...locateInValue(document, entry, 0, entry.value.length),
          ...frontMatterMessage(DEMAND_LABELS[demand.field]!, entry.value, field),
        });
      }
    }
    for (const entry of otherRequirementStrings(document)) {
      if (hasJustification(entry.value)) continue;
      for (const found of findRequirements(entry.value, CATEGORIES)) {
        report({
          ...locateInValue(document, entry, found.index, found.text.length),
          ...frontMatterMessage(found.category.label, found.text, fieldPath(entry.path)),
        });
      }
    }
    for (const item of requirementItems(document, config, options.sections)) {
      const text = document.text.slice(item.start, item.end);
      if (hasJustification(text)) continue;
      for (const found of findRequirements(text, CATEGORIES)) {
        const start = item.start + found.index;
        report({
          start,
          end: start + found.text.length,
          messageId: 'inBody',
          data: { label: say(found.category.label), text: found.text, law: say(LAW) },
        });
      }
    }
  },
};

function frontMatterMessage(label: Message, text: string, field: string) {
  return { messageId: 'inField', data: { label: say(label), text, field, law: say(LAW) } };
}
