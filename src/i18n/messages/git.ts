/** What `--changed`, `--staged` and `roles diff` say when git cannot answer. */
export const gitMessages = {
  'git.needsRepository': {
    'zh-CN': '{{flag}} 需要 git 仓库：{{detail}}；{{fallback}}',
    en: '{{flag}} needs a git repository: {{detail}}; {{fallback}}',
  },
  'git.fallbackWorkingTree': { 'zh-CN': '改为检查工作区', en: 'checking the working tree instead' },
  'git.fallbackEveryFile': { 'zh-CN': '改为检查所有文件', en: 'checking every file instead' },
  'git.cannotReadHead': {
    'zh-CN': '{{flag}} 无法读取 HEAD；{{fallback}}',
    en: '{{flag}} cannot read HEAD; {{fallback}}',
  },
  'git.withFallback': { 'zh-CN': '{{detail}}；{{fallback}}', en: '{{detail}}; {{fallback}}' },
  'git.cannotListChanged': {
    'zh-CN': 'git 无法列出改动的文件（{{detail}}）；{{fallback}}',
    en: 'git cannot list the changed files ({{detail}}); {{fallback}}',
  },
  'git.configChanged': {
    'zh-CN': '`{{file}}` 有改动，任何文件都可能受影响：检查所有文件',
    en: '`{{file}}` changed, so any file may be affected: checking every file',
  },
  'git.badBase': {
    'zh-CN': '基准 `{{base}}` 无效，应为 git 的提交、分支或标签',
    en: 'Unexpected base `{{base}}`, expected a git commit, branch or tag',
  },
  'git.baseNotFound': {
    'zh-CN': '在本仓库中找不到 `{{base}}`{{hint}}',
    en: 'cannot find `{{base}}` in this repository{{hint}}',
  },
  'git.noDefaultBranch': {
    'zh-CN': '找不到默认分支（{{branches}} 都不存在）：请用 `--base <git 引用>` 指定',
    en: 'cannot find the default branch (none of {{branches}}): name one with `--base <ref>`',
  },
  'git.noSharedHistory': {
    'zh-CN': 'HEAD 与 `{{label}}` 在此克隆中没有共同历史{{hint}}：直接与 `{{label}}` 比较',
    en: 'HEAD and `{{label}}` share no history in this clone{{hint}}: comparing with `{{label}}` itself',
  },
  'git.shallow': {
    'zh-CN': '（这是浅克隆：请获取更多历史，如 `actions/checkout` 加 `fetch-depth: 0`）',
    en: ' (this is a shallow clone: fetch more history, e.g. `actions/checkout` with `fetch-depth: 0`)',
  },
  'git.notWorkTree': {
    'zh-CN': '`{{cwd}}` 不在 git 工作区内（{{detail}}）',
    en: '`{{cwd}}` is not inside a git work tree ({{detail}})',
  },
  'git.notInstalled': { 'zh-CN': '没有安装 git（PATH 中没有 `git`）', en: 'git is not installed (no `git` on PATH)' },
  'git.exited': { 'zh-CN': 'git {{command}} 以 {{status}} 退出', en: 'git {{command}} exited with {{status}}' },
} as const;
