import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';

const rule = 'department-cycle';

describe(rule, () => {
  it('accepts parent links that end at an organisation', () => {
    expect(
      checkFiles(
        project('id: org\nname: 公司', 'id: ops\nname: 运维部\nparent: org', 'id: noc\nname: 监控室\nparent: ops'),
        { rule },
      ),
    ).toEqual([]);
  });

  it('reports each cycle at every member’s parent, and a department that is its own parent', () => {
    const files = project('id: a\nname: 甲\nparent: b', 'id: b\nname: 乙\nparent: a', 'id: c\nname: 丙\nparent: c');
    expect(checkFiles(files, { rule })).toEqual([
      'roles/a.md:4:9 department-cycle Unexpected department cycle `a → b → a`, expected `parent` links to end at an organisation (a department without `parent`)',
      'roles/b.md:4:9 department-cycle Unexpected department cycle `a → b → a`, expected `parent` links to end at an organisation (a department without `parent`)',
      'roles/c.md:4:9 department-cycle Unexpected `c` in `parent` of `c` itself, expected the id of the department above it (or no `parent` for an organisation)',
    ]);
  });
});
