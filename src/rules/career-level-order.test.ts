import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';

const rule = 'career-level-order';

describe(rule, () => {
  it('accepts career steps to the same level or higher', () => {
    expect(checkFiles(project('id: a\ncareer_path: [b, c]', 'id: b', 'id: c\njob_level: 经理'), { rule })).toEqual([]);
  });

  it('reports a step down the ladder at the career_path entry', () => {
    expect(checkFiles(project('id: a\ncareer_path: [b, c]', 'id: b', 'id: c\njob_level: 专员'), { rule })).toEqual([
      'roles/a.md:3:18 career-level-order Unexpected career step to `c` (`专员`), expected a role at `主管` or higher',
    ]);
  });
});
