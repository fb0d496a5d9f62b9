/** `roles import`: help, the summary it prints, and the provenance notes it writes into the files. */
export const importMessages = {
  'import.help': {
    'zh-CN': '导入现有岗位说明书：Word 表单（.docx）、岗位清单（.xlsx/.csv）、文本（.txt/.md）',
    en: 'import existing job descriptions: Word forms (.docx), position lists (.xlsx/.csv), text (.txt/.md)',
  },
  'import.help.files': { 'zh-CN': '要导入的文件', en: 'the files to import' },
  'import.help.department': {
    'zh-CN': '所有导入岗位所属的部门（id、名称或别名）',
    en: 'the department every imported role belongs to (id, name or alias)',
  },
  'import.help.into': {
    'zh-CN': '写入的文件夹（默认：部门岗位所在的文件夹）',
    en: 'the folder to write to (default: where the department’s roles are)',
  },
  'import.help.dryRun': {
    'zh-CN': '不写入；打印将要写入的文件',
    en: 'write nothing; print the files that would be written',
  },
  'import.help.map': {
    'zh-CN': '表格列对应的字段，写作 列名=字段（如 岗位层级=job_level），可重复',
    en: 'the field a spreadsheet column holds, as column=field (e.g. Grade=job_level); repeatable',
  },
  'import.error.extension': {
    'zh-CN': '不支持的文件 `{{file}}`，应为 .docx、.xlsx、.csv、.txt 或 .md',
    en: 'Unexpected file `{{file}}`, expected .docx, .xlsx, .csv, .txt or .md',
  },
  'import.error.unreadable': {
    'zh-CN': '无法读取 `{{file}}`：{{reason}}',
    en: 'Unexpected unreadable file `{{file}}`: {{reason}}',
  },
  'import.error.notDocx': {
    'zh-CN': '`{{file}}` 不是 Word 文档（.docx），应为 Word 2007 及以后的格式',
    en: 'Unexpected `{{file}}`: not a Word document, expected the .docx format of Word 2007 and later',
  },
  'import.error.notXlsx': {
    'zh-CN': '`{{file}}` 不是 Excel 工作簿（.xlsx）：{{reason}}',
    en: 'Unexpected `{{file}}`: not an Excel workbook (.xlsx): {{reason}}',
  },
  'import.error.map': {
    'zh-CN': '`--map {{value}}` 无法识别，应写作 列名=字段，字段为 {{fields}} 之一',
    en: 'Unexpected `--map {{value}}`, expected column=field with a field among {{fields}}',
  },
  'import.error.nothing': {
    'zh-CN': '`{{file}}` 中没有找到岗位（应有“岗位名称”等栏目）',
    en: 'Unexpected `{{file}}` without roles, expected labels such as 岗位名称',
  },
  'import.error.exists': {
    'zh-CN': '`{{file}}` 已存在，导入不覆盖已有文件：没有写入任何文件',
    en: 'Unexpected existing file `{{file}}`, expected a new file: nothing was written',
  },
  'import.summary.role': {
    'zh-CN': '{{file}}  ←  {{from}}',
    en: '{{file}}  ←  {{from}}',
  },
  'import.summary.verbatim': {
    'zh-CN': 'Word 表单中保存的原文件，表单未改动，原样导入',
    en: 'the file the Word form carries, unchanged in the form: imported as it was',
  },
  'import.summary.guess': { 'zh-CN': '推断：{{text}}', en: 'guess: {{text}}' },
  'import.summary.superiorUpdated': {
    'zh-CN': '{{file}}：direct_reports 加入 `{{id}}`',
    en: '{{file}}: `{{id}}` added to direct_reports',
  },
  'import.summary.done': {
    'zh-CN': '导入了 {{count}} 个岗位（{{guesses}} 处推断，均记入各文件的 notes）',
    en: 'Roles imported: {{count}} ({{guesses}} guesses, each noted in its file’s notes)',
  },
  'import.summary.dryRun': {
    'zh-CN': '将导入 {{count}} 个岗位（{{guesses}} 处推断）；试运行：没有写入任何文件',
    en: 'Roles to import: {{count}} ({{guesses}} guesses); dry run: nothing was written',
  },
  'import.summary.check': {
    'zh-CN': '`roles check` 对导入文件的结果：',
    en: '`roles check` on the imported files:',
  },
  'import.section.unmapped': { 'zh-CN': '未归类内容', en: 'Unsorted text' },
  'import.section.kept': { 'zh-CN': '原表单其他栏目', en: 'Other fields of the source' },
  'import.note.source': {
    'zh-CN': '从 {{file}}（{{where}}）导入。',
    en: 'Imported from {{file}} ({{where}}).',
  },
  'import.note.titleFromHeading': {
    'zh-CN': '源文件没有“岗位名称”一栏，岗位名称取自标题“{{heading}}”。',
    en: 'The source has no 岗位名称 field; the title is taken from the heading “{{heading}}”.',
  },
  'import.note.heading': {
    'zh-CN': '源文件的标题为“{{heading}}”。',
    en: 'The source’s heading reads “{{heading}}”.',
  },
  'import.note.levelFromTitle': {
    'zh-CN': '源文件没有写职级，职级“{{level}}”取自岗位名称“{{title}}”。',
    en: 'The source states no level; the level “{{level}}” is read from the title “{{title}}”.',
  },
  'import.note.status': {
    'zh-CN': '导入的岗位说明书尚未在本仓库审批，状态记为草稿。',
    en: 'An imported job description is not approved in this repository yet: its status is draft.',
  },
  'import.note.variants': {
    'zh-CN': '表单栏目按同义名称读取：{{pairs}}。',
    en: 'Form labels read as their synonyms: {{pairs}}.',
  },
  'import.note.kept': {
    'zh-CN': '源文件中没有对应字段的栏目照录在“{{heading}}”一节。',
    en: 'Fields of the source that have no place in the format are kept as written in the section “{{heading}}”.',
  },
  'import.note.unmapped': {
    'zh-CN': '源文件中不在任何栏目下的文字照录在“{{heading}}”一节，待人工归类。',
    en: 'Text of the source under no label is kept as written in the section “{{heading}}”, to be sorted by hand.',
  },
  'import.note.reading': {
    'zh-CN': '“{{label}}”一栏写作“{{value}}”，按 {{fields}} 分项记录。',
    en: 'The field {{label}} reads “{{value}}”; it is recorded in parts as {{fields}}.',
  },
  'import.note.date': {
    'zh-CN': '“{{label}}”一栏写作“{{value}}”，记为 {{date}}。',
    en: 'The field {{label}} reads “{{value}}”, written as {{date}}.',
  },
  'import.note.idTaken': {
    'zh-CN': 'id `{{wanted}}` 已被 {{file}} 使用，本岗位记为 `{{id}}`。',
    en: 'The id `{{wanted}}` is taken by {{file}}; this role is `{{id}}`.',
  },
  'import.note.byTitle': {
    'zh-CN': '{{label}} 写的是岗位名称“{{title}}”，按名称对应到 `{{id}}`。',
    en: '{{label}} names the title “{{title}}”, resolved by title to `{{id}}`.',
  },
  'import.note.severalTitles': {
    'zh-CN': '{{label}} 写的岗位名称“{{title}}”对应多个岗位（{{ids}}），取第一个，请核对。',
    en: '{{label}} names the title “{{title}}”, which several roles have ({{ids}}); the first is taken, please check.',
  },
  'import.note.missingRole': {
    'zh-CN':
      '{{label}} 写的“{{title}}”不是本仓库或导入文件中的岗位；按岗位名称记为 `{{id}}`（与 roles new 为该名称生成的 id 相同）。',
    en: '{{label}} names “{{title}}”, which is no role of the repository or the imported files; written as `{{id}}` (the id roles new gives that title).',
  },
  'import.note.missingRoleNear': {
    'zh-CN': '{{label}} 写的“{{title}}”不是本仓库或导入文件中的岗位，是否指 `{{near}}`？暂按岗位名称记为 `{{id}}`。',
    en: '{{label}} names “{{title}}”, which is no role of the repository or the imported files: did you mean `{{near}}`? Written as `{{id}}` for now.',
  },
  'import.note.department': {
    'zh-CN': '所属部门“{{name}}”按部门名称对应到 `{{id}}`。',
    en: 'The department “{{name}}” is resolved by name to `{{id}}`.',
  },
  'import.note.missingDepartment': {
    'zh-CN': '所属部门“{{name}}”不是本仓库中的部门；按名称记为 `{{id}}`。',
    en: 'The department “{{name}}” is no department of the repository; written as `{{id}}`.',
  },
  'import.note.missingDepartmentNear': {
    'zh-CN': '所属部门“{{name}}”不是本仓库中的部门，是否指 `{{near}}`？暂按名称记为 `{{id}}`。',
    en: 'The department “{{name}}” is no department of the repository: did you mean `{{near}}`? Written as `{{id}}` for now.',
  },
  'import.note.superiorFromList': {
    'zh-CN': '源文件没有写本岗位的直接上级；`{{id}}` 的直接下级中列有本岗位，按此记。',
    en: 'The source names no superior for this role; `{{id}}` lists it among its direct reports.',
  },
  'import.note.reportAdded': {
    'zh-CN': '`{{id}}` 的直接上级是本岗位，加入直接下级。',
    en: '`{{id}}` reports to this role and is added to its direct reports.',
  },
  'import.note.cardEdited': {
    'zh-CN': '从 roles 导出的 Word 表单导入；表单中改动过的栏目按表单内容重读：{{labels}}。',
    en: 'Imported from a Word form roles exported; the cells changed in the form are read from the form: {{labels}}.',
  },
  'import.guess.inferredMark': {
    'zh-CN': '表单把 {{key}} 标为推定',
    en: 'the form marks {{key}} as inferred',
  },
} as const;
