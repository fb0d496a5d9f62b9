import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';
import { propertyRuns } from '../../test/property-runs.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh project folder with these files (path → bytes or text). */
function projectDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-mv-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** Every file below a folder, path → bytes as text (latin1 keeps each byte as one character). */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full).toString('latin1');
    }
  };
  walk(dir);
  return files;
}

const bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

const DEPARTMENT =
  '---\nkind: department\nid: center\nname: 中心\nhead: lead # lead heads it\nstatus: approved\n---\n\n## 部门职责\n\n1. lead 负责。\n';
const LEAD =
  '\uFEFF---\r\nid: lead\r\ntitle: lead 主管 (lead)\r\ndepartment: center\r\njob_level: 经理\r\npurpose: 管理。\r\nstatus: approved\r\ndirect_reports:\r\n  - "worker"\r\n  - leader\r\n---\r\n\r\n## 职责任务\r\n\r\n1. lead the team; see lead.md.\r\n';
const WORKER =
  "---\nid: worker\ntitle: 员工\ndepartment: center\nreports_to: 'lead'   # lead\njob_level: 专员\npurpose: 工作。\nstatus: approved\ncareer_path: [leader, lead]\ncollaboration:\n  internal: [center, lead]\n---\n\n## 职责任务\n\n1. 向 lead 汇报。\n";
const LEADER =
  '---\nid: leader\ntitle: 组长\ndepartment: center\nreports_to: lead\njob_level: 主管\npurpose: 带队。\nstatus: approved\n---\n\n## 职责任务\n\n1. 协助 lead。\n';

const files = () => ({
  'roles/center.md': DEPARTMENT,
  'roles/team/lead.md': LEAD,
  'roles/team/worker.md': WORKER,
  'roles/team/leader.md': LEADER,
  'roles.config.yaml': 'roles: [roles]\n',
});

describe('roles mv', () => {
  it('renames the file and rewrites the id and every reference, byte-identical elsewhere (BOM, CRLF, quotes, comments, body)', async () => {
    const dir = projectDir(files());
    const result = await runCli(['mv', 'lead', 'team-lead'], dir);
    expect(result).toEqual({
      code: 0,
      stdout: 'Renamed `lead` → `team-lead`: roles/team/lead.md → roles/team/team-lead.md, 5 references in 3 files\n',
      stderr: '',
    });
    expect(snapshot(dir)).toEqual({
      'roles.config.yaml': 'roles: [roles]\n',
      'roles/center.md': bytes(DEPARTMENT.replace('head: lead #', 'head: team-lead #')),
      'roles/team/team-lead.md': bytes(LEAD.replace('id: lead\r', 'id: team-lead\r')),
      'roles/team/worker.md': bytes(
        WORKER.replace("reports_to: 'lead'", "reports_to: 'team-lead'")
          .replace('[leader, lead]', '[leader, team-lead]')
          .replace('[center, lead]', '[center, team-lead]'),
      ),
      'roles/team/leader.md': bytes(LEADER.replace('reports_to: lead', 'reports_to: team-lead')),
    });
    expect((await runCli(['check', 'roles', '--format', 'json'], dir)).stdout).not.toContain('reference-exists');
  });

  it('renames a department id in department, parent and collaboration fields', async () => {
    const dir = projectDir({
      ...files(),
      'roles/sub.md': '---\nkind: department\nid: sub\nname: 小组\nparent: "center"\nstatus: approved\n---\n',
    });
    const result = await runCli(['mv', 'center', 'service-center'], dir);
    expect(result.stdout).toBe(
      'Renamed `center` → `service-center`: roles/center.md → roles/service-center.md, 5 references in 4 files\n',
    );
    const after = snapshot(dir);
    expect(after['roles/sub.md']).toBe(
      bytes('---\nkind: department\nid: sub\nname: 小组\nparent: "service-center"\nstatus: approved\n---\n'),
    );
    expect(after['roles/team/worker.md']).toBe(
      bytes(
        WORKER.replace('department: center', 'department: service-center').replace(
          '[center, lead]',
          '[service-center, lead]',
        ),
      ),
    );
    expect(after['roles/center.md']).toBeUndefined();
  });

  it('with --dry-run prints a unified diff and writes nothing', async () => {
    const dir = projectDir(files());
    const before = snapshot(dir);
    const result = await runCli(['mv', 'leader', 'group-leader', '--dry-run'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '--- a/roles/team/lead.md',
        '+++ b/roles/team/lead.md',
        '@@ -7,7 +7,7 @@',
        ' status: approved\r',
        ' direct_reports:\r',
        '   - "worker"\r',
        '-  - leader\r',
        '+  - group-leader\r',
        ' ---\r',
        ' \r',
        ' ## 职责任务\r',
        '--- a/roles/team/leader.md',
        '+++ b/roles/team/group-leader.md',
        '@@ -1,5 +1,5 @@',
        ' ---',
        '-id: leader',
        '+id: group-leader',
        ' title: 组长',
        ' department: center',
        ' reports_to: lead',
        '--- a/roles/team/worker.md',
        '+++ b/roles/team/worker.md',
        '@@ -6,7 +6,7 @@',
        ' job_level: 专员',
        ' purpose: 工作。',
        ' status: approved',
        '-career_path: [leader, lead]',
        '+career_path: [group-leader, lead]',
        ' collaboration:',
        '   internal: [center, lead]',
        ' ---',
        '',
        'Would rename `leader` → `group-leader`: roles/team/leader.md → roles/team/group-leader.md, 2 references in 2 files (dry run: nothing was written)',
        '',
      ].join('\n'),
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('quotes a new id that YAML would otherwise read as a number or null', async () => {
    const dir = projectDir(files());
    await runCli(['mv', 'leader', '2024'], dir);
    expect(snapshot(dir)['roles/team/2024.md']).toBe(bytes(LEADER.replace('id: leader', 'id: "2024"')));
    expect(snapshot(dir)['roles/team/worker.md']).toContain('career_path: ["2024", lead]');
  });

  const refusals: Array<[string, string[], Record<string, string>, string]> = [
    [
      'the new id is taken',
      ['mv', 'lead', 'worker'],
      {},
      'roles: Unexpected new id `worker`, expected an unused id: `roles/team/worker.md` already declares it: nothing was changed\n',
    ],
    [
      'the new id is invalid',
      ['mv', 'lead', 'Team_Lead'],
      {},
      'roles: Unexpected new id `Team_Lead`, expected an ASCII kebab-case id such as `product-support-supervisor`: nothing was changed\n',
    ],
    [
      'the old id does not exist',
      ['mv', 'laed', 'team-lead'],
      {},
      'roles: Unexpected unknown id `laed`, did you mean `lead`?: nothing was changed\n',
    ],
    [
      'a file to change has YAML errors',
      ['mv', 'lead', 'team-lead'],
      { 'roles/broken.md': '---\nid: broken\nreports_to: [lead\n---\n' },
      'roles: Cannot rewrite `roles/broken.md`: its front matter does not parse and mentions `lead`; fix it first (`roles check` says where): nothing was changed\n',
    ],
    [
      'the file declaring the old id has YAML errors',
      ['mv', 'lead', 'team-lead'],
      { 'roles/team/lead.md': LEAD.replace('title: lead', 'title: [lead') },
      'roles: Cannot rewrite `roles/team/lead.md`: its front matter does not parse and mentions `lead`; fix it first (`roles check` says where): nothing was changed\n',
    ],
    [
      'the new file name is taken',
      ['mv', 'lead', 'other'],
      { 'roles/team/other.md': '---\nid: not-other\n---\n' },
      'roles: Unexpected new id `other`, expected a free file name: `roles/team/other.md` exists: nothing was changed\n',
    ],
    [
      'the old id is declared twice',
      ['mv', 'lead', 'team-lead'],
      { 'roles/lead-copy.md': LEAD },
      'roles: Unexpected id `lead` declared by 2 files (`roles/lead-copy.md`, `roles/team/lead.md`), expected one: fix the duplicate first: nothing was changed\n',
    ],
  ];
  for (const [why, args, extra, message] of refusals) {
    it(`refuses with exit 2 and changes nothing when ${why}`, async () => {
      const dir = projectDir({ ...files(), ...extra });
      const before = snapshot(dir);
      expect(await runCli(args, dir)).toEqual({ code: 2, stdout: '', stderr: message });
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('changes nothing but the values that name the id (property)', async () => {
    const ids = ['alpha', 'beta', 'gamma'];
    const quote = fc.constantFrom('plain', 'double', 'single');
    const slot = fc.record({ id: fc.constantFrom(...ids), quote });
    const file = fc.record({
      crlf: fc.boolean(),
      bom: fc.boolean(),
      reportsTo: fc.option(slot, { nil: undefined }),
      direct: fc.array(slot, { maxLength: 3 }),
      flow: fc.boolean(),
      career: fc.array(slot, { maxLength: 2 }),
      comment: fc.boolean(),
    });
    const newId = fc.constantFrom('omega', 'alpha-2', 'a', '2024', 'null');
    await fc.assert(
      fc.asyncProperty(fc.tuple(file, file, file), newId, async (specs, renamed) => {
        const write = (value: string, style: string) =>
          style === 'double' ? `"${value}"` : style === 'single' ? `'${value}'` : value;
        // The expected text is the same template, with only the values that named `alpha` refilled.
        const render = (id: string, spec: (typeof specs)[number], rename: boolean) => {
          const value = (s: { id: string; quote: string }) => {
            if (!rename || s.id !== 'alpha') return write(s.id, s.quote);
            return s.quote === 'plain' && (renamed === '2024' || renamed === 'null')
              ? `"${renamed}"`
              : write(renamed, s.quote);
          };
          const ownId = rename && id === 'alpha' ? value({ id, quote: 'plain' }) : id;
          const lines = [
            '---',
            `id: ${ownId}${spec.comment ? ' # alpha' : ''}`,
            `title: alpha 岗位 ${id}`,
            'department: center',
            'job_level: 主管',
            'purpose: "alpha: 测试"',
            'status: approved',
            ...(spec.reportsTo ? [`reports_to: ${value(spec.reportsTo)}${spec.comment ? '  # alpha' : ''}`] : []),
            ...(spec.direct.length === 0
              ? []
              : spec.flow
                ? [`direct_reports: [${spec.direct.map(value).join(', ')}]`]
                : ['direct_reports:', ...spec.direct.map((s) => `  - ${value(s)}`)]),
            ...(spec.career.length === 0 ? [] : [`career_path: [${spec.career.map(value).join(', ')}]`]),
            '---',
            '',
            '## 职责任务',
            '',
            '1. alpha 与 beta 协作 (alpha.md)。',
            '',
          ];
          return (spec.bom ? '\uFEFF' : '') + lines.join(spec.crlf ? '\r\n' : '\n');
        };
        const before: Record<string, string> = { 'roles.config.yaml': 'roles: [roles]\n' };
        const expected: Record<string, string> = { 'roles.config.yaml': 'roles: [roles]\n' };
        ids.forEach((id, i) => {
          before[`roles/${id}.md`] = render(id, specs[i]!, false);
          expected[`roles/${id === 'alpha' ? renamed : id}.md`] = bytes(render(id, specs[i]!, true));
        });
        const dir = projectDir(before);
        const result = await runCli(['mv', 'alpha', renamed], dir);
        expect(result.stderr).toBe('');
        expect(snapshot(dir)).toEqual(expected);
      }),
      { numRuns: propertyRuns(30) },
    );
  });
});
