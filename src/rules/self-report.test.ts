import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';

const rule = 'self-report';

describe(rule, () => {
  it('accepts roles that name others', () => {
    expect(checkFiles(project('id: a\ndirect_reports: [b]', 'id: b\nreports_to: a'), { rule })).toEqual([]);
  });

  it('reports a role in its own reports_to or direct_reports', () => {
    expect(
      checkFiles(project('id: a\nreports_to: a\ndirect_reports: [b, a]', 'id: b\nreports_to: a'), { rule }),
    ).toEqual([
      'roles/a.md:3:13 self-report Unexpected `a` in `reports_to` of `a` itself, expected the id of its superior (or no `reports_to` for a root)',
      'roles/a.md:4:21 self-report Unexpected `a` in `direct_reports` of `a` itself, expected the ids of the roles reporting to it',
    ]);
  });
});
