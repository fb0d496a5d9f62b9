import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DEPARTMENT =
  '---\nkind: department\nid: it-dept\nname: 信息技术部\nhead: it-manager\nstatus: approved\n---\n\n## 部门职责\n\n1. 负责信息系统。\n';
const MANAGER = (level: string) =>
  `---\nid: it-manager\ntitle: 信息技术部经理\ndepartment: it-dept\njob_level: ${level}\npurpose: 管理信息技术部。\nstatus: approved\n---\n\n## 职责任务\n\n1. 负责部门管理。\n`;

/** Waits, a bounded number of times, until `condition` holds; no assertion depends on how long it took. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('--watch', () => {
  it('checks again after a file changes, printing the new result, until stopped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roles-watch-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'roles'));
    writeFileSync(path.join(dir, 'roles.config.yaml'), 'roles:\n  - roles\n');
    writeFileSync(path.join(dir, 'roles/it-dept.md'), DEPARTMENT);
    writeFileSync(path.join(dir, 'roles/it-manager.md'), MANAGER('总监'));
    let stdout = '';
    let stderr = '';
    const controller = new AbortController();
    const running = main(['check', '--watch'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: dir,
      env: { NO_COLOR: '1' },
      signal: controller.signal,
    });
    await until(() => stderr.includes('watching for changes'));
    expect(stdout).toContain('Unexpected `总监` for `job_level`');
    stdout = '';
    stderr = '';
    // chokidar is ready once the first run is printed; a second write covers a slow start.
    writeFileSync(path.join(dir, 'roles/it-manager.md'), MANAGER('经理').replace('## 职责任务', '## 岗位职责'));
    await until(() => stdout.includes('section-alias'));
    expect(stdout).toContain('Unexpected section name `岗位职责`, expected `职责任务`');
    expect(stdout).not.toContain('总监');
    controller.abort();
    expect(await running).toBe(0);
  });
});
