import { z } from 'zod';
import { configSchema } from '../config/config-schema.js';
import { createRoleSchema, departmentSchema } from './role-schema.js';

/** JSON Schemas generated from the zod schemas, the single source of truth, keyed by file name. */
export function buildJsonSchemas(levels: readonly string[]): Record<string, unknown> {
  const options = { target: 'draft-7', io: 'input' } as const;
  const role = z.toJSONSchema(createRoleSchema(levels as [string, ...string[]]), options);
  const department = z.toJSONSchema(departmentSchema, options);
  const config = z.toJSONSchema(configSchema, options);
  return {
    'role.schema.json': withHeader('role', 'roles: role file front matter', role),
    'department.schema.json': withHeader('department', 'roles: department file front matter', department),
    'config.schema.json': withHeader('config', 'roles: roles.config.yaml', config),
  };
}

function withHeader(name: string, title: string, schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: `https://roles.invalid/schemas/${name}.schema.json`, title, ...rest };
}

/** The text each schema file holds: two-space JSON and a final newline. */
export function renderJsonSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
