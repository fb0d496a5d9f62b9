import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { getLocale } from '../i18n/locale.js';
import { planInit } from '../create/plan-init.js';
import { writePlanned } from '../write/write-planned.js';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';

const optionsSchema = z.object({
  /** What the workflow's `uses:` names: `<owner>/<repo>@<ref>` of the roles action. */
  action: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[\w./-]+$|^\.\/?[\w./-]*$/, 'expected `<owner>/<repo>@<ref>` or `./path`')
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
      `Unexpected existing ${existing.map((file) => `\`${file}\``).join(', ')}, expected a folder without them: nothing was written`,
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
  for (const file of files) io.stdout.write(`Created ${show(file.path)}\n`);
  if (options.action === undefined)
    io.stderr.write(
      `roles: set \`uses:\` in ${show('.github/workflows/roles.yml')} to the roles action (<owner>/<repo>@<ref>), or run init with --action\n`,
    );
  return 0;
}
