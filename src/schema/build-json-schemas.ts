import { z } from 'zod';
import { configSchema } from '../config/config-schema.js';
import { createRoleSchema, departmentSchema } from './role-schema.js';

/** The ids that exist in a project, for schemas that enumerate them (`roles schema --with-ids`). */
export interface KnownIds {
  roles: readonly string[];
  departments: readonly string[];
}

/**
 * JSON Schemas generated from the zod schemas, the single source of truth, keyed by file name.
 * With `ids`, every field that references a role or department lists the ids that exist, so an
 * editor completes `reports_to:` and flags a typo.
 */
export function buildJsonSchemas(levels: readonly string[], ids?: KnownIds): Record<string, unknown> {
  const options = { target: 'draft-7', io: 'input' } as const;
  const role = z.toJSONSchema(createRoleSchema(levels as [string, ...string[]]), options);
  const department = z.toJSONSchema(departmentSchema, options);
  const config = z.toJSONSchema(configSchema, options);
  if (ids) enumerateIds(role, department, ids);
  return {
    'role.schema.json': withHeader('role', 'roles: role file front matter', role),
    'department.schema.json': withHeader('department', 'roles: department file front matter', department),
    'config.schema.json': withHeader('config', 'roles: roles.config.yaml', config),
  };
}

/** The reference fields of each schema, as paths through the JSON Schema, and what they name. */
const REFERENCE_PATHS: Array<[schema: 'role' | 'department', path: string[], target: 'role' | 'department' | 'both']> =
  [
    ['role', ['properties', 'department'], 'department'],
    ['role', ['properties', 'reports_to'], 'role'],
    ['role', ['properties', 'direct_reports', 'items'], 'role'],
    ['role', ['properties', 'career_path', 'items', 'anyOf', '0'], 'role'],
    ['role', ['properties', 'collaboration', 'properties', 'internal', 'items', 'anyOf', '0'], 'both'],
    ['department', ['properties', 'parent'], 'department'],
    ['department', ['properties', 'head'], 'role'],
  ];

function enumerateIds(role: Record<string, unknown>, department: Record<string, unknown>, ids: KnownIds): void {
  const sorted = (list: readonly string[]) => [...new Set(list)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const values = {
    role: sorted(ids.roles),
    department: sorted(ids.departments),
    both: sorted([...ids.roles, ...ids.departments]),
  };
  for (const [schema, path, target] of REFERENCE_PATHS) {
    let node = schema === 'role' ? role : department;
    for (const key of path) node = node[key] as Record<string, unknown>;
    // An empty `enum` would reject every value; with no ids yet, the pattern alone applies.
    if (values[target].length > 0) node.enum = values[target];
  }
}

function withHeader(name: string, title: string, schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: `https://roles.invalid/schemas/${name}.schema.json`, title, ...rest };
}

/** The text each schema file holds: two-space JSON and a final newline. */
export function renderJsonSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
