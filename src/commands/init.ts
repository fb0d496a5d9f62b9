import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { getLocale } from '../i18n/locale.js';
import { planInit } from '../create/plan-init.js';
import { writePlanned } from '../write/write-planned.js';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import { t } from '../i18n/t.js';

const optionsSchema = z.object({
  /** What the workflow's `uses:` names: `<owner>/<repo>@<ref>` of the roles action. */
  action: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[\w./-]+$|^\.\/?[\w./-]*$/, {
      error: () => t('authoring.initActionFormat'),
    })
    .optional(),
});

/**
 * `roles init [dir]`: starts a role repository. Refuses, writing nothing, when any of its files
 * already exists; otherwise writes them all or none.
 */
export function initCommand(dir: string | undefined, rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  const target = path.resolve(io.cwd, dir ?? '.');
  const files = planInit(getLocale(), options.action);
  const show = (file: string) => path.relative(io.cwd, path.join(target, file)).split(path.sep).join('/');
  const existing = files.filter((file) => existsSync(path.join(target, file.path))).map((file) => show(file.path));
  if (existing.length > 0)
    throw new UsageError(
      t('authoring.initExisting', { files: existing.map((file) => `\`${file}\``).join(t('list.separator')) }),
    );
  writePlanned(
    target,
    io.cwd,
    files.map((file) => ({
      file: path.join(target, file.path),
      display: show(file.path),
      content: file.content,
      original: null,
    })),
  );
  for (const file of files) io.stdout.write(`${t('authoring.created', { file: show(file.path) })}\n`);
  if (options.action === undefined)
    io.stderr.write(`roles: ${t('authoring.initAction', { file: show('.github/workflows/roles.yml') })}\n`);
  return 0;
}
