/** `--help`, command descriptions and the CLI's own errors. */
export const cliMessages = {
  'cli.description': {
    'zh-CN': '岗位说明书即代码：校验、检查、交叉引用并汇总岗位文件',
    en: 'Job descriptions (岗位说明书) as code: validate, lint, cross-reference and report role files',
  },
  'cli.option.version': { 'zh-CN': '显示版本号', en: 'output the version number' },
  'cli.option.help': { 'zh-CN': '显示帮助', en: 'display help for command' },
  'cli.command.help': { 'zh-CN': '显示某个命令的帮助', en: 'display help for command' },
  'cli.option.config': {
    'zh-CN': '使用这个配置文件，而不是向上查找 roles.config.yaml',
    en: 'use this config file instead of searching for roles.config.yaml',
  },
  'cli.option.lang': {
    'zh-CN': '输出语言：zh-CN 或 en（默认：配置中的 locale，其次 LC_ALL/LC_MESSAGES/LANG，再次 en）',
    en: 'language of the output: zh-CN or en (default: `locale` in the config, then LC_ALL/LC_MESSAGES/LANG, then en)',
  },
  'cli.option.format': { 'zh-CN': '输出格式', en: 'output format' },
  // Placeholders in usage lines and option terms, as git's Chinese help writes them (<文件>, [选项]).
  'cli.placeholder.options': { 'zh-CN': '选项', en: 'options' },
  'cli.placeholder.command': { 'zh-CN': '命令', en: 'command' },
  'cli.placeholder.file': { 'zh-CN': '文件', en: 'file' },
  'cli.placeholder.locale': { 'zh-CN': '语言', en: 'locale' },
  'cli.placeholder.format': { 'zh-CN': '格式', en: 'format' },
  'cli.placeholder.paths': { 'zh-CN': '路径', en: 'paths' },
  'cli.placeholder.n': { 'zh-CN': '数量', en: 'n' },
  'cli.placeholder.ref': { 'zh-CN': 'git 引用', en: 'ref' },
  'cli.placeholder.base': { 'zh-CN': '基准', en: 'base' },
  'cli.placeholder.head': { 'zh-CN': '对比', en: 'head' },
  'cli.placeholder.dir': { 'zh-CN': '目录', en: 'dir' },
  'cli.placeholder.id': { 'zh-CN': '编号', en: 'id' },
  'cli.placeholder.oldId': { 'zh-CN': '原编号', en: 'old-id' },
  'cli.placeholder.newId': { 'zh-CN': '新编号', en: 'new-id' },
  'cli.placeholder.uses': { 'zh-CN': '操作', en: 'uses' },
  'cli.placeholder.title': { 'zh-CN': '岗位名称', en: 'title' },
  'cli.placeholder.kind': { 'zh-CN': '类型', en: 'kind' },
  'cli.placeholder.level': { 'zh-CN': '职级', en: 'level' },
  'cli.placeholder.text': { 'zh-CN': '文字', en: 'text' },
  'cli.placeholder.view': { 'zh-CN': '视图', en: 'view' },
  'cli.placeholder.pid': { 'zh-CN': '进程号', en: 'pid' },
  'cli.placeholder.status': { 'zh-CN': '状态', en: 'status' },
  'cli.placeholder.key': { 'zh-CN': '键', en: 'key' },
  'cli.help.usage': { 'zh-CN': '用法：', en: 'Usage:' },
  'cli.help.arguments': { 'zh-CN': '参数：', en: 'Arguments:' },
  'cli.help.options': { 'zh-CN': '选项：', en: 'Options:' },
  'cli.help.commands': { 'zh-CN': '命令：', en: 'Commands:' },
  'cli.help.globalOptions': { 'zh-CN': '全局选项：', en: 'Global Options:' },
  'cli.help.choices': { 'zh-CN': '可选值：{{choices}}', en: 'choices: {{choices}}' },
  'cli.help.default': { 'zh-CN': '默认：{{value}}', en: 'default: {{value}}' },
  'cli.help.afterError': { 'zh-CN': '（用 --help 查看更多信息）', en: '(add --help for additional information)' },
  'cli.error.unknownOption': { 'zh-CN': '错误：未知选项 {{option}}', en: 'error: unknown option {{option}}' },
  'cli.error.unknownCommand': { 'zh-CN': '错误：未知命令 {{command}}', en: 'error: unknown command {{command}}' },
  'cli.error.didYouMean': { 'zh-CN': '（是不是指 {{candidate}}？）', en: '(Did you mean {{candidate}}?)' },
  'cli.error.missingArgument': {
    'zh-CN': '错误：缺少必需的参数 {{argument}}',
    en: 'error: missing required argument {{argument}}',
  },
  'cli.error.optionArgumentMissing': {
    'zh-CN': '错误：选项 {{option}} 缺少值',
    en: 'error: option {{option}} argument missing',
  },
  'cli.error.invalidOptionValue': {
    'zh-CN': '错误：选项 {{option}} 的值 {{value}} 无效。{{detail}}',
    en: 'error: option {{option}} argument {{value}} is invalid.{{detail}}',
  },
  'cli.error.invalidArgumentValue': {
    'zh-CN': '错误：参数 {{argument}} 的值 {{value}} 无效。{{detail}}',
    en: 'error: command-argument value {{value}} is invalid for argument {{argument}}.{{detail}}',
  },
  'cli.error.allowedChoices': { 'zh-CN': '可选值：{{choices}}。', en: ' Allowed choices are {{choices}}.' },
  'cli.error.tooManyArguments': {
    'zh-CN': '错误：参数过多，应有 {{expected}} 个，实际 {{received}} 个。',
    en: 'error: too many arguments. Expected {{expected}} arguments but got {{received}}.',
  },
  'cli.error.count': {
    'zh-CN': '无法识别 `{{value}}`，应为 0 或更大的整数。',
    en: 'Unexpected `{{value}}`, expected a whole number of 0 or more.',
  },
  'cli.error.lang': {
    'zh-CN': '无法识别的语言 `{{value}}`，应为 `zh-CN` 或 `en`',
    en: 'Unexpected language `{{value}}`, expected `zh-CN` or `en`',
  },
  'cli.error.noCurrentFolder': {
    'zh-CN': '无法读取当前文件夹：它已被删除或移走，应先 `cd` 到一个存在的文件夹再运行',
    en: 'Cannot read the current folder: it was deleted or moved away; `cd` into a folder that exists and run again',
  },
  'cli.error.internal': { 'zh-CN': '内部错误：{{detail}}', en: 'internal error: {{detail}}' },
  'cli.check.description': {
    'zh-CN': '一次完成校验、检查和交叉引用（CI 运行的就是它）',
    en: 'validate, lint and cross-reference in one run (what CI runs)',
  },
  'cli.validate.description': {
    'zh-CN': '按模式校验岗位文件和部门文件的头部信息（front matter）',
    en: 'check the front matter of role and department files against the schema',
  },
  'cli.lint.description': {
    'zh-CN': '检查每个文件是否是一份合格的岗位说明书',
    en: 'check that each file is a good job description',
  },
  'cli.xref.description': {
    'zh-CN': '检查文件之间的引用：汇报关系、职业发展路径、部门',
    en: 'check the references between files: reporting lines, career paths, departments',
  },
  'cli.check.paths': {
    'zh-CN': '文件、文件夹或通配符（默认：配置的岗位文件夹）',
    en: 'files, folders or globs (default: the configured role folders)',
  },
  'cli.check.format': {
    'zh-CN': '输出格式（默认：stylish；GITHUB_ACTIONS=true 时为 github）',
    en: 'output format (default: stylish, or github when GITHUB_ACTIONS=true)',
  },
  'cli.check.output': {
    'zh-CN': '把结果写入这个文件，而不是标准输出',
    en: 'write the report to this file instead of standard output',
  },
  'cli.check.maxWarnings': {
    'zh-CN': '警告多于这个数量时以退出码 1 结束',
    en: 'exit 1 when there are more than n warnings',
  },
  'cli.check.quiet': { 'zh-CN': '只报告错误', en: 'report errors only' },
  'cli.check.showDocs': {
    'zh-CN': '在 stylish 结果后列出所报每条规则的说明页面',
    en: 'after a stylish report, list the docs page of each rule it names',
  },
  'cli.check.ruleDocs': { 'zh-CN': '规则说明：', en: 'Rule docs:' },
  'cli.check.changed': {
    'zh-CN': '只报告相对基准有改动的文件，以及这些改动牵涉的文件',
    en: 'report only on files changed against the base, and the files those changes touch',
  },
  'cli.check.base': {
    'zh-CN': '`--changed` 比较的 git 引用（默认：与 origin/HEAD、main 或 master 的合并基点）',
    en: 'the git ref `--changed` compares with (default: the merge base with origin/HEAD, main or master)',
  },
  'cli.check.staged': {
    'zh-CN': '检查 git 暂存区中的内容，适合 pre-commit 钩子',
    en: 'check the content staged in git, as a pre-commit hook should',
  },
  'cli.check.cache': {
    'zh-CN': '跳过自上次运行以来未改动文件的解析和检查（图规则总会运行）',
    en: 'skip parsing and linting files unchanged since the last run (graph checks always run)',
  },
  'cli.check.cacheLocation': {
    'zh-CN': '缓存文件的位置（默认：roles.config.yaml 旁边的 .rolescache）',
    en: 'where the cache is kept (default: .rolescache beside roles.config.yaml)',
  },
  'cli.lint.fix': {
    'zh-CN': '把安全的修复写入文件，然后报告剩下的问题',
    en: 'apply the safe fixes to the files, then report what remains',
  },
  'cli.lint.fixDryRun': {
    'zh-CN': '以统一 diff 格式打印安全的修复，不写任何文件',
    en: 'print the safe fixes as a unified diff and write nothing',
  },
  'cli.rules.description': {
    'zh-CN': '列出所有规则：编号、类型、默认级别、能否自动修复、检查什么',
    en: 'list every rule: id, kind, default severity, whether it fixes, what it checks',
  },
  'cli.diff.description': {
    'zh-CN': '两个 git 引用之间组织的变化：新增、删除、改名、调动、修改的岗位',
    en: 'what changed in the organisation between two git refs: roles added, removed, renamed, moved, changed',
  },
  'cli.diff.base': { 'zh-CN': 'git 提交、分支或标签', en: 'a git commit, branch or tag' },
  'cli.diff.head': {
    'zh-CN': 'git 提交、分支或标签（默认：工作区）',
    en: 'a git commit, branch or tag (default: the working tree)',
  },
  'cli.schema.description': {
    'zh-CN': '打印岗位、部门和配置文件的 JSON Schema（由 zod 模式生成）',
    en: 'print the JSON Schemas of role, department and config files (generated from the zod schemas)',
  },
  'cli.schema.write': {
    'zh-CN': '每个模式写成这个文件夹中的一个文件，而不是打印',
    en: 'write one file per schema into this folder instead of printing',
  },
  'cli.schema.withIds': {
    'zh-CN': '列出引用字段中存在的编号，供编辑器补全',
    en: 'list the ids that exist in the reference fields, for completion in editors',
  },
  'cli.refs.description': {
    'zh-CN':
      '列出引用某个编号的所有位置：reports_to、direct_reports、career_path、department、parent、head、collaboration.internal',
    en: 'list every place that references an id: reports_to, direct_reports, career_path, department, parent, head, collaboration.internal',
  },
  'cli.refs.id': { 'zh-CN': '岗位或部门的编号', en: 'a role or department id' },
  'cli.mv.description': {
    'zh-CN': '重命名岗位或部门：文件、编号以及所有对它的引用',
    en: 'rename a role or department: its file, its id and every reference to it',
  },
  'cli.mv.oldId': { 'zh-CN': '要改的编号', en: 'the id to rename' },
  'cli.mv.newId': {
    'zh-CN': '新编号（文件在同一文件夹中改名为 <新编号>.md）',
    en: 'the new id (the file becomes <new-id>.md in the same folder)',
  },
  'cli.mv.dryRun': {
    'zh-CN': '打印将要做的改动（diff），不写任何文件',
    en: 'print a diff of what would change and write nothing',
  },
  'cli.tree.description': {
    'zh-CN': '打印汇报层级，含岗位名称、职级和编制',
    en: 'print the reporting hierarchy with titles, levels and headcount',
  },
  'cli.tree.root': { 'zh-CN': '从这个岗位开始', en: 'start from this role' },
  'cli.tree.depth': {
    'zh-CN': '显示根以下的层数（0：只显示根）',
    en: 'show this many levels below the roots (0: the roots only)',
  },
  'cli.report.description': {
    'zh-CN':
      '打印组织的汇总报告：summary（概况）、tree（组织树）、role <编号>（岗位）、skills（技能）、requirements（任职要求）、careers（职业发展）、compliance（合规）、card <编号>（岗位说明书）或 handbook（岗位说明书汇编）',
    en: 'print a consolidated report of the organisation: summary, tree, role <id>, skills, requirements, careers, compliance, card <id> (the 岗位说明书 form) or handbook',
  },
  'cli.report.view': { 'zh-CN': '报告视图', en: 'the view' },
  'cli.report.id': { 'zh-CN': '岗位编号，用于 `role` 和 `card`', en: 'the role id, for `role` and `card`' },
  'cli.report.all': {
    'zh-CN': 'card：范围内每个岗位的说明书，各占一页',
    en: 'card: the form of every role in scope, each on its own page',
  },
  'cli.report.output': {
    'zh-CN': '把报告（原子地）写入这个文件，而不是标准输出',
    en: 'write the report to this file (atomically) instead of standard output',
  },
  'cli.report.department': {
    'zh-CN': '只包括这个部门及其下级部门',
    en: 'only this department and its sub-departments',
  },
  'cli.report.level': { 'zh-CN': '只包括这个职级的岗位', en: 'only roles of this job level' },
  'cli.report.status': { 'zh-CN': '只包括这个状态的岗位', en: 'only roles with this status' },
  'cli.report.groupBy': { 'zh-CN': '技能视图如何分组岗位', en: 'how the skills view groups roles' },
} as const;
