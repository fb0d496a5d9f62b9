import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';
import { RULES } from '../rules/registry.js';

describe('roles rules', () => {
  it('lists every rule with its kind, default severity, fixability and description', async () => {
    const result = await runCli(['rules'], process.cwd(), { COLUMNS: '1000' });
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

  it('fits the terminal: at 80 columns each description goes under its rule, wrapped at word boundaries', async () => {
    const result = await runCli(['rules'], process.cwd(), { COLUMNS: '80' });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['rule                        kind      default  fixable', '    description']);
    const at = lines.indexOf('required-section            document  error');
    expect(lines.slice(at, at + 3)).toEqual([
      'required-section            document  error',
      '    Each file has the `##` sections its kind requires (config',
      '    `sections.<name>.required`)',
    ]);
  });

  it('speaks Chinese under zh-CN: headers, kinds and every description', async () => {
    const result = await runCli(['rules', '--lang', 'zh-CN'], process.cwd(), { COLUMNS: '1000' });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^规则 +类型 +默认 +可修复 +检查内容$/);
    expect(lines).toHaveLength(RULES.length + 1);
    expect(lines.find((line) => line.startsWith('ellipsis '))).toMatch(
      /^ellipsis +单个文件 +warning +是 +中文省略号写作 `……`/,
    );
    expect(lines.find((line) => line.startsWith('single-root '))).toMatch(
      /^single-root +整个组织 +error +一个组织只有一个根岗位/,
    );
    for (const rule of RULES) expect(rule.description['zh-CN'], rule.id).toMatch(/\p{Script=Han}/u);
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
