import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { project } from '../../test/check-files.js';
import { runCli } from '../../test/run-cli.js';
import { DEFAULT_LEVELS } from '../config/config-schema.js';
import { buildJsonSchemas, renderJsonSchema } from './build-json-schemas.js';
import { tempDir } from '../../test/temp-dir.js';

const SCHEMAS = path.join(import.meta.dirname, '..', '..', 'schemas');

describe('JSON Schemas', () => {
  it.each(Object.entries(buildJsonSchemas(DEFAULT_LEVELS)))(
    'schemas/%s matches the zod schema (run `npm run schemas` after changing it)',
    (name, schema) => {
      expect(readFileSync(path.join(SCHEMAS, name), 'utf8')).toBe(renderJsonSchema(schema));
    },
  );

  it('enumerates the configured levels and forbids unknown keys', () => {
    const role = buildJsonSchemas(['甲', '乙'])['role.schema.json'] as {
      properties: Record<string, { enum?: string[] }>;
      additionalProperties: boolean;
    };
    expect(role.properties.job_level!.enum).toEqual(['甲', '乙']);
    expect(role.additionalProperties).toBe(false);
  });
});

describe('JSON Schemas with the ids that exist (`roles schema --with-ids`)', () => {
  const schemas = buildJsonSchemas(DEFAULT_LEVELS, { roles: ['boss', 'a'], departments: ['center'] });
  const ajv = new Ajv({ strict: false });
  const validateRole = ajv.compile(schemas['role.schema.json'] as object);
  const validateDepartment = ajv.compile(schemas['department.schema.json'] as object);
  const role = {
    id: 'a',
    title: '主管',
    department: 'center',
    job_level: '主管',
    purpose: '测试。',
    status: 'approved',
  };

  it('lists role ids in role references, department ids in department references, both in collaboration', () => {
    const properties = (
      schemas['role.schema.json'] as {
        properties: Record<
          string,
          {
            enum?: string[];
            items?: { enum?: string[]; anyOf?: Array<{ enum?: string[] }> };
            properties?: Record<string, { items?: { anyOf?: Array<{ enum?: string[] }> } }>;
          }
        >;
      }
    ).properties;
    expect(properties.reports_to!.enum).toEqual(['a', 'boss']);
    expect(properties.direct_reports!.items!.enum).toEqual(['a', 'boss']);
    // The first branch is the id; the second, `{ text }`, names something that is no file.
    expect(properties.career_path!.items!.anyOf![0]!.enum).toEqual(['a', 'boss']);
    expect(properties.department!.enum).toEqual(['center']);
    expect(properties.collaboration!.properties!.internal!.items!.anyOf![0]!.enum).toEqual(['a', 'boss', 'center']);
  });

  it('accepts the ids that exist and flags a typo, as an editor would', () => {
    expect(validateRole({ ...role, reports_to: 'boss', collaboration: { internal: ['center'] } })).toBe(true);
    expect(validateRole({ ...role, career_path: ['a', { text: '客户服务经理' }] })).toBe(true);
    expect(validateRole({ ...role, career_path: ['客户服务经理'] })).toBe(false);
    expect(validateRole({ ...role, reports_to: 'bos' })).toBe(false);
    expect(validateRole.errors).toMatchObject([{ instancePath: '/reports_to', keyword: 'enum' }]);
    expect(
      validateDepartment({ kind: 'department', id: 'center', name: '中心', head: 'boss', status: 'approved' }),
    ).toBe(true);
    expect(
      validateDepartment({ kind: 'department', id: 'center', name: '中心', head: 'center', status: 'approved' }),
    ).toBe(false);
  });

  it('leaves a reference open when no id of its kind exists yet', () => {
    const empty = buildJsonSchemas(DEFAULT_LEVELS, { roles: [], departments: ['center'] })['role.schema.json'] as {
      properties: Record<string, { enum?: string[] }>;
    };
    expect(empty.properties.reports_to!.enum).toBeUndefined();
    expect(empty.properties.department!.enum).toEqual(['center']);
  });

  it('reads the ids from the project on the command line', async () => {
    const dir = tempDir('roles-schema-');
    for (const [file, text] of Object.entries(
      project('id: boss\ndepartment: center', 'kind: department\nid: center', 'id: broken\njob_level: 组长'),
    )) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const result = await runCli(['schema', '--with-ids'], dir);
    const printed = JSON.parse(result.stdout) as Record<string, { properties: Record<string, { enum?: string[] }> }>;
    // A file that fails the schema still declares its id: naming it is not a typo.
    expect(printed['role.schema.json']!.properties.reports_to!.enum).toEqual(['boss', 'broken']);
    expect(printed['department.schema.json']!.properties.parent!.enum).toEqual(['center']);
    expect((await runCli(['schema', '--with-ids', '--write', 'schemas'], dir)).stdout).toBe(
      'wrote schemas/role.schema.json\nwrote schemas/department.schema.json\nwrote schemas/config.schema.json\n',
    );
  });
});
