/** The language server: hovers, quick-fix titles, symbols and its own usage error. */
export const lspMessages = {
  'lsp.usage.transport': {
    'zh-CN': '`roles lsp` 缺少传输方式，应为 `roles lsp --stdio`',
    en: 'Unexpected `roles lsp` without a transport, expected `roles lsp --stdio`',
  },
  'lsp.command': {
    'zh-CN': '为编辑器提供语言服务（LSP）：边写边查、按中文岗位名称补全、重命名、快速修复',
    en: 'serve the Language Server Protocol for editors: live diagnostics, completion by title, rename, quick fixes',
  },
  'lsp.option.stdio': {
    'zh-CN': '通过标准输入和输出通信（唯一的传输方式）',
    en: 'talk over standard input and output (the only transport)',
  },
  'lsp.option.clientProcessId': {
    'zh-CN': '编辑器进程号（LSP 客户端会传入；连接结束时服务即退出）',
    en: 'the editor process (LSP clients pass it; the server ends with the connection)',
  },
  'lsp.hover.level': { 'zh-CN': '职级', en: 'Level' },
  'lsp.hover.department': { 'zh-CN': '部门', en: 'Department' },
  'lsp.hover.reportsTo': { 'zh-CN': '直接上级', en: 'Reports to' },
  'lsp.hover.parent': { 'zh-CN': '上级部门', en: 'Parent' },
  'lsp.hover.head': { 'zh-CN': '负责人', en: 'Head' },
  'lsp.hover.roles': { 'zh-CN': '岗位数', en: 'Roles' },
  'lsp.hover.english': { 'zh-CN': '英文名称', en: 'English' },
  'lsp.hover.file': { 'zh-CN': '文件', en: 'File' },
  'lsp.action.replace': { 'zh-CN': '把 `{{old}}` 改为 `{{text}}`', en: 'Replace `{{old}}` with `{{text}}`' },
  'lsp.action.replaceFix': {
    'zh-CN': '把 `{{old}}` 改为 `{{text}}`（{{rule}}）',
    en: 'Replace `{{old}}` with `{{text}}` ({{rule}})',
  },
  'lsp.action.insertFix': { 'zh-CN': '插入 `{{text}}`（{{rule}}）', en: 'Insert `{{text}}` ({{rule}})' },
  'lsp.action.fix': { 'zh-CN': '修复：{{rule}}', en: 'Fix: {{rule}}' },
  'lsp.action.addDirectReport': {
    'zh-CN': '把 `{{id}}` 加入 `{{superior}}` 的 `direct_reports`（{{file}}）',
    en: 'Add `{{id}}` to the `direct_reports` of `{{superior}}` ({{file}})',
  },
  'lsp.symbol.frontMatter': { 'zh-CN': '前置元数据', en: 'front matter' },
  'lsp.completion.level': { 'zh-CN': '第 {{rank}} 级（共 {{count}} 级）', en: 'level {{rank}} of {{count}}' },
} as const;
