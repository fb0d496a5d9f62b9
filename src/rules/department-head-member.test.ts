import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';

const rule = 'department-head-member';

describe(rule, () => {
  it('accepts a head from the department', () => {
    expect(checkFiles(project('id: ops\nname: 运维部\nhead: lead', 'id: lead\ndepartment: ops'), { rule })).toEqual([]);
  });

  it('reports a head from another department', () => {
    expect(
      checkFiles(
        project('id: ops\nname: 运维部\nhead: lead', 'id: sales\nname: 销售部', 'id: lead\ndepartment: sales'),
        { rule },
      ),
    ).toEqual([
      'roles/ops.md:4:7 department-head-member Unexpected head `lead` of `ops`: `lead` belongs to `sales`, expected a role of `ops`',
    ]);
  });
});
