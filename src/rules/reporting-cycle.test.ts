import { describe, expect, it } from 'vitest';
import { checkFiles, checkFilesFull, project } from '../../test/check-files.js';

/** Ten thousand files take seconds, more under coverage on a busy machine; the limit only catches a hang. */
const SCALE_TIMEOUT = 180_000;

const rule = 'reporting-cycle';
const center = 'id: center\nname: 中心';

describe(rule, () => {
  it('accepts reporting lines that end at a root', () => {
    expect(checkFiles(project(center, 'id: a', 'id: b\nreports_to: a', 'id: c\nreports_to: b'), { rule })).toEqual([]);
  });

  it('reports a cycle once per member, with the same full path, at each reports_to', () => {
    const files = project(center, 'id: root', 'id: a\nreports_to: c', 'id: b\nreports_to: a', 'id: c\nreports_to: b');
    const diagnostics = checkFilesFull(files, { rule });
    const message =
      'Unexpected reporting cycle `a → c → b → a`, expected every reporting line to end at a root (a role without `reports_to`)';
    expect(
      diagnostics.map(
        (d) =>
          `${d.file}:${d.line}:${d.column} ${d.message} | ${d.related!.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`).join('; ')}`,
      ),
    ).toEqual([
      `roles/a.md:3:13 ${message} | roles/c.md:3:13 \`c\` reports to \`b\` here`,
      `roles/b.md:3:13 ${message} | roles/a.md:3:13 \`a\` reports to \`c\` here`,
      `roles/c.md:3:13 ${message} | roles/b.md:3:13 \`b\` reports to \`a\` here`,
    ]);
  });

  it('finds a cycle through a role whose file fails the schema', () => {
    const files = project(center, 'id: a\nreports_to: b', 'id: b\nreports_to: a\njob_level: 主任');
    expect(checkFiles(files, { rule })).toEqual([
      'roles/a.md:3:13 reporting-cycle Unexpected reporting cycle `a → b → a`, expected every reporting line to end at a root (a role without `reports_to`)',
      'roles/b.md:3:13 reporting-cycle Unexpected reporting cycle `a → b → a`, expected every reporting line to end at a root (a role without `reports_to`)',
    ]);
  });

  it('sees no cycle through a missing role: the broken link is reference-exists’s', () => {
    const files = project(center, 'id: a\nreports_to: b', 'id: b\nreports_to: ghost\njob_level: 经理');
    expect(checkFiles(files)).toEqual([
      'roles/b.md:3:13 reference-exists Unexpected unknown role `ghost` in `reports_to`, expected a role id that some file declares',
    ]);
  });

  it(
    'reports one cycle through ten thousand roles at every member, abbreviated, without overflowing the stack',
    () => {
      const n = 10_000;
      const id = (i: number) => `r${String(i).padStart(5, '0')}`;
      const files = project(
        center,
        ...Array.from({ length: n }, (_, i) => `id: ${id(i)}\nreports_to: ${id((i + 1) % n)}`),
      );
      const diagnostics = checkFiles(files);
      const message =
        'Unexpected reporting cycle `r00000 → r00001 → r00002 → r00003 → r00004 → r00005 → … → r09999 → r00000` (10000 roles), expected every reporting line to end at a root (a role without `reports_to`)';
      expect(diagnostics.filter((d) => d.includes(' reporting-cycle '))).toEqual(
        Array.from({ length: n }, (_, i) => `roles/${id(i)}.md:3:13 reporting-cycle ${message}`),
      );
      // The other graph rules ran over the same graph: level-order sees every role at its superior's level, nothing else fires.
      expect(diagnostics.filter((d) => !d.includes(' reporting-cycle ') && !d.includes(' level-order '))).toEqual([]);
    },
    SCALE_TIMEOUT,
  );

  it('leaves a role reporting to itself to self-report', () => {
    expect(checkFiles(project(center, 'id: a\nreports_to: a'), { rule })).toEqual([]);
  });
});
