import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';
import { RULES } from '../rules/registry.js';

describe('roles rules', () => {
  it('lists every rule with its kind, default severity, fixability and description', async () => {
    const result = await runCli(['rules'], process.cwd());
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rule +kind +default +fixable +description$/);
    expect(lines).toHaveLength(RULES.length + 1);
    expect(lines.find((line) => line.startsWith('ellipsis '))).toMatch(
      /^ellipsis +document +warning +yes +Ellipses in Chinese text/,
    );
    expect(lines.find((line) => line.startsWith('placeholder '))).toMatch(
      /^placeholder +document +error +No placeholders/,
    );
  });

  it('prints JSON', async () => {
    const result = await runCli(['rules', '--format', 'json'], process.cwd());
    const rows = JSON.parse(result.stdout) as Array<{
      id: string;
      kind: string;
      severity: string;
      fixable: boolean;
      description: string;
    }>;
    expect(rows.map((row) => row.id)).toEqual(RULES.map((rule) => rule.id));
    expect(rows.find((row) => row.id === 'cjk-radical')).toEqual({
      id: 'cjk-radical',
      kind: 'document',
      severity: 'error',
      fixable: true,
      description: 'No Kangxi or supplementary CJK radicals in place of ideographs (fixable by NFKC)',
    });
  });
});
