import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

const PROJECT = path.join(import.meta.dirname, '../../test/fixtures/graph-tree');

describe('roles tree', () => {
  it('starts from --root, without the unreachable list', async () => {
    expect(await runCli(['tree', '--root', 'quality-supervisor'], PROJECT)).toEqual({
      code: 0,
      stdout: [
        'title            id                  job_level  headcount',
        '服务质量主管     quality-supervisor  主管               1',
        '└─ 服务质量专员  quality-officer     专员               3',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('stops at --depth', async () => {
    const { stdout } = await runCli(['tree', '--depth', '0'], PROJECT);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'title               id                     job_level  headcount',
      '客户服务中心主管    customer-service-lead  经理               1',
      '中心主任            center-director        经理               1',
      '',
    ]);
  });

  it('exits 2 for an unknown --root (with did-you-mean) or a bad --depth', async () => {
    expect(await runCli(['tree', '--root', '中心主任'], PROJECT)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roles: Unexpected `--root 中心主任`, did you mean `center-director`?\n',
    });
    expect(await runCli(['tree', '--root', 'product-team'], PROJECT)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roles: Unexpected `--root product-team`, expected a role id\n',
    });
    expect(await runCli(['tree', '--depth', '-1'], PROJECT)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roles: Unexpected `--depth -1`, expected a whole number of 0 or more\n',
    });
  });
});
