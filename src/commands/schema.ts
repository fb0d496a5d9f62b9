import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import type { Io } from '../io.js';
import { run } from '../run.js';
import { buildJsonSchemas, renderJsonSchema, type KnownIds } from '../schema/build-json-schemas.js';
import { describeFsError } from '../i18n/describe-fs-error.js';
import { t } from '../i18n/t.js';
import { isInside } from '../is-inside.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { writePlanned, type PlannedWrite } from '../write/write-planned.js';

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
    const dir = path.resolve(io.cwd, options.write);
    if (existsSync(dir) && !statSync(dir).isDirectory())
      throw new UsageError(t('fs.schemaTargetNotFolder', { target: options.write }));
    const writes = Object.entries(schemas).map(([name, schema]) => {
      const file = path.join(dir, name);
      return {
        file,
        display: toPosix(path.relative(io.cwd, file)),
        content: renderJsonSchema(schema),
        original: readOrNull(file),
      };
    });
    writeSchemas(loaded.root, io.cwd, writes);
    for (const write of writes)
      io.stdout.write(
        `${t(write.original === write.content ? 'command.schema.unchanged' : 'command.schema.wrote', { file: write.display })}\n`,
      );
    return 0;
  }
  io.stdout.write(renderJsonSchema(schemas));
  return 0;
}

/** All three files or none inside the project (the project writer); outside it, each atomically. */
function writeSchemas(root: string, cwd: string, writes: PlannedWrite[]): void {
  const dir = path.dirname(writes[0]!.file);
  try {
    if (isInside(root, dir)) writePlanned(root, cwd, writes);
    else {
      mkdirSync(dir, { recursive: true });
      for (const write of writes) writeFileAtomic(write.file, write.content);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      t('fs.cannotWrite', { file: toPosix(path.relative(cwd, dir)) || '.', reason: describeFsError(error) }),
    );
  }
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(t('fs.targetUnreadable', { target: file, reason: describeFsError(error) }));
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
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
