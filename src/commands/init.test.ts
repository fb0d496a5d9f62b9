import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runCli } from '../../test/run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function emptyDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-init-'));
  dirs.push(dir);
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('roles init', () => {
  it('starts a repository that roles check passes, and roles new adds to', async () => {
    const dir = emptyDir();
    const init = await runCli(['init', '--action', 'example/roles@v1'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(listFiles(dir)).toEqual([
      '.github/workflows/roles.yml',
      '.gitignore',
      '.pre-commit-config.yaml',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'roles.config.yaml',
      'roles/departments/human-resources.md',
      'roles/human-resources/hr-manager.md',
    ]);
    expect(readFileSync(path.join(dir, 'roles.config.yaml'), 'utf8')).toContain('# 职级，从低到高');
    const workflow = YAML.parse(readFileSync(path.join(dir, '.github/workflows/roles.yml'), 'utf8'));
    expect(workflow.jobs.check.steps[1].uses).toBe('example/roles@v1');
    const preCommit = YAML.parse(readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8'));
    expect(preCommit.repos[0].hooks[0]).toMatchObject({ id: 'roles-check', pass_filenames: false });
    for (const file of ['.vscode/settings.json', '.vscode/extensions.json'])
      expect(() => JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).not.toThrow();
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toContain('\n.rolescache\n');

    expect((await runCli(['fmt', '--check'], dir)).code).toBe(0);
    const check = await runCli(['check'], dir);
    expect(check).toMatchObject({ code: 0, stdout: '' });
    const created = await runCli(
      ['new', '网络安全主管', '--department', '人力资源部', '--reports-to', 'hr-manager', '--level', '主管'],
      dir,
    );
    expect(created.code).toBe(0);
    expect((await runCli(['check'], dir)).code).toBe(0);
  });

  it('writes into a new folder, and says the workflow needs the action when none is given', async () => {
    const dir = emptyDir();
    const result = await runCli(['init', 'hr'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Created hr/roles.config.yaml');
    expect(result.stderr).toBe(
      'roles: set `uses:` in hr/.github/workflows/roles.yml to the roles action (<owner>/<repo>@<ref>), or run init with --action\n',
    );
    expect((await runCli(['check'], path.join(dir, 'hr'))).code).toBe(0);
  });

  it('refuses to overwrite anything and then writes nothing', async () => {
    const dir = emptyDir();
    mkdirSync(path.join(dir, '.vscode'));
    writeFileSync(path.join(dir, '.vscode/settings.json'), '{"mine": true}\n');
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
    const result = await runCli(['init'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roles: Unexpected existing `.gitignore`, `.vscode/settings.json`, expected a folder without them: nothing was written\n',
    );
    expect(listFiles(dir)).toEqual(['.gitignore', '.vscode/settings.json']);
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n');
    expect(existsSync(path.join(dir, 'roles'))).toBe(false);
  });
});
