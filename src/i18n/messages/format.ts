/**
 * The human words of the diagnostic formats, `roles tree` and `roles refs`. English counts have a
 * `.one` and an `.other` form; Chinese says both the same way.
 */
export const formatMessages = {
  'format.severity.error': { 'zh-CN': '错误', en: 'error' },
  'format.severity.warning': { 'zh-CN': '警告', en: 'warning' },
  'format.problems.one': { 'zh-CN': '{{count}} 个问题', en: '{{count}} problem' },
  'format.problems.other': { 'zh-CN': '{{count}} 个问题', en: '{{count}} problems' },
  'format.errors.one': { 'zh-CN': '{{count}} 个错误', en: '{{count}} error' },
  'format.errors.other': { 'zh-CN': '{{count}} 个错误', en: '{{count}} errors' },
  'format.warnings.one': { 'zh-CN': '{{count}} 个警告', en: '{{count}} warning' },
  'format.warnings.other': { 'zh-CN': '{{count}} 个警告', en: '{{count}} warnings' },
  'format.files.one': { 'zh-CN': '{{count}} 个文件', en: '{{count}} file' },
  'format.files.other': { 'zh-CN': '{{count}} 个文件', en: '{{count}} files' },
  'format.separator': { 'zh-CN': '，', en: ', ' },
  'format.stylish.total': {
    'zh-CN': '{{problems}}（{{errors}}，{{warnings}}）',
    en: '{{problems}} ({{errors}}, {{warnings}})',
  },
  'format.stylish.fixable': {
    'zh-CN': '其中 {{count}} 个可以用 `--fix` 自动修复',
    en: '{{count}} fixable with `--fix`',
  },
  'format.summary.clean': { 'zh-CN': '{{files}}，没有问题', en: '{{files}}, no problems' },
  'format.summary.problems': { 'zh-CN': '{{counts}}，涉及 {{files}}', en: '{{counts}} in {{files}}' },
  'format.sarif.unknownRule': { 'zh-CN': '规则 `{{id}}`', en: 'Rule `{{id}}`' },

  'format.tree.title': { 'zh-CN': '岗位名称', en: 'title' },
  'format.tree.id': { 'zh-CN': '编号', en: 'id' },
  'format.tree.level': { 'zh-CN': '职级', en: 'job_level' },
  'format.tree.headcount': { 'zh-CN': '定员', en: 'headcount' },
  'format.tree.noRoles': { 'zh-CN': '没有岗位', en: 'No roles' },
  'format.tree.unreachable': {
    'zh-CN': '从任何根岗位都到达不了的岗位（⟳ 在汇报环上，↳ 在环的下面）：',
    en: 'Not reachable from any root (⟳ on a reporting cycle, ↳ below one):',
  },
  'format.tree.onCycle': { 'zh-CN': '在环上：{{cycle}}', en: 'in {{cycle}}' },
  'format.tree.belowCycle': { 'zh-CN': '在环的下面：{{cycle}}', en: 'below {{cycle}}' },

  'format.refs.declared': { 'zh-CN': '`{{id}}`（{{where}}）', en: '`{{id}}` ({{where}})' },
  'format.refs.undeclared': { 'zh-CN': '`{{id}}`（没有文件声明它）', en: '`{{id}}` (declared by no file)' },
  'format.refs.none': { 'zh-CN': '没有引用 {{what}} 的地方', en: 'No references to {{what}}' },
  'format.refs.summary.one': {
    'zh-CN': '{{files}}中有 {{count}} 处引用 {{what}}',
    en: '{{count}} reference to {{what}} in {{files}}',
  },
  'format.refs.summary.other': {
    'zh-CN': '{{files}}中有 {{count}} 处引用 {{what}}',
    en: '{{count}} references to {{what}} in {{files}}',
  },
} as const;
