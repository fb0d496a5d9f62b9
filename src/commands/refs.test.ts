import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

const PROJECT = path.join(import.meta.dirname, '../../test/fixtures/graph-refs');

describe('roles refs', () => {
  it('lists every reference, sorted, with the field (the full listing is the graph-refs fixture)', async () => {
    const result = await runCli(['refs', 'quality-supervisor'], PROJECT);
    expect(result).toEqual({
      code: 0,
      stdout:
        'roles/center-director.md:9:5   direct_reports\nroles/quality-officer.md:7:13  reports_to\n\n2 references to `quality-supervisor` (服务质量主管, roles/quality-supervisor.md:2:5) in 2 files\n',
      stderr: '',
    });
  });

  it('finds references to a department', async () => {
    const result = await runCli(['refs', 'product-team'], PROJECT);
    expect(result.stdout).toBe(
      'roles/config-officer.md:4:13              department\nroles/product-support-supervisor.md:4:13  department\nroles/quality-supervisor.md:9:14          collaboration.internal\n\n3 references to `product-team` (产品支撑组, roles/departments/product-team.md:3:5) in 3 files\n',
    );
  });

  it('says so, with exit 0, when nothing references a declared id', async () => {
    expect(await runCli(['refs', 'quality-officer'], PROJECT)).toEqual({
      code: 0,
      stdout: 'No references to `quality-officer` (服务质量专员, roles/quality-officer.md:2:5)\n',
      stderr: '',
    });
  });

  it('exits 2 for an unknown id, suggesting the id of a title or a near miss', async () => {
    expect(await runCli(['refs', '产品支撑主管'], PROJECT)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roles: Unexpected unknown id `产品支撑主管`, did you mean `product-support-supervisor`?\n',
    });
    expect(await runCli(['refs', 'quality-supervisr'], PROJECT)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roles: Unexpected unknown id `quality-supervisr`, did you mean `quality-supervisor`?\n',
    });
    expect((await runCli(['refs', 'nothing-like-it'], PROJECT)).stderr).toBe(
      'roles: Unexpected unknown id `nothing-like-it`, expected the id of a role or department that some file declares\n',
    );
  });

  it('lists the references to an id no file declares', async () => {
    const result = await runCli(
      ['refs', 'ghost-manager'],
      path.join(import.meta.dirname, '../../test/fixtures/graph-problems'),
    );
    expect(result).toEqual({
      code: 0,
      stdout: 'roles/orphan.md:7:13  reports_to\n\n1 reference to `ghost-manager` (declared by no file) in 1 file\n',
      stderr: '',
    });
  });
});
