import type { Message } from '../i18n/format-message.js';

/** A rule id with its one-line description, as machine formats (SARIF) list them. */
export interface RuleDescriptor {
  id: string;
  description: string;
  /** The rule's docs page (SARIF `helpUri`, `--show-docs`): on the web when package.json names the repository, else the installed page. */
  url?: string;
}

/** A built-in check's id with its description in every language. */
export interface CoreRule {
  id: string;
  description: Message;
}

/**
 * The checks built into reading, parsing and validating files. They are not configurable rules
 * (a file that cannot be read or fails the schema is always an error), but their ids appear in
 * diagnostics like any rule's, so they are described here once.
 */
export const CORE_RULES: readonly CoreRule[] = [
  {
    id: 'file-empty',
    description: {
      'zh-CN': '文件有头部信息和正文，不是空的或只有空白',
      en: 'A file has front matter and a body, not nothing or whitespace',
    },
  },
  { id: 'file-binary', description: { 'zh-CN': '文件是文本，不含 NUL 字节', en: 'A file is text, without NUL bytes' } },
  { id: 'file-encoding', description: { 'zh-CN': '文件是 UTF-8 编码', en: 'A file is UTF-8' } },
  {
    id: 'file-too-large',
    description: { 'zh-CN': '文件不大于 `maxFileSize`', en: 'A file is no larger than `maxFileSize`' },
  },
  { id: 'file-unreadable', description: { 'zh-CN': '文件可以读取', en: 'A file can be read' } },
  {
    id: 'front-matter-missing',
    description: { 'zh-CN': '文件以 YAML 头部信息开头', en: 'A file starts with YAML front matter' },
  },
  {
    id: 'front-matter-unterminated',
    description: { 'zh-CN': '头部信息以一行 `---` 结束', en: 'Front matter ends with a `---` line' },
  },
  {
    id: 'front-matter-language',
    description: {
      'zh-CN': '头部信息是 YAML（单独的 `---`），不是其他语言',
      en: 'Front matter is YAML (`---` alone), never another language',
    },
  },
  { id: 'yaml-syntax', description: { 'zh-CN': '头部信息是有效的 YAML', en: 'Front matter is valid YAML' } },
  {
    id: 'yaml-duplicate-key',
    description: { 'zh-CN': '同一个 YAML 映射中每个键只出现一次', en: 'Each key appears once per YAML map' },
  },
  {
    id: 'yaml-alias',
    description: { 'zh-CN': '头部信息没有 YAML 锚点或别名', en: 'Front matter has no YAML anchors or aliases' },
  },
  {
    id: 'yaml-depth',
    description: { 'zh-CN': '头部信息最多嵌套 32 层', en: 'Front matter nests at most 32 levels deep' },
  },
  {
    id: 'yaml-unsafe-key',
    description: {
      'zh-CN': '头部信息没有 `__proto__`、`constructor` 或 `prototype` 键',
      en: 'Front matter has no `__proto__`, `constructor` or `prototype` keys',
    },
  },
  {
    id: 'schema-invalid-value',
    description: {
      'zh-CN': '头部信息的值符合格式允许的类型和范围',
      en: 'Front-matter values have the type and range the format allows',
    },
  },
  {
    id: 'schema-unknown-key',
    description: { 'zh-CN': '头部信息只有格式定义的键', en: 'Front matter has only the keys of the format' },
  },
  {
    id: 'schema-missing-key',
    description: { 'zh-CN': '头部信息有每个必需的键', en: 'Front matter has every required key' },
  },
  { id: 'id-matches-file', description: { 'zh-CN': '`id` 与文件名相同', en: 'The `id` equals the file name' } },
  { id: 'duplicate-id', description: { 'zh-CN': '每个 id 只由一个文件声明', en: 'Each id is declared by one file' } },
  {
    id: 'symlink-loop',
    description: {
      'zh-CN': '符号链接可以解析且不成环（否则跳过）',
      en: 'Symlinks resolve, without loops (others are skipped)',
    },
  },
  {
    id: 'symlink-outside',
    description: {
      'zh-CN': '符号链接不指向项目以外（否则跳过）',
      en: 'Symlinks stay inside the project (others are skipped)',
    },
  },
  {
    id: 'markdown-too-complex',
    description: {
      'zh-CN': 'Markdown 正文足够简单，能在线性时间内解析',
      en: 'The Markdown body is simple enough to parse in linear time',
    },
  },
];

/** The docs page, under `docs/`, that explains a core check: the file format's, or bad input's. */
export function coreRulePage(id: string): string {
  return id.startsWith('schema-') || id === 'id-matches-file' || id === 'duplicate-id'
    ? 'file-format.md'
    : 'bad-input.md';
}
