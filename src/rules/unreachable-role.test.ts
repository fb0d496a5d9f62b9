import { describe, expect, it } from 'vitest';
import { checkFiles, checkFilesFull, project } from '../../test/check-files.js';

const rule = 'unreachable-role';

describe(rule, () => {
  it('accepts roles whose line reaches a root, or breaks at an unknown id (reported elsewhere)', () => {
    expect(
      checkFiles(project('id: a', 'id: b\nreports_to: a', 'id: c\nreports_to: ghost', 'id: d\nreports_to: c'), {
        rule,
      }),
    ).toEqual([]);
  });

  it('reports roles below a cycle, naming the cycle, but not its members', () => {
    const files = project(
      'id: a\nreports_to: b',
      'id: b\nreports_to: a',
      'id: x\nreports_to: a',
      'id: y\nreports_to: x',
      'id: z\nreports_to: z',
      'id: w\nreports_to: z',
    );
    const diagnostics = checkFilesFull(files, { rule });
    expect(
      diagnostics.map(
        (d) =>
          `${d.file}:${d.line}:${d.column} ${d.message} | ${d.related!.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`).join('; ')}`,
      ),
    ).toEqual([
      'roles/w.md:3:13 Unexpected role `w` unreachable from any root: its reporting line runs into the cycle `z → z`, expected a line that ends at a root | roles/z.md:3:13 `z` reports to `z` here',
      'roles/x.md:3:13 Unexpected role `x` unreachable from any root: its reporting line runs into the cycle `a → b → a`, expected a line that ends at a root | roles/a.md:3:13 `a` reports to `b` here',
      'roles/y.md:3:13 Unexpected role `y` unreachable from any root: its reporting line runs into the cycle `a → b → a`, expected a line that ends at a root | roles/a.md:3:13 `a` reports to `b` here',
    ]);
  });
});
