import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import type { Io } from '../io.js';
import { terminalColumns, wantsColor } from '../io.js';
import { buildReport } from '../report/build-report.js';
import { renderReport } from '../report/render-report.js';
import { REPORT_FORMATS, REPORT_VIEWS } from '../report/report.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { run } from '../run.js';
import { STATUSES } from '../schema/role-schema.js';
import { CHECK_KINDS } from './check.js';
import { resolveToday } from '../config/today.js';

const reportOptionsSchema = z.object({
  format: z.enum(REPORT_FORMATS).default('table'),
  config: z.string().optional(),
  output: z.string().min(1).optional(),
  department: z.string().optional(),
  level: z.string().optional(),
  status: z.enum(STATUSES).optional(),
  groupBy: z.enum(['department', 'level']).default('department'),
});

/** `roles report [view] [id]`: run every check, build the view, render it, print it or write it to a file. */
export function reportCommand(view: string | undefined, id: string | undefined, rawOptions: unknown, io: Io): number {
  const options = reportOptionsSchema.parse(rawOptions);
  const chosen = z.enum(REPORT_VIEWS).parse(view ?? 'summary');
  if (id !== undefined && chosen !== 'role')
    throw new UsageError(
      `Unexpected argument \`${id}\` for the \`${chosen}\` view, expected only \`roles report role <id>\` to name a role`,
    );
  const loaded = loadConfig(io.cwd, options.config);
  // The same checks as `roles check`, with the same pinned date and thread settings.
  const checked = run({
    cwd: io.cwd,
    targets: [],
    loaded,
    kinds: CHECK_KINDS.check,
    today: resolveToday(io.env),
    env: io.env,
  });
  const filters = {
    ...(options.department !== undefined ? { department: options.department } : {}),
    ...(options.level !== undefined ? { level: options.level } : {}),
    ...(options.status !== undefined ? { status: options.status } : {}),
  };
  const report = buildReport(
    { view: chosen, ...(id !== undefined ? { id } : {}), filters, groupBy: options.groupBy },
    checked,
    loaded.config.levels,
  );
  const toFile = options.output !== undefined;
  const output = renderReport(report, options.format, {
    color: !toFile && wantsColor(io.stdout, io.env),
    columns: terminalColumns(toFile ? {} : io.stdout, io.env),
  });
  if (!toFile) io.stdout.write(output);
  else {
    try {
      writeFileAtomic(path.resolve(io.cwd, options.output!), output);
    } catch (error) {
      throw new UsageError(
        `Cannot write \`${options.output}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  }
  return 0;
}
