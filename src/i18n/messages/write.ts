/** What the all-or-nothing writer and its project lock say when a write cannot be made. */
export const writeMessages = {
  'write.nothingChanged': { 'zh-CN': '{{message}}：没有改动任何文件', en: '{{message}}: nothing was changed' },
  'write.restoreFailed': {
    'zh-CN': '{{message}}；恢复文件也失败了（{{restore}}）：请再运行一次命令以完成恢复',
    en: '{{message}}; restoring the files failed too ({{restore}}): run the command again to finish restoring them',
  },
  'write.cannotWrite': { 'zh-CN': '无法写入 {{file}}：{{reason}}', en: 'Cannot write {{file}}: {{reason}}' },
  'write.cannotWriteAny': { 'zh-CN': '无法写入：{{reason}}', en: 'Cannot write: {{reason}}' },
  'write.namedTwice': { 'zh-CN': '一次写入中两次出现 `{{file}}`', en: '`{{file}}` is named twice in one write' },
  'write.outside': {
    'zh-CN': '`{{file}}` 在项目以外，应为项目内的文件',
    en: 'Unexpected `{{file}}` outside the project, expected a file inside it',
  },
  'write.exists': { 'zh-CN': '`{{file}}` 已存在', en: '`{{file}}` already exists' },
  'write.symlinkRemove': {
    'zh-CN': '`{{file}}` 是符号链接，应为要删除的文件',
    en: 'Unexpected symlink `{{file}}`, expected a file to remove',
  },
  'write.symlinkOutside': {
    'zh-CN': '符号链接 `{{file}}` 指向项目以外的文件，应指向项目内',
    en: 'Unexpected symlink `{{file}}` to a file outside the project, expected a target inside it',
  },
  'write.notRegular': { 'zh-CN': '`{{file}}` 不是普通文件', en: 'Unexpected `{{file}}`, expected a regular file' },
  'write.createdMeanwhile': {
    'zh-CN': '`{{file}}` 在此期间被别人创建了',
    en: '`{{file}}` was created by someone else meanwhile',
  },
  'write.removedMeanwhile': {
    'zh-CN': '`{{file}}` 在读取之后被删除了',
    en: '`{{file}}` was removed since it was read',
  },
  'write.changedMeanwhile': {
    'zh-CN': '`{{file}}` 在读取之后有改动（有人同时在编辑？）',
    en: '`{{file}}` changed since it was read (edited meanwhile?)',
  },
  'write.owner': {
    'zh-CN': '无法保留 `{{file}}` 的所有者（{{owner}}）',
    en: 'cannot keep the owner of `{{file}}` ({{owner}})',
  },
  'write.locked': {
    'zh-CN':
      '另一个 roles 命令（{{host}} 上的进程 {{pid}}）正在写入本项目（锁文件 `{{lock}}`）：没有改动任何文件；请等它结束后再运行',
    en: 'Another roles command (pid {{pid}} on {{host}}) is writing in this project (lock `{{lock}}`): nothing was changed; run again when it has finished',
  },
  'write.cannotLock': {
    'zh-CN': '无法创建锁文件 `{{file}}`：{{reason}}',
    en: 'Cannot create the lock file `{{file}}`: {{reason}}',
  },
} as const;
