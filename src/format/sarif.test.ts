import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatSarif, toUri } from './sarif.js';

/**
 * The SARIF 2.1.0 JSON Schema as the SARIF SDK ships it in the npm package
 * `@microsoft/sarif-multitool-linux@5.7.0` (`sarif-2.1.0.json`, sha256 1c49a0f2…798c), vendored
 * so the test needs no network and no 100 MB package.
 */
const schema = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', '..', 'test', 'sarif-schema-2.1.0.json'), 'utf8'),
) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const rules = [
  {
    id: 'schema-invalid-value',
    description: 'A value of the wrong type',
    url: 'https://example.org/docs/file-format.md',
  },
  { id: 'duplicate-id', description: 'Two files declare the same id' },
  { id: 'never-used', description: 'Not reported' },
];
const context = { color: false, version: '1.2.3', rules };
const diagnostics: Diagnostic[] = [
  {
    file: 'roles/客户 经理#1.md',
    line: 6,
    column: 12,
    endLine: 7,
    endColumn: 3,
    rule: 'schema-invalid-value',
    severity: 'error',
    message: 'Unexpected `主任`',
  },
  {
    file: 'roles/b.md',
    line: 2,
    column: 5,
    endLine: 2,
    endColumn: 5,
    rule: 'duplicate-id',
    severity: 'warning',
    message: 'Duplicate',
    related: [{ file: 'roles/c.md', line: 3, column: 1, message: 'also here' }],
  },
  {
    file: 'roles/b.md',
    line: 9,
    column: 1,
    endLine: 9,
    endColumn: 2,
    rule: 'from-elsewhere',
    severity: 'error',
    message: 'Unknown rule',
  },
];

interface Log {
  runs: Array<{
    columnKind: string;
    tool: {
      driver: {
        name: string;
        version: string;
        rules: Array<{ id: string; shortDescription: { text: string }; helpUri?: string }>;
      };
    };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: object } }>;
      relatedLocations?: unknown[];
    }>;
  }>;
}

describe('formatSarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(formatSarif(diagnostics, context)) as unknown;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate(JSON.parse(formatSarif([], context)))).toBe(true);
    // The validator does reject what the schema forbids.
    const broken = JSON.parse(formatSarif(diagnostics, context)) as Log;
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('lists the rules reported, in catalogue order, and points each result at its rule by index', () => {
    const log = JSON.parse(formatSarif(diagnostics, context)) as Log;
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver).toMatchObject({ name: 'roles', version: '1.2.3' });
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'schema-invalid-value',
      'duplicate-id',
      'from-elsewhere',
    ]);
    expect(run.tool.driver.rules[0]!.shortDescription.text).toBe('A value of the wrong type');
    // A rule's docs page is its helpUri; a rule without one has none.
    expect(run.tool.driver.rules.map((rule) => rule.helpUri)).toEqual([
      'https://example.org/docs/file-format.md',
      undefined,
      undefined,
    ]);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.results.map((result) => result.level)).toEqual(['error', 'warning', 'error']);
  });

  it('gives regions from the diagnostics and URIs relative to %SRCROOT%, percent-encoded', () => {
    const result = (JSON.parse(formatSarif(diagnostics, context)) as Log).runs[0]!.results[0]!;
    expect(result.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'roles/%E5%AE%A2%E6%88%B7%20%E7%BB%8F%E7%90%86%231.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6, startColumn: 12, endLine: 7, endColumn: 3 },
    });
    expect(toUri('../roles/a.md')).toBe('../roles/a.md');
  });

  it('validates for every diagnostic of the hostile-input fixture, run through the CLI', async () => {
    const result = await runCli(
      ['check', '--format', 'sarif'],
      path.join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'bad-input'),
    );
    const log = JSON.parse(result.stdout) as Log;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0]!.results.length).toBeGreaterThan(20);
    // Every rule of a real run links to its docs page, which exists (package.json names no repository:
    // the pages installed with roles).
    for (const rule of log.runs[0]!.tool.driver.rules) {
      expect(rule.helpUri, rule.id).toMatch(/^file:\/\/.*\/docs\/.*[.]md$/);
      expect(existsSync(fileURLToPath(rule.helpUri!)), rule.helpUri).toBe(true);
    }
  });
});
