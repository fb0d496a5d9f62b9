import { describe, expect, it } from 'vitest';
import { checkFiles, checkFilesFull, project } from '../../test/check-files.js';

/** Ten thousand files take seconds, more under coverage on a busy machine; the limit only catches a hang. */
const SCALE_TIMEOUT = 180_000;

const rule = 'reports-both-ways';

describe(rule, () => {
  it('accepts agreeing sides, and roles that do not list direct_reports at all', () => {
    const files = project(
      'id: a\ndirect_reports: [b, c]',
      'id: b\nreports_to: a',
      'id: c\nreports_to: a',
      'id: d\nreports_to: c',
    );
    expect(checkFiles(files, { rule })).toEqual([]);
  });

  it('reports a one-sided entry where it is written, naming the other file', () => {
    const files = project(
      'id: a\ndirect_reports: [b, c, d]',
      'id: b\nreports_to: a',
      'id: c\nreports_to: b',
      'id: d',
      'id: e\nreports_to: a',
    );
    const diagnostics = checkFilesFull(files, { rule });
    expect(
      diagnostics.map(
        (d) =>
          `${d.file}:${d.line}:${d.column} ${d.message} | ${d.related!.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`).join('; ')}`,
      ),
    ).toEqual([
      'roles/a.md:3:21 Unexpected `c` in `direct_reports`: `c` reports to `b`, expected both sides to agree (`reports_to: a` in `roles/c.md`, or `c` left out here) | roles/c.md:3:13 `c` reports to `b` here',
      'roles/a.md:3:24 Unexpected `d` in `direct_reports`: `d` has no `reports_to`, expected both sides to agree (`reports_to: a` in `roles/d.md`, or `d` left out here) | roles/d.md:2:5 `d` is declared here',
      'roles/e.md:3:13 Unexpected `a` in `reports_to`: `a` lists its `direct_reports` without `e`, expected both sides to agree (`e` added there in `roles/a.md`, or another `reports_to` here) | roles/a.md:3:17 `a` lists its direct reports here',
    ]);
  });

  it('treats `direct_reports: []` as a claim of none', () => {
    expect(checkFiles(project('id: a\ndirect_reports: []', 'id: b\nreports_to: a'), { rule })).toEqual([
      'roles/b.md:3:13 reports-both-ways Unexpected `a` in `reports_to`: `a` lists its `direct_reports` without `b`, expected both sides to agree (`b` added there in `roles/a.md`, or another `reports_to` here)',
    ]);
  });

  it('reports a repeated entry once (duplicate-reference names the repeat)', () => {
    const files = project('id: a\ndirect_reports: [b, b]', 'id: b\nreports_to: c', 'id: c');
    expect(checkFiles(files, { rule })).toEqual([
      'roles/a.md:3:18 reports-both-ways Unexpected `b` in `direct_reports`: `b` reports to `c`, expected both sides to agree (`reports_to: a` in `roles/b.md`, or `b` left out here)',
    ]);
  });
});

describe(`${rule} at scale`, () => {
  it(
    'checks one role listing ten thousand direct reports, who share a title, without quadratic work',
    () => {
      const n = 10_000;
      const id = (i: number) => `agent-${i}`;
      const files = project(
        'id: center\nname: 中心',
        `id: boss\njob_level: 经理\ndirect_reports:\n${Array.from({ length: n }, (_, i) => `  - ${id(i)}`).join('\n')}\n  - 客服代表`,
        ...Array.from({ length: n }, (_, i) => `id: ${id(i)}\ntitle: 客服代表\nreports_to: boss\njob_level: 专员`),
      );
      // One run: the only findings are on the title written where an id belongs.
      expect(checkFiles(files)).toEqual([
        `roles/boss.md:${n + 5}:5 reference-exists Unexpected \`客服代表\` in \`direct_reports\`, expected a role id, not a title or name: did you mean \`agent-0\`, \`agent-1\`, \`agent-10\` or 9997 more?`,
        `roles/boss.md:${n + 5}:5 schema-invalid-value Unexpected \`客服代表\` for \`direct_reports[${n}]\`, expected an ASCII kebab-case id such as \`product-support-supervisor\``,
      ]);
    },
    SCALE_TIMEOUT,
  );
});
