import path from 'node:path';
import { cacheKey, openCache } from '../per-file/cache-store.js';
import { cacheSecret } from '../per-file/cache-secret.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import type { Io } from '../io.js';
import { getLocale } from '../i18n/locale.js';
import { resolveToday } from '../config/today.js';
import { check, run, type CheckResult, type RunOptions } from '../run.js';
import { checkingOptionsSchema, type CheckingOptions } from './checking-options.js';
import { memoryCache } from '../per-file/memory-cache.js';
import type { CacheStore } from '../per-file/cache-store.js';
import { createProgress, type Progress } from './progress.js';
import { printDiagnostics } from './print-diagnostics.js';
import { VERSION } from '../version.js';
import { UsageError } from '../usage-error.js';
import { t } from '../i18n/t.js';

/** The cache is only as good as its key: everything but a file's content that its results depend on. */
function openRunCache(io: Io, loaded: LoadedConfig, today: string, location?: string) {
  const { cwd } = io;
  const file = path.resolve(cwd, location ?? path.join(loaded.root, '.rolescache'));
  const secret = cacheSecret(io.env);
  if (!secret) {
    io.stderr.write(`roles: ${t('command.check.noCacheKey')}\n`);
    return undefined;
  }
  const key = cacheKey({ version: VERSION, config: loaded.config, root: loaded.root, cwd, today, locale: getLocale() });
  return openCache(file, key, secret);
}

/** Which rule kinds each checking command runs after schema validation. */
export const CHECK_KINDS = {
  validate: new Set<'document' | 'graph'>(),
  lint: new Set<'document' | 'graph'>(['document']),
  xref: new Set<'document' | 'graph'>(['graph']),
  check: new Set<'document' | 'graph'>(['document', 'graph']),
} as const;

/**
 * `roles check|lint|xref|validate [paths…]`: load, validate, run the chosen rules, print.
 * `--changed` and `--staged` ask git which files to report on (see `planChangedCheck`).
 */
export function checkCommand(
  command: keyof typeof CHECK_KINDS,
  paths: string[],
  rawOptions: unknown,
  io: Io,
): number | Promise<number> {
  const options = checkingOptionsSchema.parse(rawOptions);
  if (!options.watch) return loadParts(options).then((parts) => checkOnce(command, paths, options, io, parts));
  if (options.fix || options.fixDryRun || options.fixSuggestions || options.staged || options.changed)
    throw new UsageError(t('command.check.watchAlone'));
  return watchChecks(command, paths, options, io);
}

/** The code only some runs need: a plain check (a pre-commit hook) loads no git, fix or watcher code. */
interface Parts {
  git?: typeof import('../git/plan-changed-check.js');
  fix?: typeof import('./lint-fix.js');
  write?: typeof import('../write/write-files.js');
}

async function loadParts(options: CheckingOptions): Promise<Parts> {
  const fixing = options.fix || options.fixDryRun || options.fixSuggestions;
  const [git, fix, write] = await Promise.all([
    options.staged || options.changed || options.base !== undefined
      ? import('../git/plan-changed-check.js')
      : undefined,
    fixing ? import('./lint-fix.js') : undefined,
    fixing ? import('../write/write-files.js') : undefined,
  ]);
  return { git, fix, write };
}

async function watchChecks(
  command: keyof typeof CHECK_KINDS,
  paths: string[],
  options: CheckingOptions,
  io: Io,
): Promise<number> {
  const [{ watchRuns }, parts] = await Promise.all([import('./watch.js'), loadParts(options)]);
  // Kept between runs: a change costs the changed files' parsing and linting, then the graph.
  let cache = memoryCache();
  const loaded = loadConfig(io.cwd, options.config);
  return watchRuns(io, {
    paths: watchedPaths(io.cwd, loaded, paths),
    runOnce: () => void checkOnce(command, paths, options, io, parts, cache),
    onConfigChange: () => {
      cache = memoryCache();
    },
  });
}

/** The role folders, the paths named and the config file: what a change to should re-run. */
export function watchedPaths(cwd: string, loaded: LoadedConfig, paths: readonly string[]): string[] {
  const folders = loaded.config.roles.map((entry) => path.resolve(loaded.root, entry.replace(/[*?[{].*$/, '')));
  const named = paths.map((entry) => path.resolve(cwd, entry.replace(/[*?[{].*$/, '')));
  return [...new Set([...folders, ...named, ...(loaded.file ? [loaded.file] : [])])];
}

function checkOnce(
  command: keyof typeof CHECK_KINDS,
  paths: string[],
  options: CheckingOptions,
  io: Io,
  { git, fix, write }: Parts,
  memory?: CacheStore,
): number {
  if (options.staged && (options.changed || options.base !== undefined)) {
    throw new UsageError(t('command.check.stagedWithChanged'));
  }
  const fixing = options.fix || options.fixDryRun || options.fixSuggestions;
  if (options.fixSuggestions && options.fixDryRun) throw new UsageError(t('command.check.suggestionsWithDryRun'));
  if (fixing && options.staged) {
    throw new UsageError(t('command.check.fixWithStaged'));
  }
  const loaded = loadConfig(io.cwd, options.config);
  if (fixing && !options.fixDryRun) write!.finishInterruptedWrite(loaded.root);
  const gitScoped = options.staged || options.changed || options.base !== undefined;
  const plan = gitScoped
    ? git!.planChangedCheck({ cwd: io.cwd, loaded, staged: options.staged, base: options.base })
    : { notices: [] };
  for (const notice of plan.notices) io.stderr.write(`roles: ${notice}\n`);
  const today = resolveToday(io.env);
  // --fix rewrites files and re-checks them itself; it neither reads nor writes the cache.
  const cache =
    memory ?? (options.cache && !fixing ? openRunCache(io, loaded, today, options.cacheLocation) : undefined);
  const human = (options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish')) === 'stylish';
  // Without fixes, a warm cache where nothing changed answers without parsing anything (`check`).
  const runOnce = <Result>(engine: (runOptions: RunOptions) => Result): Result => {
    const progress = createProgress(io, human && options.output === undefined);
    try {
      return engine(runOptions(progress));
    } finally {
      progress?.end();
    }
  };
  const runOptions = (progress: Progress | undefined): RunOptions => ({
    cwd: io.cwd,
    targets: paths,
    loaded,
    kinds: CHECK_KINDS[command],
    readSource: plan.readSource,
    selectScope: plan.selectScope,
    ...(plan.selectFiles ? { selectFiles: plan.selectFiles } : {}),
    today,
    cache,
    env: io.env,
    fix: fixing,
    ...(progress ? { onProgress: (done: number, total: number) => progress.tick(done, total) } : {}),
  });
  let result: CheckResult;
  if (options.fixSuggestions) {
    let fixed = runOnce(run);
    // Suggestions span the schema, graph and per-file rules: write them (with the fixes), then check everything again.
    // A renamed key can reveal a value to fix (`report_to: 主管` becomes `reports_to: 主管`): a few passes.
    for (let pass = 0; pass < 3 && fix!.writeSuggestions(fixed, loaded.root, io.cwd) > 0; pass++) fixed = runOnce(run);
    result = fixed;
  } else result = runOnce(fixing ? run : check);
  // The run fixed the files in memory and checked them again; what remains is printed as usual.
  if (fixing) fix!.writeFixes(result, loaded.root, io, options.fixDryRun);
  const { diagnostics } = result;
  if (cache?.problem) io.stderr.write(`roles: ${t('command.check.notCached', { problem: cache.problem })}\n`);
  if (plan.selectScope && result.fileCount === 0)
    io.stderr.write(`roles: ${t('command.check.nothingChanged', { against: plan.against ?? '' })}\n`);
  return printDiagnostics(io, options.format, diagnostics, result.fileCount, {
    files: result.files,
    output: options.output,
    maxWarnings: options.maxWarnings,
    quiet: options.quiet,
    showDocs: options.showDocs,
  });
}
