import type { DocumentRule } from './rule.js';

/**
 * Inline `roles-disable…` comments that disable nothing, name unknown rules, or are misspelt.
 * Only the engine knows what each comment disabled once every rule has run, so `checkOrganisation`
 * reports these (see `directives.ts`); the rule object carries the id, severity and docs.
 */
export const unusedDisable: DocumentRule = {
  id: 'unused-disable',
  kind: 'document',
  description: {
    'zh-CN': '行内 roles-disable 注释确实关闭了问题，且只写已知的规则',
    en: 'Inline roles-disable comments disable something and name known rules',
  },
  defaultSeverity: 'warning',
  messages: {
    unknownRuleSuggest: {
      'zh-CN': '`{{keyword}}` 中的规则 `{{rule}}` 不存在，是不是指 `{{suggestion}}`？',
      en: 'Unexpected unknown rule `{{rule}}` in `{{keyword}}`, did you mean `{{suggestion}}`?',
    },
    unknownRule: {
      'zh-CN': '`{{keyword}}` 中的规则 `{{rule}}` 不存在，应为规则编号（见 `roles rules`）',
      en: 'Unexpected unknown rule `{{rule}}` in `{{keyword}}`, expected a rule id (see `roles rules`)',
    },
    unusedRule: {
      'zh-CN': '针对 `{{rule}}` 的 `{{keyword}}` 没有屏蔽任何问题，{{where}}应有 `{{rule}}` 的问题（删掉它）',
      en: 'Unexpected `{{keyword}}` of `{{rule}}` that disables nothing, expected a problem of `{{rule}}` {{where}} (remove it)',
    },
    unused: {
      'zh-CN': '`{{keyword}}` 没有屏蔽任何问题，{{where}}应有问题（删掉它）',
      en: 'Unexpected `{{keyword}}` that disables nothing, expected a problem {{where}} (remove it)',
    },
    orphanEnable: {
      'zh-CN': '`roles-enable` 没有启用任何规则，它之前应有屏蔽同样规则的 `roles-disable`',
      en: 'Unexpected `roles-enable` that enables nothing, expected a `roles-disable` of the same rules before it',
    },
    unknownDirective: {
      'zh-CN':
        '无法识别的指令 `{{directive}}`，应为 `roles-disable`、`roles-enable`、`roles-disable-next-line` 或 `roles-disable-file`',
      en: 'Unexpected directive `{{directive}}`, expected `roles-disable`, `roles-enable`, `roles-disable-next-line` or `roles-disable-file`',
    },
    whereNextLine: {
      'zh-CN': '下一行',
      en: 'on the next line',
    },
    whereFile: {
      'zh-CN': '文件中',
      en: 'in the file',
    },
    whereBlock: {
      'zh-CN': '下一个 `roles-enable` 之前',
      en: 'before the next `roles-enable`',
    },
  },
  check() {
    // Nothing to look at in the file: the engine reports unused directives after every other rule ran.
  },
};
