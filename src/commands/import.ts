import { createTwoFilesPatch } from 'diff';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import { resolveReference } from '../create/resolve-reference.js';
import { t } from '../i18n/t.js';
import type { Label } from '../import/labels.js';
import { planImport } from '../import/plan-import.js';
import { MAP_FIELDS, mapLabel } from '../import/read-sheet.js';
import { readSource, SourceError } from '../import/read-source.js';
import type { SourceRole } from '../import/source-role.js';
import { terminalColumns, type Io } from '../io.js';
import { showControls } from '../text/show-controls.js';
import { wrapText } from '../text/wrap-text.js';
import { run } from '../run.js';
import { UsageError } from '../usage-error.js';
import { writePlanned } from '../write/write-planned.js';
import { CHECK_KINDS } from './check.js';
import { printDiagnostics } from './print-diagnostics.js';
import { finishInterruptedWrite } from '../write/write-files.js';

const optionsSchema = z.object({
  department: z.string().min(1).optional(),
  into: z.string().min(1).optional(),
  dryRun: z.boolean().default(false),
  map: z.array(z.string()).default([]),
  config: z.string().optional(),
});

/**
 * `roles import <files…>`: reads Word forms, position lists and text into role files, resolves
 * titles to ids, writes every file or none, then checks the new files. Each guess it made is a
 * note in its file and a line of the summary.
 */
export async function importCommand(files: string[], rawOptions: unknown, io: Io): Promise<number> {
  const options = optionsSchema.parse(rawOptions);
  const loaded = loadConfig(io.cwd, options.config);
  if (!options.dryRun) finishInterruptedWrite(loaded.root);
  const { documents, graph } = run({ cwd: io.cwd, targets: [], loaded });
  const map = parseMap(options.map);
  const department =
    options.department === undefined
      ? undefined
      : resolveReference(graph, '--department', options.department, 'department');

  const sources: SourceRole[] = [];
  for (const file of files) {
    const display = toPosix(path.relative(io.cwd, path.resolve(io.cwd, file))) || file;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.resolve(io.cwd, file));
    } catch (error) {
      throw new UsageError(
        t('import.error.unreadable', { file: display, reason: (error as NodeJS.ErrnoException).code ?? String(error) }),
      );
    }
    let roles: SourceRole[];
    try {
      roles = await readSource(display, bytes, map);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      if (error.reason === 'extension') throw new UsageError(t('import.error.extension', { file: display }));
      if (error.reason === 'notDocx') throw new UsageError(t('import.error.notDocx', { file: display }));
      throw new UsageError(t('import.error.notXlsx', { file: display, reason: error.detail }));
    }
    if (roles.length === 0) throw new UsageError(t('import.error.nothing', { file: display }));
    for (const role of roles) sources.push(role);
  }

  const plan = planImport({ cwd: io.cwd, root: loaded.root, config: loaded.config, documents, graph }, sources, {
    ...(department ? { department } : {}),
    ...(options.into ? { into: path.resolve(io.cwd, options.into) } : {}),
  });
  for (const role of plan.roles)
    if (existsSync(role.write.file)) throw new UsageError(t('import.error.exists', { file: role.write.display }));

  const guesses = plan.roles.reduce((sum, role) => sum + role.guesses.length, 0);
  if (options.dryRun) {
    for (const write of plan.writes)
      io.stdout.write(
        createTwoFilesPatch(
          write.original === null ? '/dev/null' : `a/${write.display}`,
          `b/${write.display}`,
          write.original ?? '',
          write.content,
          '',
          '',
          { context: 3 },
        ),
      );
    io.stderr.write(summary(plan, terminalColumns(io.stderr, io.env)));
    io.stderr.write(`${t('import.summary.dryRun', { count: plan.roles.length, guesses })}\n`);
    return 0;
  }

  writePlanned(loaded.root, io.cwd, plan.writes);
  io.stdout.write(summary(plan, terminalColumns(io.stdout, io.env)));
  io.stdout.write(`${t('import.summary.done', { count: plan.roles.length, guesses })}\n\n`);
  io.stdout.write(`${t('import.summary.check')}\n`);
  const checked = run({
    cwd: io.cwd,
    targets: plan.roles.map((role) => role.write.file),
    loaded,
    kinds: CHECK_KINDS.check,
  });
  // The import succeeded: findings say what the sources lack, they do not undo it.
  printDiagnostics(io, 'stylish', checked.diagnostics, plan.roles.length);
  return 0;
}

/** Each new file with where it came from and the guesses made, wrapped to the terminal under their indent. */
function summary(plan: ReturnType<typeof planImport>, columns: number): string {
  const lines: string[] = [];
  const indented = (text: string) => {
    const [first = '', ...rest] = wrapText(showControls(text), Math.max(20, columns - 6));
    lines.push(`    ${first}`);
    for (const line of rest) lines.push(`      ${line}`);
  };
  for (const role of plan.roles) {
    lines.push(showControls(t('import.summary.role', { file: role.write.display, from: role.from })));
    if (role.verbatim) indented(t('import.summary.verbatim'));
    for (const guess of role.guesses) indented(t('import.summary.guess', { text: guess }));
  }
  for (const update of plan.updates) lines.push(showControls(update));
  return lines.map((line) => `${line}\n`).join('');
}

/** `--map 岗位层级=job_level` options → the label each named column stands for. */
function parseMap(values: readonly string[]): Map<string, Label> {
  const map = new Map<string, Label>();
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const column = value.slice(0, at).trim();
    const label = at > 0 ? mapLabel(column, value.slice(at + 1)) : undefined;
    if (!label || column === '')
      throw new UsageError(
        t('import.error.map', { value, fields: MAP_FIELDS.map((name) => `\`${name}\``).join(', ') }),
      );
    map.set(column, label);
  }
  return map;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
