import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createRepository, organisation, type TestRepository } from './git-repo.js';
import { runCli } from './run-cli.js';

const ROOT = path.join(import.meta.dirname, '..');
const read = (file: string) => YAML.parse(readFileSync(path.join(ROOT, file), 'utf8')) as unknown;

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

/**
 * The roles commands a shell script runs: the words after `node "$ROLES"` (or `node bin/roles.js`),
 * with `$VARS` expanded from `env`, up to a redirection or `||`. Enough for the scripts we ship.
 */
function rolesCommands(script: string, env: Record<string, string>): string[][] {
  const commands: string[][] = [];
  for (const line of script.split('\n')) {
    const match = /^\s*node (?:"\$ROLES"|bin\/roles\.js) (.*)$/.exec(line);
    if (!match) continue;
    const words: string[] = [];
    for (const [, quoted, bare] of match[1]!.matchAll(/"([^"]*)"|(\S+)/g)) {
      if (bare !== undefined && /^(>>?|\|\|?|&&|;)$/.test(bare)) break;
      const expanded = (quoted ?? bare!).replace(/\$(\w+)/g, (_, name: string) => env[name] ?? '');
      // An unquoted variable splits into words; an empty one vanishes.
      if (quoted !== undefined) words.push(expanded);
      else words.push(...expanded.split(/\s+/).filter(Boolean));
    }
    commands.push(words);
  }
  return commands;
}

describe('ready-made setups', () => {
  let repo: TestRepository;
  let base: string;

  beforeEach(() => {
    repo = createRepository();
    repo.write(organisation());
    repo.commit('base');
    base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '--quiet', '-b', 'pull-request');
    // The pull request moves c under b without telling a: a cross-file error on a file it did not touch.
    const c = path.join(repo.dir, 'roles/c.md');
    writeFileSync(c, readFileSync(c, 'utf8').replace('reports_to: a', 'reports_to: b'));
    repo.commit('move c');
  });
  afterEach(() => repo.cleanup());

  it('action.yml: a composite action whose commands exist in the CLI and do what the steps say', async () => {
    const action = read('action.yml') as {
      runs: { using: string; steps: Step[] };
      inputs: Record<string, { default?: string }>;
    };
    expect(action.runs.using).toBe('composite');
    expect(action.inputs.base!.default).toBe('${{ github.event.pull_request.base.sha }}');
    const scripts = action.runs.steps.filter((step) => step.run?.includes('$ROLES'));
    expect(scripts.map((step) => step.env?.ROLES)).toEqual([
      '${{ github.action_path }}/bin/roles.js',
      '${{ github.action_path }}/bin/roles.js',
    ]);
    expect(scripts[1]!.if).toBe('always()');

    const commands = scripts.flatMap((step) =>
      rolesCommands(step.run!, { BASE: base, PATHS: '', CHANGED_ONLY: 'true', LANGUAGE: 'en' }),
    );
    expect(commands).toEqual([
      ['check', '--format', 'github', '--changed', '--base', base],
      ['check', '--format', 'github'],
      ['diff', base, 'HEAD', '--format', 'markdown', '--lang', 'en', '-o', '/roles-diff.md'],
      ['diff', base, 'HEAD', '--format', 'markdown', '-o', '/roles-diff.md'],
    ]);
    const annotation =
      '::error file=roles/a.md,line=8,col=18,endLine=8,endColumn=19,title=reports-both-ways::Unexpected `c` in `direct_reports`: `c` reports to `b`, expected both sides to agree (`reports_to: a` in `roles/c.md`, or `c` left out here)%0A↳ roles/c.md:6:13 `c` reports to `b` here\n';
    for (const command of commands.slice(0, 2)) {
      expect(await runCli(command, repo.dir, { GITHUB_ACTIONS: 'true' })).toEqual({
        code: 1,
        stdout: annotation,
        stderr: '',
      });
    }
    const summary = await runCli(commands[2]!.slice(0, -2), repo.dir);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('| 业务配置主办<br>c |');
  });

  it.skipIf(!existsSync(path.join(ROOT, 'dist', 'cli.js')))(
    'action.yml: its scripts run in bash as GitHub would run them',
    () => {
      const action = read('action.yml') as { runs: { steps: Step[] } };
      const [check, summarise] = action.runs.steps.filter((step) => step.run?.includes('$ROLES'));
      const summary = path.join(mkdtempSync(path.join(tmpdir(), 'roles-summary-')), 'summary.md');
      writeFileSync(summary, '');
      const env = {
        ...process.env,
        ROLES: path.join(ROOT, 'bin', 'roles.js'),
        BASE: base,
        PATHS: '',
        CHANGED_ONLY: 'false',
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: path.dirname(summary),
        LANGUAGE: '',
      };
      const checked = spawnSync('bash', ['-e', '-c', check!.run!], { cwd: repo.dir, env, encoding: 'utf8' });
      expect(checked.status).toBe(1);
      expect(checked.stdout).toMatch(/^::error file=roles\/a\.md,line=8,col=18,/);
      const summarised = spawnSync('bash', ['-e', '-c', summarise!.run!], { cwd: repo.dir, env, encoding: 'utf8' });
      expect(summarised.status, summarised.stderr).toBe(0);
      expect(readFileSync(summary, 'utf8')).toMatch(
        /^# Organisation changes: [0-9a-f]{40} → HEAD\n\nReporting lines moved: 1\.\n/,
      );
      rmSync(path.dirname(summary), { recursive: true, force: true });
    },
  );

  it('examples/github-workflow.yml: checks out with history, uses the action, and its SARIF command works', async () => {
    const workflow = read('examples/github-workflow.yml') as { jobs: { check: { steps: Step[] } } };
    const steps = workflow.jobs.check.steps;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(steps[1]).toMatchObject({ uses: './', with: { base: '${{ github.event.pull_request.base.sha }}' } });
    const commands = steps.flatMap((step) => (step.run ? rolesCommands(step.run, {}) : []));
    expect(commands).toEqual([['check', '--format', 'sarif', '--output', 'roles.sarif']]);
    expect(await runCli(commands[0]!, repo.dir)).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'roles.sarif'), 'utf8')) as {
      version: string;
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(1);
    expect(steps[3]).toMatchObject({
      uses: 'github/codeql-action/upload-sarif@v3',
      with: { sarif_file: 'roles.sarif' },
    });
  });

  it('.pre-commit-hooks.yaml: the roles-check hook runs `roles check` on the Markdown files', async () => {
    const hooks = read('.pre-commit-hooks.yaml') as Array<{
      id: string;
      entry: string;
      language: string;
      files: string;
      pass_filenames: boolean;
    }>;
    expect(hooks.map((hook) => hook.id)).toEqual(['roles-check']);
    const [hook] = hooks;
    expect(hook).toMatchObject({ entry: 'roles check', language: 'node', files: '\\.md$', pass_filenames: false });
    const pattern = new RegExp(hook!.files);
    expect(['roles/a.md', 'README.md'].map((file) => pattern.test(file))).toEqual([true, true]);
    expect(pattern.test('roles.config.yaml')).toBe(false);
    // `language: node` installs the package; its `roles` executable is what `entry` names.
    const [executable, ...args] = hook!.entry.split(' ');
    expect(
      (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin[
        executable!
      ],
    ).toBe('bin/roles.js');
    expect((await runCli(args, repo.dir)).code).toBe(1);
    repo.git('checkout', '--quiet', 'main');
    // A clean run prints nothing on stdout; stderr has the one-line summary.
    expect(await runCli(args, repo.dir)).toEqual({ code: 0, stdout: '', stderr: '✔ 5 files, no problems\n' });
  });
});
