/** Words and phrases that many messages share: kinds of file, lists, "did you mean". */
export const wordMessages = {
  'word.role': { 'zh-CN': '岗位', en: 'role' },
  'word.department': { 'zh-CN': '部门', en: 'department' },
  'word.roleOrDepartment': { 'zh-CN': '岗位或部门', en: 'role or department' },
  'word.id': { 'zh-CN': '编号', en: 'id' },
  'list.two': { 'zh-CN': '{{first}} 或 {{last}}', en: '{{first}} or {{last}}' },
  'list.many': { 'zh-CN': '{{items}} 或 {{last}}', en: '{{items}} or {{last}}' },
  'list.more': { 'zh-CN': '{{items}} 或另外 {{more}} 个', en: '{{items}} or {{more}} more' },
  'list.separator': { 'zh-CN': '、', en: ', ' },
  'word.cycleOfRoles': { 'zh-CN': '{{path}}（共 {{count}} 个岗位）', en: '{{path}} ({{count}} roles)' },
  'word.cycleOfDepartments': { 'zh-CN': '{{path}}（共 {{count}} 个部门）', en: '{{path}} ({{count}} departments)' },
  /** The one word for a value the data does not give, in every human view. */
  'word.missing': { 'zh-CN': '未知', en: 'unknown' },
  didYouMean: { 'zh-CN': '是不是指 {{candidates}}？', en: 'did you mean {{candidates}}?' },
} as const;
