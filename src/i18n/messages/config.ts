/** Configuration that cannot be used: `roles.config.yaml`, rule settings, `ROLES_TODAY`. */
export const configMessages = {
  'config.yaml': { 'zh-CN': '{{file}}：YAML 格式错误：{{detail}}', en: '{{file}}: {{detail}}' },
  'config.unreadable': {
    'zh-CN': '{{file}}：无法读取配置：{{detail}}',
    en: '{{file}}: cannot read configuration: {{detail}}',
  },
  'config.invalid': { 'zh-CN': '{{file}}：`{{path}}`：{{detail}}', en: '{{file}}: `{{path}}`: {{detail}}' },
  'config.root': { 'zh-CN': '（顶层）', en: '(root)' },
  'config.ruleIdFormat': { 'zh-CN': '应为短横线格式的规则编号', en: 'expected a rule id in kebab-case' },
  'config.unknownRule': {
    'zh-CN': '{{where}}：未知规则 `{{id}}`（{{hint}}）',
    en: '{{where}}: unknown rule `{{id}}` ({{hint}})',
  },
  'config.seeRules': { 'zh-CN': '见 `roles rules`', en: 'see `roles rules`' },
  'config.noOptions': { 'zh-CN': '规则 `{{id}}` 没有选项', en: 'rule `{{id}}` takes no options' },
  'config.invalidOption': {
    'zh-CN': '规则 `{{id}}`：选项 `{{option}}` 无效：{{detail}}',
    en: 'rule `{{id}}`: invalid option `{{option}}`: {{detail}}',
  },
  'config.options': { 'zh-CN': '（选项）', en: '(options)' },
  'config.today': {
    'zh-CN': '`ROLES_TODAY={{value}}` 无效，应为 `YYYY-MM-DD` 格式的日期',
    en: 'Unexpected `ROLES_TODAY={{value}}`, expected a date as `YYYY-MM-DD`',
  },
} as const;
