import { describe, expect, it } from 'vitest';
import { checkFiles, checkFilesFull, project } from '../../test/check-files.js';

const rule = 'duplicate-reference';

describe(rule, () => {
  it('accepts lists that name each id once, even when two fields share an id', () => {
    expect(
      checkFiles(project('id: a\ndirect_reports: [b, c]\ncollaboration:\n  internal: [b]', 'id: b', 'id: c'), { rule }),
    ).toEqual([]);
  });

  it('reports each repeat, pointing at the first', () => {
    const files = project('id: a\ndirect_reports:\n  - b\n  - c\n  - b\ncareer_path: [c, c, c]', 'id: b', 'id: c');
    const diagnostics = checkFilesFull(files, { rule });
    expect(
      diagnostics.map(
        (d) =>
          `${d.file}:${d.line}:${d.column} ${d.message} | ${d.related!.map((r) => `${r.line}:${r.column} ${r.message}`).join('; ')}`,
      ),
    ).toEqual([
      'roles/a.md:6:5 Unexpected `b` listed again in `direct_reports`, expected each id once | 4:5 `b` is first listed here',
      'roles/a.md:7:18 Unexpected `c` listed again in `career_path`, expected each id once | 7:15 `c` is first listed here',
      'roles/a.md:7:21 Unexpected `c` listed again in `career_path`, expected each id once | 7:15 `c` is first listed here',
    ]);
  });
});
