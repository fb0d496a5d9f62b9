import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import { applyRename } from '../write/apply-rename.js';
import { formatRenameDiff } from '../format/format-rename-diff.js';
import { planRename } from '../graph/plan-rename.js';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import { run } from '../run.js';
import { t } from '../i18n/t.js';
import { finishInterruptedWrite } from '../write/write-files.js';

const optionsSchema = z.object({
  dryRun: z.boolean().default(false),
  config: z.string().optional(),
});

/** `roles mv <old-id> <new-id> [--dry-run]`: renames the file and rewrites every reference to it. */
export function mvCommand(oldId: string, newId: string, rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  const loaded = loadConfig(io.cwd, options.config);
  if (!options.dryRun) finishInterruptedWrite(loaded.root);
  const { documents, graph } = run({ cwd: io.cwd, targets: [], loaded });
  const plan = planRename(documents, graph, oldId, newId, io.cwd);
  if (!plan.ok) throw new UsageError(t('command.nothingChanged', { message: plan.message }));
  const renamed = plan.changes.find((change) => change.target !== change.document.absolutePath)!;
  const { references, referenceFiles } = plan;
  const summary = t('command.mv.summary', {
    old: oldId,
    new: newId,
    from: renamed.document.file,
    to: renamed.targetFile,
    references:
      references === 1 ? t('command.mv.references.one') : t('command.mv.references.other', { count: references }),
    files: referenceFiles === 1 ? t('command.mv.files.one') : t('command.mv.files.other', { count: referenceFiles }),
  });
  if (options.dryRun) {
    io.stdout.write(`${formatRenameDiff(plan)}\n${t('command.mv.dryRun', { summary })}\n`);
    return 0;
  }
  applyRename(plan, loaded.root, io.cwd);
  io.stdout.write(`${t('command.mv.done', { summary })}\n`);
  return 0;
}
