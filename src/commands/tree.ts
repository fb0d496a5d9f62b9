import { z } from 'zod';
import { writeOutput } from './write-output.js';
import { loadConfig } from '../config/load-config.js';
import { formatTree } from '../format/format-tree.js';
import { didYouMeanText, suggestId } from '../graph/suggest-id.js';
import { terminalColumns, type Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import { run } from '../run.js';
import { t } from '../i18n/t.js';

const optionsSchema = z.object({
  output: z.string().min(1).optional(),
  format: z.enum(['stylish', 'json']).default('stylish'),
  config: z.string().optional(),
  root: z.string().optional(),
  depth: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .optional(),
});

/** `roles tree [--root id] [--depth n]`: the reporting hierarchy of the schema-valid roles. */
export function treeCommand(rawOptions: unknown, io: Io): number {
  const parsed = optionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    // Commander checks --format's choices; what is left to fail is --depth.
    if (parsed.error.issues[0]?.path[0] !== 'depth') throw parsed.error;
    throw new UsageError(t('command.tree.depth', { value: String((rawOptions as { depth?: unknown }).depth) }));
  }
  const options = parsed.data;
  const { graph } = run({ cwd: io.cwd, targets: [], loaded: loadConfig(io.cwd, options.config) });
  if (options.root !== undefined && !graph.roles.has(options.root)) {
    const suggestion = suggestId(graph, options.root, ['role']);
    const hint =
      graph.declarations.get(options.root)?.kind === 'role'
        ? t('command.tree.rootHasErrors')
        : suggestion
          ? didYouMeanText(suggestion)
          : t('command.tree.expectedRole');
    throw new UsageError(t('command.tree.root', { root: options.root, hint }));
  }
  writeOutput(
    io,
    options.output,
    formatTree(
      graph,
      { root: options.root, depth: options.depth },
      options.format,
      terminalColumns(options.output ? {} : io.stdout, io.env),
    ),
  );
  return 0;
}
