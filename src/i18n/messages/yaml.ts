/**
 * The YAML parser's error codes in words. Chinese readers get these; English readers get the
 * parser's own sentence, which is more specific (the English here says what each code means).
 */
export const yamlMessages = {
  'yaml.BAD_INDENT': { 'zh-CN': '缩进不对：同一层的键要对齐，下一层多缩进两个空格', en: 'bad indentation' },
  'yaml.TAB_AS_INDENT': {
    'zh-CN': '用了 Tab 缩进，YAML 只能用空格缩进',
    en: 'a tab used for indentation, expected spaces',
  },
  'yaml.MULTILINE_IMPLICIT_KEY': {
    'zh-CN': '键必须写在一行里（常见原因：冒号后少了空格，或续行的缩进不对）',
    en: 'a key spans several lines',
  },
  'yaml.BLOCK_AS_IMPLICIT_KEY': { 'zh-CN': '多行的内容不能用作键', en: 'a block used as a key' },
  'yaml.MISSING_CHAR': {
    'zh-CN': '缺少字符：引号或括号没有闭合',
    en: 'a missing character: a quote or bracket is not closed',
  },
  'yaml.UNEXPECTED_TOKEN': { 'zh-CN': '这里出现了不该有的字符', en: 'an unexpected character' },
  'yaml.BAD_SCALAR_START': {
    'zh-CN': '值不能以这个字符开头（如 `@`、`%`、`` ` ``），请给值加上引号',
    en: 'a value cannot start with this character, expected it in quotes',
  },
  'yaml.BAD_DQ_ESCAPE': {
    'zh-CN': '双引号中的转义写法不对（`\\` 要写成 `\\\\`）',
    en: 'a bad escape in double quotes',
  },
  'yaml.MULTIPLE_DOCS': {
    'zh-CN': '头部信息中只能有一个 YAML 文档（不能有第二个 `---`）',
    en: 'several YAML documents, expected one',
  },
  'yaml.KEY_OVER_1024_CHARS': { 'zh-CN': '键超过 1024 个字符', en: 'a key longer than 1024 characters' },
  'yaml.BLOCK_IN_FLOW': { 'zh-CN': '方括号或花括号里不能写多行的块', en: 'a block inside brackets or braces' },
  'yaml.MULTIPLE_ANCHORS': { 'zh-CN': '一个值有多个锚点（`&`）', en: 'several anchors on one value' },
  'yaml.MULTIPLE_TAGS': { 'zh-CN': '一个值有多个标签（`!`）', en: 'several tags on one value' },
  'yaml.TAG_RESOLVE_FAILED': { 'zh-CN': '无法识别的标签（`!`）', en: 'a tag that cannot be resolved' },
  'yaml.BAD_ALIAS': { 'zh-CN': '别名（`*`）写法不对', en: 'a bad alias' },
  'yaml.ALIAS_PROPS': { 'zh-CN': '别名（`*`）不能带锚点或标签', en: 'an alias with an anchor or tag' },
  'yaml.NON_STRING_KEY': { 'zh-CN': '键应为文字', en: 'a key that is not text' },
  'yaml.BAD_PROP_ORDER': { 'zh-CN': '锚点和标签应写在值的前面', en: 'an anchor or tag after the value' },
  'yaml.BAD_DIRECTIVE': { 'zh-CN': '无效的 YAML 指令（`%`）', en: 'a bad directive' },
  'yaml.BAD_COLLECTION_TYPE': { 'zh-CN': '集合的类型不对', en: 'a bad collection type' },
  'yaml.IMPOSSIBLE': { 'zh-CN': '无法解析', en: 'cannot be parsed' },
} as const;
