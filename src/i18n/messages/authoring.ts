/** `roles new`, `init`, `fmt`, `--watch`, `--fix-suggestions` and the feedback after a run. */
export const authoringMessages = {
  'authoring.help.fmt': {
    'zh-CN': '格式化岗位文件：按 schema 的键顺序、引号、列表写法和空行（如同 Prettier 之于代码）',
    en: 'format role files: key order of the schema, quoting, list style, blank lines (as Prettier does for code)',
  },
  'authoring.help.fmtPaths': {
    'zh-CN': '文件、文件夹或 glob（默认：配置中的岗位文件夹）',
    en: 'files, folders or globs (default: the configured role folders)',
  },
  'authoring.help.fmtCheck': {
    'zh-CN': '不写入；列出未格式化的文件，有则退出码为 1',
    en: 'write nothing; list the files that are not formatted and exit 1 if there are any',
  },
  'authoring.help.init': {
    'zh-CN': '新建岗位仓库：配置、一个部门和一个岗位、CI 工作流、pre-commit 和编辑器设置',
    en: 'start a role repository: config, one department and role, CI workflow, pre-commit, editor settings',
  },
  'authoring.help.initDir': {
    'zh-CN': '目标文件夹（默认：当前文件夹）；其中已有的文件一律不覆盖',
    en: 'the folder (default: the current one); nothing in it is overwritten',
  },
  'authoring.help.initAction': {
    'zh-CN': '工作流运行的 roles action，写作 <owner>/<repo>@<ref>',
    en: 'what the workflow runs: the roles action as <owner>/<repo>@<ref>',
  },
  'authoring.help.new': {
    'zh-CN': '按模板新建岗位文件（--kind department 时新建部门文件）',
    en: 'write a new role (or, with --kind department, department) file from the template',
  },
  'authoring.help.newTitle': { 'zh-CN': '岗位名称，或部门名称', en: 'the title (岗位名称) or department name' },
  'authoring.help.newKind': { 'zh-CN': '新建什么', en: 'what to create' },
  'authoring.help.newDepartment': {
    'zh-CN': '所属部门：编号、名称或别名',
    en: 'the department: an id, name or alias',
  },
  'authoring.help.newReportsTo': {
    'zh-CN': '直接上级：岗位编号、名称或别名',
    en: 'the superior: a role id, title or alias',
  },
  'authoring.help.newLevel': { 'zh-CN': '职级，配置中的职级之一', en: 'the job level, one of the configured levels' },
  'authoring.help.newParent': { 'zh-CN': '部门：上级部门', en: 'departments: the parent department' },
  'authoring.help.newHead': { 'zh-CN': '部门：部门负责人岗位', en: 'departments: the role that heads it' },
  'authoring.help.newId': {
    'zh-CN': '编号（默认：由 --title-en 生成，否则取名称的拼音）',
    en: 'the id (default: from --title-en, else the pinyin of the title)',
  },
  'authoring.help.newTitleEn': {
    'zh-CN': '英文名称（也用来生成编号）',
    en: 'the title in English (also gives the id)',
  },
  'authoring.help.newPurpose': { 'zh-CN': '岗位的工作目的', en: 'the purpose (工作目的) of the role' },
  'authoring.help.newDryRun': {
    'zh-CN': '只显示将写入的内容，不写入',
    en: 'print what would be written and write nothing',
  },
  'authoring.help.newYes': {
    'zh-CN': '从不提问：缺少的参数直接报错并列出',
    en: 'never ask: fail with the missing flags named instead',
  },
  'authoring.help.fixSuggestions': {
    'zh-CN': '同时应用只有一个明确候选的“是不是指”建议（隐含 --fix）',
    en: 'also apply did-you-mean suggestions that have one clear candidate (implies --fix)',
  },
  'authoring.help.watch': {
    'zh-CN': '岗位文件或配置改动后重新检查',
    en: 'check again after each change to the role files or the configuration',
  },
  'authoring.help.reportWatch': {
    'zh-CN': '岗位文件或配置改动后重新生成报告',
    en: 'build the report again after each change to the role files or the configuration',
  },
  'authoring.watching': { 'zh-CN': '正在监视改动（Ctrl-C 停止）', en: 'watching for changes (Ctrl-C to stop)' },
  'authoring.fmtCheckFailed': {
    'zh-CN': '{{total}} 个文件中有 {{count}} 个未格式化：请运行 `roles fmt`',
    en: '{{count}} of {{total}} files are not formatted: run `roles fmt`',
  },
  'authoring.progress': { 'zh-CN': '检查中 {{done}}/{{total}} 个文件', en: 'checking {{done}}/{{total}} files' },
  'authoring.created': { 'zh-CN': '已创建 {{file}}', en: 'Created {{file}}' },
  'authoring.createdId': { 'zh-CN': '已创建 {{file}}（`{{id}}`）{{also}}', en: 'Created {{file}} (`{{id}}`){{also}}' },
  'authoring.addedToSuperior': {
    'zh-CN': '，并已加入 `{{superior}}` 的 `direct_reports`',
    en: ', added to `direct_reports` of `{{superior}}`',
  },
  'authoring.wouldCreate': {
    'zh-CN': '将要创建 {{file}}（试运行：没有写入任何文件）',
    en: 'would create {{file}} (dry run: nothing was written)',
  },
  'authoring.missingFlags': {
    'zh-CN': '缺少 {{flags}}，应为 {{usage}}（在终端上不加 --yes 时，roles 会逐项询问）',
    en: 'Missing {{flags}}, expected {{usage}} (on a terminal without --yes, roles asks for them)',
  },
  'authoring.initExisting': {
    'zh-CN': '{{files}} 已存在，应为没有这些文件的文件夹：没有写入任何文件',
    en: 'Unexpected existing {{files}}, expected a folder without them: nothing was written',
  },
  'authoring.initAction': {
    'zh-CN': '请把 {{file}} 中的 `uses:` 设为 roles 的 action（<owner>/<repo>@<ref>），或用 --action 运行 init',
    en: 'set `uses:` in {{file}} to the roles action (<owner>/<repo>@<ref>), or run init with --action',
  },
  'authoring.initActionFormat': {
    'zh-CN': '应为 `<owner>/<repo>@<ref>` 或 `./path`',
    en: 'expected `<owner>/<repo>@<ref>` or `./path`',
  },
  'authoring.fmtUnreadable': {
    'zh-CN': '{{file}}：{{detail}}：未格式化',
    en: '{{file}}: {{detail}}: not formatted',
  },
  'authoring.fmtCannot': { 'zh-CN': '{{file}}：无法格式化：{{reason}}', en: '{{file}}: cannot format: {{reason}}' },
  'authoring.fmt.loneCr': { 'zh-CN': '有一行以单独的 CR 结尾', en: 'a line ends with a lone CR' },
  'authoring.fmt.frontMatter': {
    'zh-CN': '头部信息没有结束或不是 YAML',
    en: 'its front matter is not closed or not YAML',
  },
  'authoring.fmt.yamlErrors': {
    'zh-CN': '头部信息有 YAML 错误（见 `roles check`）',
    en: 'its front matter has YAML errors (see `roles check`)',
  },
  'authoring.titleWithoutLetters': {
    'zh-CN': '名称 `{{title}}` 中没有文字，无法生成文件名，请用 `--id` 指定',
    en: 'Unexpected title `{{title}}` without letters, expected `--id` to name the file',
  },
  'authoring.idNotKebab': {
    'zh-CN': '编号 `{{id}}` 无效，应为 ASCII 短横线格式的编号，如 `network-security-supervisor`',
    en: 'Unexpected id `{{id}}`, expected an ASCII kebab-case id such as `network-security-supervisor`',
  },
  'authoring.idTaken': {
    'zh-CN': '编号 `{{id}}` 已由 `{{file}}` 声明，应为新的编号（`--id`）',
    en: 'Unexpected id `{{id}}`: `{{file}}` already declares it, expected a new id (`--id`)',
  },
  'authoring.fileExists': {
    'zh-CN': '文件 `{{file}}` 已存在，应为新文件：没有写入任何文件',
    en: 'Unexpected existing file `{{file}}`, expected a new file: nothing was written',
  },
  'authoring.unknownLevel': {
    'zh-CN': '`--level` 的职级 `{{level}}` 无效，{{hint}}',
    en: 'Unexpected level `{{level}}` for `--level`, {{hint}}',
  },
  'authoring.expectedOneOf': { 'zh-CN': '应为 {{items}} 之一', en: 'expected one of {{items}}' },
  'authoring.severalNamed': {
    'zh-CN': '`{{flag}}` 的值 `{{value}}` 指向多个{{kind}}，应为一个{{kind}}编号：{{hint}}',
    en: 'Unexpected `{{value}}` for `{{flag}}`, expected one {{kind}} id: it names several, {{hint}}',
  },
  'authoring.unknownReference': {
    'zh-CN': '`{{flag}}` 的值 `{{value}}` 不是已知的{{kind}}，{{hint}}',
    en: 'Unexpected unknown {{kind}} `{{value}}` for `{{flag}}`, {{hint}}',
  },
  'authoring.wrongKindReference': {
    'zh-CN': '`{{flag}}` 的值 `{{value}}` 是{{actual}}，{{hint}}',
    en: 'Unexpected {{actual}} `{{value}}` for `{{flag}}`, {{hint}}',
  },
  'authoring.expectedReference': {
    'zh-CN': '应为某个文件声明的{{kind}}编号、名称或别名',
    en: 'expected a {{kind}} id, title or alias that some file declares',
  },
  'authoring.draftPurpose': {
    'zh-CN': '{{title}}的工作目的尚未写明（新建草稿）。',
    en: 'The purpose of {{title}} is not written yet (new draft).',
  },
  'authoring.prompt.title': { 'zh-CN': '岗位名称：', en: 'Title (岗位名称):' },
  'authoring.prompt.name': { 'zh-CN': '部门名称：', en: 'Name (部门名称):' },
  'authoring.prompt.required': { 'zh-CN': '请填写', en: 'required' },
  'authoring.prompt.parent': { 'zh-CN': '上级部门：', en: 'Parent department:' },
  'authoring.prompt.noParent': { 'zh-CN': '（无，顶层）', en: '(none, top level)' },
  'authoring.prompt.department': {
    'zh-CN': '所属部门（输入编号或名称）：',
    en: 'Department (type an id or name):',
  },
  'authoring.prompt.reportsTo': {
    'zh-CN': '直接上级（输入编号或岗位名称）：',
    en: 'Reports to (type an id or title):',
  },
  'authoring.prompt.level': { 'zh-CN': '职级：', en: 'Level (职级):' },
} as const;
