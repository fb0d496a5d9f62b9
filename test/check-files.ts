import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configSchema, type ConfigInput } from '../src/config/config-schema.js';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { setLocale, type Locale } from '../src/i18n/locale.js';
import { run } from '../src/run.js';

export interface CheckFilesOptions {
  config?: ConfigInput;
  /** Keep only this rule's diagnostics. */
  rule?: string;
  /** Paths to check, relative to the project (default: all). */
  targets?: string[];
  /** Which rules run after the schema (default: graph rules, as `roles xref`). */
  kinds?: ReadonlySet<'document' | 'graph'>;
  /** The language of the messages (default: English; the setup file resets it before each test). */
  locale?: Locale;
}

/**
 * Writes files (path → text, relative to a fresh project folder) and runs the real pipeline
 * over them, as `roles xref` would; returns compact `file:line:col rule message` strings.
 */
export function checkFiles(files: Record<string, string>, options: CheckFilesOptions = {}): string[] {
  return checkFilesFull(files, options).map(compact);
}

/** Like `checkFiles`, with the whole diagnostics (related locations included). */
export function checkFilesFull(files: Record<string, string>, options: CheckFilesOptions = {}): Diagnostic[] {
  if (options.locale) setLocale(options.locale);
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-check-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const loaded = { config: configSchema.parse(options.config ?? {}), root: dir };
    const kinds = options.kinds ?? new Set(['graph'] as const);
    const { diagnostics } = run({ cwd: dir, targets: options.targets ?? [], loaded, kinds });
    return diagnostics.filter((d) => options.rule === undefined || d.rule === options.rule);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function compact(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`;
}

const ROLE_DEFAULTS: Array<[key: string, value: (id: string) => string]> = [
  ['title', (id) => `岗位 ${id}`],
  ['department', () => 'center'],
  ['job_level', () => '主管'],
  ['purpose', () => '测试。'],
  ['status', () => 'approved'],
];
const DEPARTMENT_DEFAULTS: Array<[key: string, value: (id: string) => string]> = [
  ['kind', () => 'department'],
  ['name', (id) => `部门 ${id}`],
  ['status', () => 'approved'],
];

/**
 * Files for `checkFiles`, one per front matter given (its first line `id: x` names the file
 * `roles/x.md`). The lines given come first, from line 2, so positions are easy to read;
 * required keys they leave out follow with defaults. A front matter with `kind: department` or
 * `name:` is a department and gets the department defaults instead.
 */
export function project(...frontMatters: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const frontMatter of frontMatters) {
    const id = /^id: *(.*)$/m.exec(frontMatter)?.[1]?.trim() ?? 'unnamed';
    const isDepartment = /^(kind: *department|name:)/m.test(frontMatter);
    const defaults = isDepartment ? DEPARTMENT_DEFAULTS : ROLE_DEFAULTS;
    const missing = defaults
      .filter(([key]) => !new RegExp(`^${key}:`, 'm').test(frontMatter))
      .map(([key, value]) => `${key}: ${value(id)}\n`);
    const body = isDepartment ? '## 部门职责\n\n1. 测试。\n' : '## 职责任务\n\n1. 测试。\n';
    files[`roles/${id}.md`] = `---\n${frontMatter.replace(/\n?$/, '\n')}${missing.join('')}---\n\n${body}`;
  }
  return files;
}
