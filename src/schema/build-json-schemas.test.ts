import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVELS } from '../config/config-schema.js';
import { buildJsonSchemas, renderJsonSchema } from './build-json-schemas.js';

const SCHEMAS = path.join(import.meta.dirname, '..', '..', 'schemas');

describe('JSON Schemas', () => {
  it.each(Object.entries(buildJsonSchemas(DEFAULT_LEVELS)))('schemas/%s matches the zod schema (run `npm run schemas` after changing it)', (name, schema) => {
    expect(readFileSync(path.join(SCHEMAS, name), 'utf8')).toBe(renderJsonSchema(schema));
  });

  it('enumerates the configured levels and forbids unknown keys', () => {
    const role = buildJsonSchemas(['甲', '乙'])['role.schema.json'] as { properties: Record<string, { enum?: string[] }>; additionalProperties: boolean };
    expect(role.properties.job_level!.enum).toEqual(['甲', '乙']);
    expect(role.additionalProperties).toBe(false);
  });
});
