import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import type { Io } from '../io.js';
import { buildJsonSchemas, renderJsonSchema } from '../schema/build-json-schemas.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

const optionsSchema = z.object({
  write: z.string().optional(),
  config: z.string().optional(),
});

/** `roles schema [--write dir]`: prints the JSON Schemas, or writes one file each. */
export function schemaCommand(rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  const { config } = loadConfig(io.cwd, options.config);
  const schemas = buildJsonSchemas(config.levels);
  if (options.write) {
    for (const [name, schema] of Object.entries(schemas)) {
      const file = path.resolve(io.cwd, options.write, name);
      mkdirSync(path.dirname(file), { recursive: true });
      const changed = writeFileAtomic(file, renderJsonSchema(schema));
      io.stdout.write(`${changed ? 'wrote' : 'unchanged'} ${path.relative(io.cwd, file).split(path.sep).join('/')}\n`);
    }
    return 0;
  }
  io.stdout.write(renderJsonSchema(schemas));
  return 0;
}
