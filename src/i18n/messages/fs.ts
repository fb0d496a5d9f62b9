/** File-system faults, encodings and line endings: what a run says instead of a stack trace. */
export const fsMessages = {
  'fs.folderUnreadable': {
    'zh-CN': '无法读取文件夹：{{reason}}；其中的文件未检查',
    en: 'Cannot read folder: {{reason}}; the files in it were not checked',
  },
  'fs.targetUnreadable': {
    'zh-CN': '无法读取 `{{target}}`：{{reason}}',
    en: 'Cannot read `{{target}}`: {{reason}}',
  },
  'fs.cannotWrite': {
    'zh-CN': '无法写入 `{{file}}`：{{reason}}',
    en: 'Cannot write `{{file}}`: {{reason}}',
  },
  'fs.schemaTargetNotFolder': {
    'zh-CN': '`--write {{target}}` 是一个已存在的文件，应为文件夹（每个 JSON Schema 写成其中一个文件）：未写入任何文件',
    en: 'Unexpected existing file `{{target}}` for `--write`, expected a folder (one JSON Schema file each): nothing was written',
  },
  'fs.rolesOutsideProject': {
    'zh-CN': '{{config}}：`roles` 中的 `{{entry}}` 在项目文件夹 `{{root}}` 之外，应为其中的文件夹',
    en: '{{config}}: unexpected `{{entry}}` in `roles` outside the project folder `{{root}}`, expected a folder inside it',
  },
  'fs.unsafeConfigKey': {
    'zh-CN':
      '{{config}}：`{{path}}` 中有键 `{{key}}`，应为规则编号或配置项（`__proto__`、`constructor`、`prototype` 不能作键）',
    en: '{{config}}: unexpected key `{{key}}` in `{{path}}`, expected a rule id or setting (`__proto__`, `constructor` and `prototype` are never keys)',
  },
  'fs.utf16': {
    'zh-CN':
      '文件编码是 {{encoding}}，应为 UTF-8：用 `iconv -f {{encoding}} -t UTF-8` 转换（或在编辑器中另存为 UTF-8）',
    en: 'Unexpected encoding {{encoding}}, expected UTF-8: convert it with `iconv -f {{encoding}} -t UTF-8` (or save it as UTF-8 in the editor)',
  },
  'fs.loneCr': {
    'zh-CN': "文件的行以单独的 CR（`\\r`，旧版 Mac 换行）结束，应为 LF 或 CRLF：用 `tr '\\r' '\\n'` 转换",
    en: "Unexpected lines ending in a lone CR (`\\r`, classic Mac OS line endings), expected LF or CRLF: convert them with `tr '\\r' '\\n'`",
  },
  'fs.reason.notRegular': {
    'zh-CN': '不是普通文件（管道、设备或套接字），未读取',
    en: 'not a regular file (a pipe, device or socket): not read',
  },
  'fs.reason.EACCES': { 'zh-CN': '没有权限（EACCES）', en: 'permission denied (EACCES)' },
  'fs.reason.EPERM': { 'zh-CN': '不允许的操作（EPERM）', en: 'operation not permitted (EPERM)' },
  'fs.reason.ENAMETOOLONG': {
    'zh-CN': '路径或文件名超出系统允许的长度（ENAMETOOLONG）',
    en: 'path or file name longer than the system allows (ENAMETOOLONG)',
  },
  'fs.reason.EISDIR': { 'zh-CN': '这是一个文件夹（EISDIR）', en: 'it is a folder (EISDIR)' },
  'fs.reason.ENOTDIR': {
    'zh-CN': '路径中有一部分不是文件夹（ENOTDIR）',
    en: 'a part of the path is not a folder (ENOTDIR)',
  },
  'fs.reason.ENOENT': { 'zh-CN': '不存在（ENOENT）', en: 'no such file or folder (ENOENT)' },
  'fs.reason.ELOOP': { 'zh-CN': '符号链接循环（ELOOP）', en: 'a loop of symlinks (ELOOP)' },
  'fs.reason.EROFS': { 'zh-CN': '文件系统只读（EROFS）', en: 'read-only file system (EROFS)' },
  'fs.reason.ENOSPC': { 'zh-CN': '磁盘已满（ENOSPC）', en: 'no space left on the device (ENOSPC)' },
  'fs.reason.EEXIST': { 'zh-CN': '已存在（EEXIST）', en: 'it already exists (EEXIST)' },
} as const;
