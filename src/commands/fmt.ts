import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import { writePlanned } from '../write/write-planned.js';
import { formatFile } from '../fmt/format-file.js';
import { t } from '../i18n/t.js';
import type { Io } from '../io.js';
import { toDisplayPath } from '../per-file/display-path.js';
import { findFiles } from '../per-file/find-files.js';
import { readSource } from '../per-file/read-source.js';
import { createRoleSchema, departmentSchema } from '../schema/role-schema.js';
import { schemaFields } from '../schema/schema-fields.js';
import { finishInterruptedWrite } from '../write/write-files.js';

const optionsSchema = z.object({
  /** List the files that are not formatted and exit 1, writing nothing (for CI and pre-commit). */
  check: z.boolean().default(false),
  config: z.string().optional(),
});

/**
 * `roles fmt [paths…] [--check]`: rewrites role and department files in canonical form (see
 * `formatFile`), as Prettier does for code; BOM and line endings are kept. Files it cannot read
 * are named on stderr and left alone (exit 2).
 */
export function fmtCommand(paths: string[], rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  const { config, root } = loadConfig(io.cwd, options.config);
  if (!options.check) finishInterruptedWrite(root);
  const targets = paths.length > 0 ? paths : config.roles.map((entry) => path.resolve(root, entry));
  const { files } = findFiles(targets, io.cwd, root);
  const schemas = {
    role: schemaFields(createRoleSchema(config.levels as [string, ...string[]])),
    department: schemaFields(departmentSchema),
  };
  const changes: Array<{ file: string; display: string; content: string; original: string }> = [];
  let unreadable = 0;
  for (const file of files) {
    const display = toDisplayPath(io.cwd, file);
    const source = readSource(file, config.maxFileSize);
    if (source.kind !== 'ok') {
      io.stderr.write(`roles: ${t('authoring.fmtUnreadable', { file: display, detail: source.message })}\n`);
      unreadable++;
      continue;
    }
    const formatted = formatFile(source.text, schemas);
    if (!formatted.ok) {
      io.stderr.write(`roles: ${t('authoring.fmtCannot', { file: display, reason: formatted.reason })}\n`);
      unreadable++;
      continue;
    }
    if (formatted.text === source.text) continue;
    const bom = source.bom ? '\ufeff' : '';
    changes.push({ file, display, content: bom + formatted.text, original: bom + source.text });
  }
  for (const change of changes) io.stdout.write(`${change.display}\n`);
  if (options.check) {
    if (changes.length > 0)
      io.stderr.write(`roles: ${t('authoring.fmtCheckFailed', { count: changes.length, total: files.length })}\n`);
    return unreadable > 0 ? 2 : changes.length > 0 ? 1 : 0;
  }
  writePlanned(root, io.cwd, changes);
  return unreadable > 0 ? 2 : 0;
}
