import { describe, expect, it } from 'vitest';
import { checkFiles, checkFilesFull, project } from '../../test/check-files.js';

const rule = 'level-order';

describe(rule, () => {
  it('accepts roles below their superior on the ladder', () => {
    expect(
      checkFiles(
        project(
          'id: a\njob_level: 经理',
          'id: b\nreports_to: a\njob_level: 主管',
          'id: c\nreports_to: b\njob_level: 助理',
        ),
        { rule },
      ),
    ).toEqual([]);
  });

  it('reports a role at or above its superior’s level, at its job_level', () => {
    const files = project(
      'id: a\njob_level: 主管',
      'id: b\nreports_to: a\njob_level: 主管',
      'id: c\nreports_to: a\njob_level: 经理',
    );
    const diagnostics = checkFilesFull(files, { rule });
    expect(
      diagnostics.map(
        (d) =>
          `${d.file}:${d.line}:${d.column} ${d.message} | ${d.related!.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`).join('; ')}`,
      ),
    ).toEqual([
      'roles/b.md:4:12 Unexpected `job_level: 主管` for a role reporting to `a` (`主管`), expected a level below `主管` | roles/a.md:3:12 `a` is `主管` here',
      'roles/c.md:4:12 Unexpected `job_level: 经理` for a role reporting to `a` (`主管`), expected a level below `主管` | roles/a.md:3:12 `a` is `主管` here',
    ]);
  });

  it('follows the configured ladder', () => {
    const files = project('id: a\njob_level: L2', 'id: b\nreports_to: a\njob_level: L1');
    expect(checkFiles(files, { rule, config: { levels: ['L2', 'L1'] } })).toEqual([
      'roles/b.md:4:12 level-order Unexpected `job_level: L1` for a role reporting to `a` (`L2`), expected a level below `L2`',
    ]);
  });
});
