import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-dir.js';

const DEPARTMENT =
  '---\nkind: department\nid: it-dept\nname: 信息技术部\naliases:\n  - 信息部\nhead: it-manager\nstatus: approved\n---\n\n## 部门职责\n\n1. 负责信息系统。\n';
/** The manager's file as the project holds it, for tests that check what a command changed in it. */
export const IT_MANAGER =
  '---\nid: it-manager\ntitle: 信息技术部经理\ndepartment: it-dept\ndirect_reports:\n  - it-officer\njob_level: 经理\npurpose: 管理信息技术部。\nstatus: approved\n---\n\n## 职责任务\n\n1. 负责部门管理。\n';
const OFFICER =
  '---\nid: it-officer\ntitle: 信息专员\ndepartment: it-dept\nreports_to: it-manager\njob_level: 专员\npurpose: 维护系统。\nstatus: approved\n---\n\n## 职责任务\n\n1. 负责系统维护。\n';

/**
 * A temporary project with one department (信息技术部), its manager (who keeps `direct_reports`)
 * and one officer, for the commands that add files to a project (`new`, `import`).
 */
export function itProject(prefix: string, config = 'roles:\n  - roles\n'): string {
  const dir = tempDir(prefix);
  const files = {
    'roles.config.yaml': config,
    'roles/departments/it-dept.md': DEPARTMENT,
    'roles/it/it-manager.md': IT_MANAGER,
    'roles/it/it-officer.md': OFFICER,
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** Every file under `dir`, as sorted `/`-separated relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
