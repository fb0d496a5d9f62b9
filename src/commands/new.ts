import { createTwoFilesPatch } from 'diff';
import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import { getLocale } from '../i18n/locale.js';
import { planNewFile, type NewDepartment, type NewRole, type Project } from '../create/plan-new-file.js';
import { resolveReference } from '../create/resolve-reference.js';
import { writePlanned } from '../write/write-planned.js';
import type { Io } from '../io.js';
import { run } from '../run.js';
import { UsageError } from '../usage-error.js';
import { askMissing, type Answers } from './new-prompts.js';
import { t } from '../i18n/t.js';
import { finishInterruptedWrite } from '../write/write-files.js';

const optionsSchema = z.object({
  kind: z.enum(['role', 'department']).default('role'),
  department: z.string().min(1).optional(),
  reportsTo: z.string().min(1).optional(),
  level: z.string().min(1).optional(),
  parent: z.string().min(1).optional(),
  head: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  titleEn: z.string().min(1).optional(),
  purpose: z.string().trim().min(1).optional(),
  dryRun: z.boolean().default(false),
  yes: z.boolean().default(false),
  config: z.string().optional(),
});

const REQUIRED = {
  role: ['title', 'department', 'reportsTo', 'level'],
  department: ['title'],
} as const;

const FLAG_NAMES: Record<string, string> = {
  title: '<title>',
  department: '--department',
  reportsTo: '--reports-to',
  level: '--level',
};

/**
 * `roles new <title> --department <id> --reports-to <id> --level <level>` and `roles new --kind
 * department <name>`: writes a new file from the template and, for a role, adds it to the
 * superior's `direct_reports` when that list exists, all in one write. Asks for what is missing
 * on a terminal; with `--yes` or no terminal it names the missing flags instead.
 */
export async function newCommand(title: string | undefined, rawOptions: unknown, io: Io): Promise<number> {
  const options = optionsSchema.parse(rawOptions);
  const loaded = loadConfig(io.cwd, options.config);
  if (!options.dryRun) finishInterruptedWrite(loaded.root);
  const { documents, graph } = run({ cwd: io.cwd, targets: [], loaded });
  const project: Project = { cwd: io.cwd, root: loaded.root, config: loaded.config, documents, graph };

  let answers: Answers = { title: title?.trim() || undefined, ...options };
  const missing = REQUIRED[options.kind].filter((key) => answers[key] === undefined);
  if (missing.length > 0) {
    const interactive = !options.yes && Boolean(io.stdin?.isTTY) && Boolean(io.stderr.isTTY);
    if (!interactive) {
      throw new UsageError(
        t('authoring.missingFlags', {
          flags: missing.map((key) => `\`${FLAG_NAMES[key]}\``).join(t('list.separator')),
          usage:
            options.kind === 'role'
              ? '`roles new <title> --department <id> --reports-to <id> --level <level>`'
              : '`roles new --kind department <name>`',
        }),
      );
    }
    answers = await askMissing(options.kind, answers, project, io);
  }

  const language = getLocale();
  const request: NewRole | NewDepartment =
    options.kind === 'role'
      ? {
          kind: 'role',
          title: answers.title!,
          department: resolveReference(graph, '--department', answers.department!, 'department'),
          reportsTo: resolveReference(graph, '--reports-to', answers.reportsTo!, 'role'),
          level: answers.level!,
          ...optional({ id: options.id, titleEn: options.titleEn, purpose: options.purpose }),
        }
      : {
          kind: 'department',
          title: answers.title!,
          ...optional({
            id: options.id,
            titleEn: options.titleEn,
            parent: answers.parent && resolveReference(graph, '--parent', answers.parent, 'department'),
            head: options.head && resolveReference(graph, '--head', options.head, 'role'),
          }),
        };
  const plan = planNewFile(project, request, language);
  const [created, ...updated] = plan.writes;
  if (options.dryRun) {
    io.stdout.write(
      createTwoFilesPatch('/dev/null', `b/${created!.display}`, '', created!.content, '', '', { context: 3 }),
    );
    for (const write of updated)
      io.stdout.write(
        createTwoFilesPatch(`a/${write.display}`, `b/${write.display}`, write.original ?? '', write.content, '', '', {
          context: 3,
        }),
      );
    io.stderr.write(`roles: ${t('authoring.wouldCreate', { file: created!.display })}\n`);
    return 0;
  }
  writePlanned(loaded.root, io.cwd, plan.writes);
  const also = plan.updatedSuperior ? t('authoring.addedToSuperior', { superior: plan.updatedSuperior }) : '';
  io.stdout.write(`${t('authoring.createdId', { file: created!.display, id: plan.id, also })}\n`);
  return 0;
}

function optional<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}
