/** What the commands themselves say: their errors, notices and the lines that report what they did. */
export const commandMessages = {
  'command.nothingChanged': { 'zh-CN': '{{message}}：没有改动任何文件', en: '{{message}}: nothing was changed' },

  'command.rules.rule': { 'zh-CN': '规则', en: 'rule' },
  'command.rules.kind': { 'zh-CN': '类型', en: 'kind' },
  'command.rules.default': { 'zh-CN': '默认', en: 'default' },
  'command.rules.fixable': { 'zh-CN': '可修复', en: 'fixable' },
  'command.rules.description': { 'zh-CN': '检查内容', en: 'description' },
  'command.rules.kind.document': { 'zh-CN': '单个文件', en: 'document' },
  'command.rules.kind.graph': { 'zh-CN': '整个组织', en: 'graph' },
  'command.rules.yes': { 'zh-CN': '是', en: 'yes' },

  'command.check.noCacheKey': {
    'zh-CN': '没有用来签名缓存的密钥（设置 ROLES_CACHE_SECRET，或让 ~/.cache 可写）：本次不使用缓存',
    en: 'no key to sign the cache with (set ROLES_CACHE_SECRET or make ~/.cache writable): running without it',
  },
  'command.check.watchAlone': {
    'zh-CN':
      '`--watch` 不能与 `--fix`、`--staged` 或 `--changed` 同用，应单独使用 `--watch`：它在每次改动后重新检查工作区',
    en: 'Unexpected `--watch` with `--fix`, `--staged` or `--changed`, expected `--watch` alone: it re-checks the working tree after each change',
  },
  'command.check.stagedWithChanged': {
    'zh-CN': '`--staged` 不能与 `--changed`/`--base` 同用，应只选其一：`--staged` 比较暂存区和 HEAD',
    en: 'Unexpected `--staged` with `--changed`/`--base`, expected one of them: `--staged` compares the index with HEAD',
  },
  'command.check.suggestionsWithDryRun': {
    'zh-CN':
      '`--fix-suggestions` 不能与 `--fix-dry-run` 同用，应只选其一：建议已显示在消息中，由 `--fix-suggestions` 写入文件',
    en: 'Unexpected `--fix-suggestions` with `--fix-dry-run`, expected one of them: suggestions are shown in the messages, and written by `--fix-suggestions`',
  },
  'command.check.fixWithStaged': {
    'zh-CN': '`--fix` 不能与 `--staged` 同用，应只选其一：修复写入工作区，而不是暂存区',
    en: 'Unexpected `--fix` with `--staged`, expected one of them: fixes are written to the working tree, not the index',
  },
  'command.check.notCached': {
    'zh-CN': '{{problem}}：本次结果没有写入缓存',
    en: '{{problem}}: results were not cached',
  },
  'command.check.nothingChanged': {
    'zh-CN': '与 {{against}} 相比没有改动的岗位文件：无需检查',
    en: 'no role files changed against {{against}}: nothing to check',
  },
  'command.check.tooManyWarnings': {
    'zh-CN': '警告过多：{{warnings}} 个，最多允许 {{max}} 个（`--max-warnings`）',
    en: 'too many warnings: {{warnings}}, expected at most {{max}} (`--max-warnings`)',
  },

  'command.unknownId': {
    'zh-CN': '未知的编号 `{{id}}`，{{hint}}',
    en: 'Unexpected unknown id `{{id}}`, {{hint}}',
  },
  'command.expectedDeclaredId': {
    'zh-CN': '应为某个文件声明的岗位或部门编号',
    en: 'expected the id of a role or department that some file declares',
  },
  'command.tree.depth': {
    'zh-CN': '无法识别 `--depth {{value}}`，应为 0 或更大的整数',
    en: 'Unexpected `--depth {{value}}`, expected a whole number of 0 or more',
  },
  'command.tree.root': {
    'zh-CN': '无法使用 `--root {{root}}`，{{hint}}',
    en: 'Unexpected `--root {{root}}`, {{hint}}',
  },
  'command.tree.rootHasErrors': {
    'zh-CN': '它的文件有错误（见 `roles check`）',
    en: 'its file has errors (see `roles check`)',
  },
  'command.tree.expectedRole': { 'zh-CN': '应为岗位编号', en: 'expected a role id' },

  'command.mv.summary': {
    'zh-CN': '`{{old}}` → `{{new}}`：{{from}} → {{to}}，{{files}}中的 {{references}} 处引用',
    en: '`{{old}}` → `{{new}}`: {{from}} → {{to}}, {{references}} in {{files}}',
  },
  'command.mv.references.one': { 'zh-CN': '1', en: '1 reference' },
  'command.mv.references.other': { 'zh-CN': '{{count}}', en: '{{count}} references' },
  'command.mv.files.one': { 'zh-CN': '1 个文件', en: '1 file' },
  'command.mv.files.other': { 'zh-CN': '{{count}} 个文件', en: '{{count}} files' },
  'command.mv.dryRun': {
    'zh-CN': '将要重命名 {{summary}}（试运行：没有写入任何文件）',
    en: 'Would rename {{summary}} (dry run: nothing was written)',
  },
  'command.mv.done': { 'zh-CN': '已重命名 {{summary}}', en: 'Renamed {{summary}}' },
  'command.mv.notKebab': {
    'zh-CN': '新编号 `{{id}}` 无效，应为 ASCII 短横线格式的编号，如 `product-support-supervisor`',
    en: 'Unexpected new id `{{id}}`, expected an ASCII kebab-case id such as `product-support-supervisor`',
  },
  'command.mv.unparsable': {
    'zh-CN': '无法改写 {{files}}：其头部信息无法解析且提到了 `{{id}}`；请先修正（`roles check` 会指出位置）',
    en: 'Cannot rewrite {{files}}: its front matter does not parse and mentions `{{id}}`; fix it first (`roles check` says where)',
  },
  'command.mv.duplicate': {
    'zh-CN': '编号 `{{id}}` 由 {{count}} 个文件声明（{{files}}），应只有一个：请先解决重复',
    en: 'Unexpected id `{{id}}` declared by {{count}} files ({{files}}), expected one: fix the duplicate first',
  },
  'command.mv.same': {
    'zh-CN': '新编号 `{{id}}` 与原编号相同，应为不同的编号',
    en: 'Unexpected new id `{{id}}`, expected one different from the old id',
  },
  'command.mv.taken': {
    'zh-CN': '新编号 `{{id}}` 已被占用，应为未使用的编号：{{files}} 已声明它',
    en: 'Unexpected new id `{{id}}`, expected an unused id: {{files}} already declares it',
  },
  'command.mv.fileExists': {
    'zh-CN': '新编号 `{{id}}` 对应的文件 `{{file}}` 已存在，应为未被占用的文件名',
    en: 'Unexpected new id `{{id}}`, expected a free file name: `{{file}}` exists',
  },
  'command.mv.notPlain': {
    'zh-CN': '无法改写 `{{id}}`：这些位置不是直接书写或简单引号书写（{{places}}）；请先手工修改',
    en: 'Cannot rewrite `{{id}}` where it is not written plainly or in simple quotes ({{places}}); edit those by hand first',
  },

  'command.diff.noRepository': {
    'zh-CN': '`roles diff` 需要 git 仓库：{{detail}}',
    en: '`roles diff` needs a git repository: {{detail}}',
  },
  'command.diff.cannotList': { 'zh-CN': '无法列出 `{{ref}}` 的文件', en: 'Cannot list the files of `{{ref}}`' },
  'command.diff.unknownRef': {
    'zh-CN': '无法识别的引用 `{{ref}}`，应为本仓库的提交、分支或标签{{hint}}',
    en: 'Unexpected ref `{{ref}}`, expected a commit, branch or tag of this repository{{hint}}',
  },
  'command.diff.workingTree': { 'zh-CN': '工作区', en: 'working tree' },

  'command.schema.wrote': { 'zh-CN': '已写入 {{file}}', en: 'wrote {{file}}' },
  'command.schema.unchanged': { 'zh-CN': '未改变 {{file}}', en: 'unchanged {{file}}' },

  'command.report.idForView': {
    'zh-CN':
      '`{{view}}` 视图不接受参数 `{{id}}`，只有 `roles report role <编号>` 或 `roles report card <编号>` 指定岗位',
    en: 'Unexpected argument `{{id}}` for the `{{view}}` view, expected only `roles report role <id>` or `roles report card <id>` to name a role',
  },
  'command.report.allForView': {
    'zh-CN': '`{{view}}` 视图不接受 `--all`，应为 `roles report card --all`',
    en: 'Unexpected `--all` for the `{{view}}` view, expected `roles report card --all`',
  },
  'command.report.idWithAll': {
    'zh-CN': '岗位 `{{id}}` 不能与 `--all` 同用，应只选其一',
    en: 'Unexpected role `{{id}}` with `--all`, expected one or the other',
  },
  'command.report.binaryForView': {
    'zh-CN': '`{{view}}` 视图不支持格式 `{{format}}`，该格式只用于 {{views}}',
    en: 'Unexpected format `{{format}}` for the `{{view}}` view, expected it for {{views}}',
  },
  'command.report.binaryOnTerminal': {
    'zh-CN': '格式 `{{format}}` 不能输出到终端，应使用 `-o file.{{format}}`',
    en: 'Unexpected format `{{format}}` on a terminal, expected `-o file.{{format}}`',
  },
  'command.report.noChromium': {
    'zh-CN': '无法启动 Chromium 打印 PDF：{{detail}}',
    en: 'Cannot start Chromium to print the PDF: {{detail}}',
  },
  'command.report.chromiumPath': {
    'zh-CN': '`CHROMIUM` 的值 `{{path}}` 不存在，应为 Chromium 或 Chrome 可执行文件的路径',
    en: 'Unexpected CHROMIUM `{{path}}`, expected the path of a Chromium or Chrome binary',
  },
} as const;
