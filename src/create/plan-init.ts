import { VERSION } from '../version.js';
import type { TemplateLanguage } from '../i18n/field-hints.js';

/** One file `roles init` writes, relative to the new project's folder. */
export interface InitFile {
  path: string;
  content: string;
}

const CONFIG = {
  'zh-CN': `# roles 的配置（见 roles 的 README）。路径相对于本文件。
# 岗位文件和部门文件所在的文件夹，可以写多个。
roles:
  - roles

# 职级，从低到高；岗位文件的 job_level 取其中之一。
levels: [助理, 专员, 主办, 主管, 副经理, 经理]

# 可以没有上级的岗位：每条汇报线一个根。为空时，每个组织只能有一个根。
roots: []

# 规则的级别：off、warning 或 error（roles rules 列出全部规则）。
# rules:
#   stale-analysis-date: off
`,
  en: `# Configuration of roles (see the roles README). Paths are relative to this file.
# The folders holding the role and department files; there may be several.
roles:
  - roles

# Job levels, lowest first; job_level in a role file is one of them.
levels: [助理, 专员, 主办, 主管, 副经理, 经理]

# Roles allowed to have no superior: one root per reporting line. Empty means one root per organisation.
roots: []

# Rule severities: off, warning or error (roles rules lists every rule).
# rules:
#   stale-analysis-date: off
`,
};

const DEPARTMENT = {
  'zh-CN': '示例部门（由 roles init 生成）：改成你们自己的部门，或删除。',
  en: 'Example department (made by roles init): make it your own, or delete it.',
};
const ROLE = {
  'zh-CN': '示例岗位（由 roles init 生成）：改成你们自己的岗位，或删除。新岗位用 roles new 创建。',
  en: 'Example role (made by roles init): make it your own, or delete it. Create new roles with roles new.',
};

const WORKFLOW = (
  action: string,
) => `# Checks the role files of each pull request with annotations, and writes what the change does to
# the organisation (roles diff) to the job summary.
name: roles
on:
  pull_request:
    paths: ['roles/**', 'roles.config.yaml']
jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the base commit, for roles diff and --changed
      # The roles action (action.yml of the roles repository).
      - uses: ${action}
        with:
          base: \${{ github.event.pull_request.base.sha }}
`;

const PRE_COMMIT = `# pre-commit (https://pre-commit.com): roles check before each commit that touches a Markdown file.
# pre-commit stashes what is not staged, so roles checks exactly what is committed.
repos:
  - repo: local
    hooks:
      - id: roles-check
        name: roles check
        entry: npx --no-install roles check
        language: system
        files: \\.md$
        pass_filenames: false
`;

const VSCODE_SETTINGS = `{
  "yaml.schemas": {
    "./node_modules/roles/schemas/config.schema.json": "roles.config.yaml"
  },
  "files.associations": {
    ".rolescache": "json"
  },
  "[markdown]": {
    "editor.wordWrap": "on"
  }
}
`;

const VSCODE_EXTENSIONS = `{
  "recommendations": ["redhat.vscode-yaml", "roles.roles-vscode"]
}
`;

/**
 * The files of a new role repository: a commented config, one department and one role that pass
 * \`roles check\`, a GitHub workflow using the roles action, a pre-commit entry, \`.gitignore\` for the
 * cache, and VS Code settings. \`action\` is what the workflow's \`uses:\` names.
 */
export function planInit(language: TemplateLanguage, action = `OWNER/roles@v${VERSION}`): InitFile[] {
  return [
    { path: 'roles.config.yaml', content: CONFIG[language] },
    {
      path: 'roles/departments/human-resources.md',
      content: `---
kind: department
id: human-resources
name: 人力资源部
name_en: Human Resources
head: hr-manager
status: draft
---

<!-- ${DEPARTMENT[language]} -->

## 部门职责

1. 负责公司岗位体系和岗位说明书的编写、审核与维护。
2. 负责招聘、培训和绩效管理工作。
`,
    },
    {
      path: 'roles/human-resources/hr-manager.md',
      content: `---
id: hr-manager
title: 人力资源部经理
title_en: Human Resources Manager
department: human-resources
job_level: 经理
purpose: 领导人力资源部，维护公司的岗位体系和岗位说明书。
status: draft
---

<!-- ${ROLE[language]} -->

## 职责任务

1. 负责组织编写和审核各岗位的岗位说明书。
2. 负责制定招聘、培训和绩效管理计划并组织实施。
`,
    },
    { path: '.github/workflows/roles.yml', content: WORKFLOW(action) },
    { path: '.pre-commit-config.yaml', content: PRE_COMMIT },
    { path: '.gitignore', content: '# The cache of roles check --cache\n.rolescache\n' },
    { path: '.vscode/settings.json', content: VSCODE_SETTINGS },
    { path: '.vscode/extensions.json', content: VSCODE_EXTENSIONS },
  ];
}
