import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import { formatReferences } from '../format/format-references.js';
import { listReferences } from '../graph/list-references.js';
import { didYouMeanText, suggestId } from '../graph/suggest-id.js';
import type { Io } from '../io.js';
import { writeOutput } from './write-output.js';
import { UsageError } from '../usage-error.js';
import { run } from '../run.js';
import { t } from '../i18n/t.js';

const optionsSchema = z.object({
  output: z.string().min(1).optional(),
  format: z.enum(['stylish', 'json']).default('stylish'),
  config: z.string().optional(),
});

/** `roles refs <id>`: every place that names the id, sorted; an unknown id is a usage error. */
export function refsCommand(id: string, rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  const { graph } = run({ cwd: io.cwd, targets: [], loaded: loadConfig(io.cwd, options.config) });
  const list = listReferences(graph, id);
  if (!list) {
    const suggestion = suggestId(graph, id, ['role', 'department']);
    throw new UsageError(
      t('command.unknownId', {
        id,
        hint: suggestion ? didYouMeanText(suggestion) : t('command.expectedDeclaredId'),
      }),
    );
  }
  writeOutput(io, options.output, formatReferences(list, options.format));
  return 0;
}
