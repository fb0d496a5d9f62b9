import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The CLI runs git with this process's environment: keep the user's and a surrounding hook's settings out of the tests.
for (const name of [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_COMMON_DIR',
  'GIT_PREFIX',
])
  delete process.env[name];
process.env.GIT_CONFIG_NOSYSTEM = '1';
process.env.GIT_CONFIG_GLOBAL = path.join(tmpdir(), 'roles-test-no-gitconfig');
process.env.GIT_AUTHOR_DATE = process.env.GIT_COMMITTER_DATE = '2026-01-01T00:00:00Z';

/** A real git repository in a temporary folder, configured locally, on branch `main`. */
export interface TestRepository {
  dir: string;
  /** Runs git there and returns its standard output. */
  git(...args: string[]): string;
  /** Writes files (path → text or bytes), creating folders. */
  write(files: Record<string, string | Uint8Array>): void;
  remove(...files: string[]): void;
  /** Stages everything and commits. */
  commit(message: string): void;
  /**
   * A copy of the repository as it is now, history and all, in a folder of its own: setting up once
   * per test file (see `createTemplate`).
   */
  copy(): TestRepository;
  cleanup(): void;
}

export function createRepository(): TestRepository {
  const repository = repositoryAt(mkdtempSync(path.join(tmpdir(), 'roles-git-')));
  repository.git('init', '--quiet', '--initial-branch=main');
  repository.git('config', 'user.name', 'Test');
  repository.git('config', 'user.email', 'test@example.invalid');
  repository.git('config', 'commit.gpgsign', 'false');
  return repository;
}

/**
 * A repository holding `files` in one commit, `base`, packed so that each `copy()` writes one pack
 * instead of a file per object: what a test file makes once and copies for each test.
 */
export function createTemplate(files: Record<string, string | Uint8Array>): TestRepository {
  const template = createRepository();
  template.write(files);
  template.commit('base');
  template.git('repack', '-a', '-d', '-q');
  return template;
}

function repositoryAt(dir: string): TestRepository {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    dir,
    git,
    write(files) {
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), content);
      }
    },
    remove(...files) {
      for (const file of files) rmSync(path.join(dir, file), { force: true });
    },
    commit(message) {
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '-m', message);
    },
    copy() {
      const copy = mkdtempSync(path.join(tmpdir(), 'roles-git-'));
      // git's sample hooks are inert: leaving them out makes a third fewer files to write and remove per copy.
      cpSync(dir, copy, { recursive: true, filter: (source) => !source.endsWith('.sample') });
      return repositoryAt(copy);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A role file: the front-matter lines given, in order, then a `## 职责任务` body. */
export function roleFile(lines: string[], body = '## 职责任务\n\n1. 负责测试。\n'): string {
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/**
 * A small organisation: department `center` headed by `boss`; `a` and `b` report to `boss`,
 * `c` to `a`. Line numbers in assertions count from the `---` on line 1.
 */
export function organisation(): Record<string, string> {
  const role = (id: string, title: string, level: string, extra: string[]) =>
    roleFile([
      `id: ${id}`,
      `title: ${title}`,
      'department: center',
      `job_level: ${level}`,
      ...extra,
      `purpose: ${title}的工作。`,
      'status: approved',
    ]);
  return {
    'roles.config.yaml': 'roles: [roles]\n',
    'roles/center.md': `---\nkind: department\nid: center\nname: 支撑中心\nhead: boss\nstatus: approved\n---\n\n## 部门职责\n\n1. 负责支撑。\n`,
    'roles/boss.md': role('boss', '中心经理', '经理', ['headcount: 1', 'direct_reports: [a, b]']),
    'roles/a.md': role('a', '产品支撑主管', '主管', ['reports_to: boss', 'headcount: 1', 'direct_reports: [c]']),
    'roles/b.md': role('b', '业务配置主管', '主管', ['reports_to: boss', 'headcount: 1']),
    'roles/c.md': role('c', '业务配置主办', '主办', ['reports_to: a', 'headcount: 2']),
  };
}
