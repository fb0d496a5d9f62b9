import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';

const rule = 'cross-department-superior';
const files = project(
  'id: org\nname: 公司',
  'id: ops\nname: 运维部\nparent: org',
  'id: sales\nname: 销售部\nparent: org',
  'id: ceo\ndepartment: org\njob_level: 经理',
  'id: ops-lead\ndepartment: ops\nreports_to: ceo',
  'id: engineer\ndepartment: ops\nreports_to: ops-lead\njob_level: 专员',
  'id: seller\ndepartment: sales\nreports_to: ops-lead\njob_level: 专员',
);

describe(rule, () => {
  it('is off by default', () => {
    expect(checkFiles(files, { rule })).toEqual([]);
  });

  it('when on, reports a superior outside the department and the departments above it', () => {
    expect(checkFiles(files, { rule, config: { rules: { [rule]: 'warning' } } })).toEqual([
      'roles/seller.md:4:13 cross-department-superior Unexpected superior `ops-lead` in department `ops`, expected one in `sales` or a department above it',
    ]);
  });

  it('with `allowParentDepartments: false`, also reports a superior in a department above', () => {
    expect(
      checkFiles(files, { rule, config: { rules: { [rule]: ['error', { allowParentDepartments: false }] } } }),
    ).toEqual([
      'roles/ops-lead.md:4:13 cross-department-superior Unexpected superior `ceo` in department `org`, expected one in `ops`',
      'roles/seller.md:4:13 cross-department-superior Unexpected superior `ops-lead` in department `ops`, expected one in `sales`',
    ]);
  });
});
