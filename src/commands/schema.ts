import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import type { Io } from '../io.js';
import { run } from '../run.js';
import { buildJsonSchemas, renderJsonSchema, type KnownIds } from '../schema/build-json-schemas.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { t } from '../i18n/t.js';

const optionsSchema = z.object({
  write: z.string().optional(),
  config: z.string().optional(),
  withIds: z.boolean().default(false),
});

/** `roles schema [--with-ids] [--write dir]`: prints the JSON Schemas, or writes one file each. */
export function schemaCommand(rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  const loaded = loadConfig(io.cwd, options.config);
  const { config } = loaded;
  const schemas = buildJsonSchemas(config.levels, options.withIds ? knownIds(io.cwd, loaded) : undefined);
  if (options.write) {
    for (const [name, schema] of Object.entries(schemas)) {
      const file = path.resolve(io.cwd, options.write, name);
      mkdirSync(path.dirname(file), { recursive: true });
      const changed = writeFileAtomic(file, renderJsonSchema(schema));
      const shown = path.relative(io.cwd, file).split(path.sep).join('/');
      io.stdout.write(`${t(changed ? 'command.schema.wrote' : 'command.schema.unchanged', { file: shown })}\n`);
    }
    return 0;
  }
  io.stdout.write(renderJsonSchema(schemas));
  return 0;
}

/** The ids the project declares, files failing the schema included: naming them is not a typo. */
function knownIds(cwd: string, loaded: ReturnType<typeof loadConfig>): KnownIds {
  const { graph } = run({ cwd, targets: [], loaded });
  const declarations = [...graph.declarations.values()];
  return {
    roles: declarations.filter((declaration) => declaration.kind === 'role').map((declaration) => declaration.id),
    departments: declarations
      .filter((declaration) => declaration.kind === 'department')
      .map((declaration) => declaration.id),
  };
}
