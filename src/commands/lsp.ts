import { z } from 'zod';
import type { Io } from '../io.js';
import { t } from '../i18n/t.js';
import { UsageError } from '../usage-error.js';

const optionsSchema = z.object({ stdio: z.boolean().default(false), lang: z.string().optional() });

/** `roles lsp --stdio`: serves the Language Server Protocol on standard input and output until the client exits. */
export async function lspCommand(rawOptions: unknown, io: Io, input: NodeJS.ReadableStream): Promise<number> {
  const options = optionsSchema.parse(rawOptions);
  if (!options.stdio) throw new UsageError(t('lsp.usage.transport'));
  const { startServer } = await import('../lsp/start-server.js');
  await startServer({
    input,
    output: io.stdout as NodeJS.WritableStream,
    env: io.env,
    cwd: io.cwd,
    lang: options.lang,
  });
  return 0;
}
