/** Reading, parsing and validating files: the checks that are not configurable rules. */
export const coreMessages = {
  'core.fileTooLarge': {
    'zh-CN': '文件有 {{size}} 字节，最多应为 {{max}} 字节（`maxFileSize`）：未读取',
    en: 'Unexpected file of {{size}} bytes, expected at most {{max}} bytes (`maxFileSize`): not read',
  },
  'core.fileUnreadable': { 'zh-CN': '无法读取文件：{{reason}}', en: 'Cannot read file: {{reason}}' },
  'core.gitObjectUnreadable': { 'zh-CN': '无法读取 git 对象 `{{oid}}`', en: 'Cannot read git object `{{oid}}`' },
  'core.fileEmpty': {
    'zh-CN': '文件是空的，应有头部信息（front matter）和正文',
    en: 'Unexpected empty file, expected front matter and a body',
  },
  'core.fileBinary': {
    'zh-CN': '文件含二进制内容（第 {{offset}} 字节是 NUL），应为 UTF-8 文本文件',
    en: 'Unexpected binary content (a NUL byte at byte {{offset}}), expected a UTF-8 text file',
  },
  'core.fileEncoding': {
    'zh-CN': '文件编码不对：第 {{offset}} 字节不是有效的 UTF-8，应为 UTF-8',
    en: 'Unexpected encoding: the file is not valid UTF-8 at byte {{offset}}, expected UTF-8',
  },
  'core.fileEncodingGbk': {
    'zh-CN':
      '文件编码不对：第 {{offset}} 字节不是有效的 UTF-8（它能按 GBK/GB18030 解码：用 `iconv -f GB18030 -t UTF-8` 转换），应为 UTF-8',
    en: 'Unexpected encoding: the file is not valid UTF-8 at byte {{offset}} (it decodes as GBK/GB18030: convert it with `iconv -f GB18030 -t UTF-8`), expected UTF-8',
  },
  'core.frontMatterMissing': {
    'zh-CN': '文件没有头部信息（front matter），应以一行 `---` 开头',
    en: 'Unexpected file without front matter, expected it to start with a `---` line',
  },
  'core.frontMatterUnterminated': {
    'zh-CN': '文件在头部信息中结束了，应有一行 `---` 结束头部信息',
    en: 'Unexpected end of file inside front matter, expected a closing `---` line',
  },
  'core.frontMatterLanguage': {
    'zh-CN': '头部信息的语言是 `{{language}}`，应为 YAML（单独一行 `---`）：其中内容都未执行',
    en: 'Unexpected front matter language `{{language}}`, expected YAML (`---` alone): nothing in it was evaluated',
  },
  'core.yamlSyntax': { 'zh-CN': 'YAML 格式错误：{{detail}}', en: 'Invalid YAML: {{detail}}' },
  'core.fullwidthColon': {
    'zh-CN': '键 `{{key}}` 后面是全角冒号 `：`，应为半角冒号加空格：`{{key}}: `（中文输入法容易打出全角冒号）',
    en: 'Unexpected full-width colon `：` after the key `{{key}}`, expected a half-width colon and a space: `{{key}}: ` (Chinese input methods type `：`)',
  },
  'core.yamlDuplicateKey': {
    'zh-CN': '键 `{{key}}` 重复，同一层中每个键只应出现一次',
    en: 'Unexpected duplicate key `{{key}}`, expected each key once per map',
  },
  'core.yamlDepth': {
    'zh-CN': '嵌套超过 {{max}} 层，岗位说明应是扁平的结构',
    en: 'Unexpected nesting deeper than {{max}} levels, expected a flat role description',
  },
  'core.yamlAlias': {
    'zh-CN': 'YAML 别名 `*{{name}}`，应把值直接写出（岗位文件中不允许别名）',
    en: 'Unexpected YAML alias `*{{name}}`, expected the value written out (aliases are not allowed in role files)',
  },
  'core.yamlAnchor': {
    'zh-CN': 'YAML 锚点 `&{{name}}`，不应有锚点（岗位文件中不允许别名）',
    en: 'Unexpected YAML anchor `&{{name}}`, expected no anchors (aliases are not allowed in role files)',
  },
  'core.yamlAliasMore': {
    'zh-CN': '{{first}}；后面还有 {{more}} 个锚点或别名',
    en: '{{first}}; {{more}} more anchors or aliases follow',
  },
  'core.yamlUnsafeKey': {
    'zh-CN': '键 `{{key}}` 不是岗位格式中的字段',
    en: 'Unexpected key `{{key}}`, expected a field of the role format',
  },
  'core.markdownRun': {
    'zh-CN': '连续超过 {{max}} 个 `{{mark}}` 字符，应为普通的 Markdown：正文未解析',
    en: 'Unexpected run of more than {{max}} `{{mark}}` characters, expected ordinary Markdown: the body was not parsed',
  },
  'core.markdownIndent': {
    'zh-CN': '缩进超过 {{max}} 个字符，应为普通的 Markdown：正文未解析',
    en: 'Unexpected indentation of more than {{max}} characters, expected ordinary Markdown: the body was not parsed',
  },
  'core.markdownQuotes': {
    'zh-CN': '引用嵌套超过 {{max}} 层，应为普通的 Markdown：正文未解析',
    en: 'Unexpected block quotes nested more than {{max}} deep, expected ordinary Markdown: the body was not parsed',
  },
  'core.frontMatterType': {
    'zh-CN': '头部信息是 {{type}}，应为字段映射，例如 `id: …`',
    en: 'Unexpected front matter of type {{type}}, expected a map of fields such as `id: …`',
  },
  'core.idMatchesFile': {
    'zh-CN': '编号 `{{id}}` 与文件名不符，应为 `{{expected}}`',
    en: 'Unexpected id `{{id}}`, expected `{{expected}}` to match the file name',
  },
  'core.idMatchesAsciiFile': {
    'zh-CN':
      '文件名 `{{file}}` 不能作编号：编号只能用小写 ASCII 字母、数字和 `-`。应把文件改名为 `{{suggestion}}.md` 并写 `id: {{suggestion}}`{{source}}',
    en: 'Unexpected file name `{{file}}` for an id: ids are lowercase ASCII letters, digits and `-`. Expected the file renamed to `{{suggestion}}.md` with `id: {{suggestion}}`{{source}}',
  },
  'core.idFromTitle': { 'zh-CN': '（由标题 `{{title}}` 的拼音得出）', en: ' (the pinyin of the title `{{title}}`)' },
  'core.idFromTitleEn': { 'zh-CN': '（由 `title_en` 得出）', en: ' (from `title_en`)' },
  'core.idNotAscii': {
    'zh-CN': '文件名 `{{file}}` 不能作编号：编号只能用小写 ASCII 字母、数字和 `-`，例如 `product-support-supervisor`',
    en: 'Unexpected file name `{{file}}` for an id: ids are lowercase ASCII letters, digits and `-`, such as `product-support-supervisor`',
  },
  'core.unknownKeySuggest': {
    'zh-CN': '{{where}}键 `{{key}}` 不存在，是不是指 `{{suggestion}}`？',
    en: 'Unexpected key `{{key}}`{{where}}, did you mean `{{suggestion}}`?',
  },
  'core.unknownKeyOneOf': {
    'zh-CN': '{{where}}键 `{{key}}` 不存在，应为 {{known}} 之一',
    en: 'Unexpected key `{{key}}`{{where}}, expected one of {{known}}',
  },
  'core.unknownKey': {
    'zh-CN': '{{where}}键 `{{key}}` 不存在，应为格式中的字段（见 `roles schema`）',
    en: 'Unexpected key `{{key}}`{{where}}, expected a field of the format (see `roles schema`)',
  },
  'core.inField': { 'zh-CN': '`{{field}}` 中的', en: ' in `{{field}}`' },
  'core.missingKey': {
    'zh-CN': '缺少必需的键 `{{field}}`，应为{{expected}}{{description}}',
    en: 'Missing required key `{{field}}`, expected {{expected}}{{description}}',
  },
  // The field hints have brackets of their own (职级（…）): a semicolon sets them off without nesting.
  'core.description': { 'zh-CN': '；{{text}}', en: ' ({{text}})' },
  'core.invalidValue': {
    'zh-CN': '`{{field}}` 的值 {{value}} 不对，{{expected}}',
    en: 'Unexpected {{value}} for `{{field}}`, {{expected}}',
  },
  // A list, a map or nothing is named, not quoted: 「的值是空值」 reads as Chinese, 「的值 空值 不对」 did not.
  'core.invalidKind': {
    'zh-CN': '`{{field}}` 的值是{{value}}，{{expected}}',
    en: 'Unexpected {{value}} for `{{field}}`, {{expected}}',
  },
  'core.expected': { 'zh-CN': '应为{{what}}', en: 'expected {{what}}' },
  'core.expectedExample': {
    'zh-CN': '应为{{what}}，例如 `{{example}}`',
    en: 'expected {{what}}, such as `{{example}}`',
  },
  'core.expectedOneOf': { 'zh-CN': '应为 {{values}} 之一', en: 'expected one of {{values}}' },
  'core.expectedOneOfMapped': {
    'zh-CN': '应为 {{values}} 之一：`{{value}}` 写作 `{{mapped}}`',
    en: 'expected one of {{values}}: `{{value}}` is written `{{mapped}}`',
  },
  'core.expectedOneOfSuggest': {
    'zh-CN': '应为 {{values}} 之一：是不是指 `{{suggestion}}`？',
    en: 'expected one of {{values}}: did you mean `{{suggestion}}`?',
  },
  // Follows 应为 directly: the leading space sets the first code span apart, as everywhere else.
  'core.oneOf': { 'zh-CN': ' {{values}} 之一', en: 'one of {{values}}' },
  'core.expectedTextOrNumber': { 'zh-CN': '应为文字或数字', en: 'expected text or a number' },
  'core.expectedAtLeast': { 'zh-CN': '应不小于 {{minimum}}', en: 'expected at least {{minimum}}' },
  'core.expectedAtMost': { 'zh-CN': '应不大于 {{maximum}}', en: 'expected at most {{maximum}}' },
  'core.type.text': { 'zh-CN': '文字', en: 'text' },
  'core.type.number': { 'zh-CN': '数字', en: 'a number' },
  'core.type.int': { 'zh-CN': '整数', en: 'a whole number' },
  'core.type.array': { 'zh-CN': '列表', en: 'a list' },
  'core.type.object': { 'zh-CN': '映射（键: 值）', en: 'a map' },
  'core.type.boolean': { 'zh-CN': 'true 或 false', en: 'true or false' },
  'core.type.value': { 'zh-CN': '一个值', en: 'a value' },
  'core.show.empty': { 'zh-CN': '空值', en: 'empty value' },
  'core.show.list': { 'zh-CN': '列表', en: 'list' },
  'core.show.map': { 'zh-CN': '映射', en: 'map' },
  'core.duplicateId': {
    'zh-CN': '编号 `{{id}}` 重复，每个编号应只声明一次（{{others}} 中也有）',
    en: 'Unexpected duplicate id `{{id}}`, expected each id once (also in {{others}})',
  },
  'core.alsoDeclared': { 'zh-CN': '`{{id}}` 也在这里声明', en: '`{{id}}` is also declared here' },
  'core.schema.id': {
    'zh-CN': '应为 ASCII 短横线格式的编号，如 `product-support-supervisor`',
    en: 'expected an ASCII kebab-case id such as `product-support-supervisor`',
  },
  'core.schema.text': { 'zh-CN': '应为非空的文字', en: 'expected non-empty text' },
  'core.schema.date': {
    'zh-CN': '应为 `YYYY-MM` 或 `YYYY-MM-DD` 格式的日期',
    en: 'expected a date as `YYYY-MM` or `YYYY-MM-DD`',
  },
  'core.schema.path': {
    'zh-CN': '应为头部信息中的路径，如 `requirements.education.minimum`',
    en: 'expected a front-matter path such as `requirements.education.minimum`',
  },
  'core.schema.skillLevel': { 'zh-CN': '应为 1 到 5 的等级', en: 'expected a level from 1 to 5' },
  'core.schema.inferredPath': {
    'zh-CN': '应为本文件中有的字段路径，如 `reports_to`',
    en: 'expected the path of a field this file has, such as `reports_to`',
  },
  'core.schema.experience': {
    'zh-CN': '应有 `years`、`as_written` 或 `preferred`',
    en: 'expected `years`, `as_written` or `preferred`',
  },
} as const;
