import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import { memoryCache } from '../per-file/memory-cache.js';
import type { CacheStore } from '../per-file/cache-store.js';
import { watchRuns } from './watch.js';
import type { Io } from '../io.js';
import { terminalColumns, wantsColor } from '../io.js';
import { buildReport } from '../report/build-report.js';
import { renderReport } from '../report/render-report.js';
import { REPORT_FORMATS, REPORT_VIEWS } from '../report/report.js';
import { UsageError } from '../usage-error.js';
import { writeOutput } from './write-output.js';
import { run } from '../run.js';
import { STATUSES } from '../schema/role-schema.js';
import { CHECK_KINDS, watchedPaths } from './check.js';
import { resolveToday } from '../config/today.js';
import { runGit } from '../git/run-git.js';
import { getLocale } from '../i18n/locale.js';
import { renderDocx } from '../report/render/docx.js';
import { renderHtml } from '../report/render/html.js';
import type { Report } from '../report/report.js';
import { t } from '../i18n/t.js';

const reportOptionsSchema = z.object({
  // `stylish` is the CLI's name for the terminal tables the report renderer calls `table`.
  format: z
    .enum([...REPORT_FORMATS, 'stylish'])
    .default('stylish')
    .transform((format) => (format === 'stylish' ? 'table' : format)),
  config: z.string().optional(),
  output: z.string().min(1).optional(),
  department: z.string().optional(),
  level: z.string().optional(),
  status: z.enum(STATUSES).optional(),
  groupBy: z.enum(['department', 'level']).default('department'),
  /** Build the report again after each change to the role files or the configuration. */
  watch: z.boolean().default(false),
  all: z.boolean().optional(),
});

/** The views that take a role id. */
const ID_VIEWS = new Set(['role', 'card']);
/** Which views print as which binary documents. */
const BINARY_VIEWS: Record<'pdf' | 'docx', ReadonlySet<string>> = {
  pdf: new Set(['card', 'handbook', 'summary', 'tree', 'role', 'skills', 'requirements', 'careers', 'compliance']),
  docx: new Set(['card', 'handbook']),
};

/** `roles report [view] [id]`: run every check, build the view, render it, print it or write it to a file. */
export function reportCommand(
  view: string | undefined,
  id: string | undefined,
  rawOptions: unknown,
  io: Io,
): Promise<number> {
  const options = reportOptionsSchema.parse(rawOptions);
  if (!options.watch) return reportOnce(view, id, options, io);
  let cache = memoryCache();
  return watchRuns(io, {
    paths: watchedPaths(io.cwd, loadConfig(io.cwd, options.config), []),
    runOnce: () =>
      void reportOnce(view, id, options, io, cache).catch((error: unknown) => {
        io.stderr.write(`roles: ${(error as Error).message}\n`);
      }),
    onConfigChange: () => {
      cache = memoryCache();
    },
  });
}

async function reportOnce(
  view: string | undefined,
  id: string | undefined,
  options: z.infer<typeof reportOptionsSchema>,
  io: Io,
  cache?: CacheStore,
): Promise<number> {
  const chosen = z.enum(REPORT_VIEWS).parse(view ?? 'summary');
  if (id !== undefined && !ID_VIEWS.has(chosen))
    throw new UsageError(t('command.report.idForView', { id, view: chosen }));
  if (options.all && chosen !== 'card') throw new UsageError(t('command.report.allForView', { view: chosen }));
  if (options.all && id !== undefined) throw new UsageError(t('command.report.idWithAll', { id }));
  const binary = options.format === 'pdf' || options.format === 'docx' ? options.format : null;
  if (binary && !BINARY_VIEWS[binary].has(chosen))
    throw new UsageError(
      t('command.report.binaryForView', {
        format: binary,
        view: chosen,
        views: [...BINARY_VIEWS[binary]].map((name) => `\`${name}\``).join(t('list.separator')),
      }),
    );
  if (binary && options.output === undefined && io.stdout.isTTY)
    throw new UsageError(t('command.report.binaryOnTerminal', { format: binary }));
  const loaded = loadConfig(io.cwd, options.config);
  // The same checks as `roles check`, with the same pinned date and thread settings.
  const checked = run({
    cwd: io.cwd,
    targets: [],
    loaded,
    kinds: CHECK_KINDS.check,
    today: resolveToday(io.env),
    env: io.env,
    ...(cache ? { cache } : {}),
  });
  const filters = {
    ...(options.department !== undefined ? { department: options.department } : {}),
    ...(options.level !== undefined ? { level: options.level } : {}),
    ...(options.status !== undefined ? { status: options.status } : {}),
  };
  const report = buildReport(
    {
      view: chosen,
      ...(id !== undefined ? { id } : {}),
      ...(options.all ? { all: true } : {}),
      language: getLocale(),
      ...(chosen === 'handbook' ? { edition: { date: resolveToday(io.env), version: sourceVersion(io.cwd) } } : {}),
      filters,
      groupBy: options.groupBy,
    },
    checked,
    loaded.config.levels,
  );
  const toFile = options.output !== undefined;
  const output = binary
    ? await printBinary(report, binary, io)
    : renderReport(report, options.format, {
        color: !toFile && wantsColor(io.stdout, io.env),
        columns: terminalColumns(toFile ? {} : io.stdout, io.env),
      });
  const syntax =
    options.format === 'markdown' ? 'markdown' : ['html', 'svg'].includes(options.format) ? 'markup' : 'text';
  writeOutput(io, options.output, output, syntax);
  return 0;
}

/** PDF through headless Chromium (one browser, closed whatever happens), Word through the docx library. */
async function printBinary(report: Report, format: 'pdf' | 'docx', io: Io): Promise<Uint8Array> {
  if (format === 'docx') return renderDocx(report);
  const [{ openBrowser }, { printReport }] = await Promise.all([
    import('../print/open-browser.js'),
    import('../print/print-pdf.js'),
  ]);
  let browser;
  try {
    browser = await openBrowser(io.env);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t('command.report.noChromium', { detail: (error as Error).message.split('\n')[0]! }));
  }
  try {
    return await printReport(browser, renderHtml(report));
  } finally {
    await browser.close();
  }
}

/** The version of the role files: `git describe` of the working tree, empty outside a git repository. */
export function sourceVersion(cwd: string): string {
  const described = runGit(['describe', '--tags', '--always', '--dirty'], cwd);
  return described.ok ? described.stdout.toString('utf8').trim() : '';
}
