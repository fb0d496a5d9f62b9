import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';

const rule = 'department-headcount';
const roles = [
  'id: lead\ndepartment: org\nheadcount: 1',
  'id: engineer\ndepartment: ops\nheadcount: 8',
  'id: clerk\ndepartment: ops',
];

describe(rule, () => {
  it('accepts departments within their cap, counting sub-departments and one for a role without headcount', () => {
    expect(
      checkFiles(
        project(
          'id: org\nname: 公司\nheadcount_cap: 10',
          'id: ops\nname: 运维部\nparent: org\nheadcount_cap: 9',
          ...roles,
        ),
        { rule },
      ),
    ).toEqual([]);
  });

  it('reports a department over its cap, at headcount_cap', () => {
    expect(
      checkFiles(
        project(
          'id: org\nname: 公司\nheadcount_cap: 9',
          'id: ops\nname: 运维部\nparent: org\nheadcount_cap: 8',
          ...roles,
        ),
        { rule },
      ),
    ).toEqual([
      'roles/ops.md:5:16 department-headcount Unexpected headcount of 9 in `ops` and its sub-departments, expected at most its `headcount_cap` of 8',
      'roles/org.md:4:16 department-headcount Unexpected headcount of 10 in `org` and its sub-departments, expected at most its `headcount_cap` of 9',
    ]);
  });

  it('counts each department once when parent links loop', () => {
    const files = project(
      'id: a\nname: 甲\nparent: b\nheadcount_cap: 1',
      'id: b\nname: 乙\nparent: a',
      'id: x\ndepartment: a',
      'id: y\ndepartment: b',
    );
    expect(checkFiles(files, { rule })).toEqual([
      'roles/a.md:5:16 department-headcount Unexpected headcount of 2 in `a` and its sub-departments, expected at most its `headcount_cap` of 1',
    ]);
  });
});
