import { describe, expect, it } from 'vitest';
import type { Locale } from '../src/i18n/locale.js';
import { checkFiles } from './check-files.js';

/**
 * The mistakes HR maintainers actually make (issue #12, "Why"), each on the exact case the issue
 * names, with the helpful message in both languages: what is wrong, where, and what to write instead.
 */
const ALL = new Set(['document', 'graph'] as const);

const department =
  '---\nkind: department\nid: center\nname: 客户服务中心\nstatus: approved\n---\n\n## 部门职责\n\n1. 服务客户。\n';
const boss =
  '---\nid: boss\ntitle: 中心经理\ndepartment: center\njob_level: 经理\npurpose: 负责中心的全面工作。\nstatus: approved\n---\n\n## 职责任务\n\n1. 负责中心的全面工作。\n';

/** A role reporting to `boss`, its front matter lines given (after `id`), its body given. */
function role(id: string, lines: string, body = '## 职责任务\n\n1. 负责日常工作。\n'): string {
  return `---\nid: ${id}\n${lines.replace(/\n?$/, '\n')}---\n\n${body}`;
}

function check(files: Record<string, string>, locale: Locale): string[] {
  return checkFiles(
    { 'roles/departments/center.md': department, 'roles/boss.md': boss, ...files },
    { kinds: ALL, locale },
  );
}

const WORKER =
  'title: 客服专员\ndepartment: center\nreports_to: boss\njob_level: 专员\npurpose: 负责日常工作。\nstatus: approved';

describe('messages for the usual mistakes, in both languages', () => {
  it('a full-width colon after a key: says so, points at it, offers a fix, and checks the rest of the file', () => {
    const files = {
      'roles/worker.md': role('worker', WORKER.replace('purpose: ', 'purpose：') + '\ntitel: 客服专员'),
    };
    expect(check(files, 'en')).toEqual([
      'roles/worker.md:7:8 yaml-syntax Unexpected full-width colon `：` after the key `purpose`, expected a half-width colon and a space: `purpose: ` (Chinese input methods type `：`)',
      'roles/worker.md:9:1 schema-unknown-key Unexpected key `titel`, did you mean `title`?',
    ]);
    expect(check(files, 'zh-CN')).toEqual([
      'roles/worker.md:7:8 yaml-syntax 键 `purpose` 后面是全角冒号 `：`，应为半角冒号加空格：`purpose: `（中文输入法容易打出全角冒号）',
      'roles/worker.md:9:1 schema-unknown-key 键 `titel` 不存在，是不是指 `title`？',
    ]);
  });

  it('education: 本科 shows the right shape by example instead of "expected a map"', () => {
    const files = { 'roles/worker.md': role('worker', `${WORKER}\nrequirements:\n  education: 本科`) };
    expect(check(files, 'en')).toEqual([
      'roles/worker.md:10:14 schema-invalid-value Unexpected `本科` for `requirements.education`, expected a map, such as `education: { minimum: 本科 }`',
    ]);
    expect(check(files, 'zh-CN')).toEqual([
      'roles/worker.md:10:14 schema-invalid-value `requirements.education` 的值 `本科` 不对，应为映射（键: 值），例如 `education: { minimum: 本科 }`',
    ]);
  });

  it('a report_to typo: the cause (unknown key, did you mean reports_to) and not its consequence (a second root)', () => {
    const files = { 'roles/worker.md': role('worker', WORKER.replace('reports_to:', 'report_to:')) };
    expect(check(files, 'en')).toEqual([
      'roles/worker.md:5:1 schema-unknown-key Unexpected key `report_to`, did you mean `reports_to`?',
    ]);
    // Nor the other consequences: the superior's direct_reports, the file's own `inferred` list.
    const both = {
      'roles/boss.md': boss.replace('status: approved', 'status: approved\ndirect_reports:\n  - worker'),
      'roles/worker.md': role('worker', `${WORKER.replace('reports_to:', 'report_to:')}\ninferred:\n  - reports_to`),
    };
    expect(check(both, 'en')).toEqual([
      'roles/worker.md:5:1 schema-unknown-key Unexpected key `report_to`, did you mean `reports_to`?',
    ]);
    expect(check(files, 'zh-CN')).toEqual([
      'roles/worker.md:5:1 schema-unknown-key 键 `report_to` 不存在，是不是指 `reports_to`？',
    ]);
  });

  it('a Chinese file name: names a valid ASCII id (pinyin of the title, or title_en), never the Chinese name', () => {
    const files = { 'roles/网络安全主管.md': role('network', WORKER.replace('客服专员', '网络安全主管')) };
    expect(check(files, 'en')).toEqual([
      'roles/网络安全主管.md:2:5 id-matches-file Unexpected file name `网络安全主管.md` for an id: ids are lowercase ASCII letters, digits and `-`. Expected the file renamed to `wang-luo-an-quan-zhu-guan.md` with `id: wang-luo-an-quan-zhu-guan` (the pinyin of the title `网络安全主管`)',
    ]);
    expect(check(files, 'zh-CN')).toEqual([
      'roles/网络安全主管.md:2:5 id-matches-file 文件名 `网络安全主管.md` 不能作编号：编号只能用小写 ASCII 字母、数字和 `-`。应把文件改名为 `wang-luo-an-quan-zhu-guan.md` 并写 `id: wang-luo-an-quan-zhu-guan`（由标题 `网络安全主管` 的拼音得出）',
    ]);
    const withEnglish = {
      'roles/网络安全主管.md': role(
        'network',
        `${WORKER.replace('客服专员', '网络安全主管')}\ntitle_en: Network Security Supervisor`,
      ),
    };
    expect(check(withEnglish, 'en').join('\n')).toContain('`network-security-supervisor.md`');
    expect(check(withEnglish, 'zh-CN').join('\n')).toContain('`network-security-supervisor.md`');
  });

  it('an unknown section heading: suggests the configured section (or alias) it probably means', () => {
    const files = { 'roles/worker.md': role('worker', WORKER, '## 岗位描述\n\n1. 负责日常工作。\n') };
    expect(check(files, 'en')).toEqual([
      'roles/worker.md:11:4 required-section Missing required section `职责任务`, expected a `## 职责任务` heading in every role file: `## 岗位描述` is not a known section, did you mean `岗位职责`?',
    ]);
    expect(check(files, 'zh-CN')).toEqual([
      'roles/worker.md:11:4 required-section 缺少必需的章节 `职责任务`，每个岗位文件都应有 `## 职责任务` 标题：`## 岗位描述` 不是已知的章节名，是不是指 `岗位职责`？',
    ]);
  });

  it('Chinese words for enum values: status 草稿/已批准/已停用 are accepted, job_level 主任 gets a did-you-mean', () => {
    for (const status of ['草稿', '已批准', '已停用'])
      expect(check({ 'roles/worker.md': role('worker', WORKER.replace('approved', status)) }, 'zh-CN')).toEqual([]);
    const files = { 'roles/worker.md': role('worker', WORKER.replace('job_level: 专员', 'job_level: 主任')) };
    expect(check(files, 'en')).toEqual([
      'roles/worker.md:6:12 schema-invalid-value Unexpected `主任` for `job_level`, expected one of `助理`, `专员`, `主办`, `主管`, `副经理`, `经理`: did you mean `主管`?',
    ]);
    expect(check(files, 'zh-CN')).toEqual([
      'roles/worker.md:6:12 schema-invalid-value `job_level` 的值 `主任` 不对，应为 `助理`、`专员`、`主办`、`主管`、`副经理`、`经理` 之一：是不是指 `主管`？',
    ]);
    const unknownStatus = { 'roles/worker.md': role('worker', WORKER.replace('approved', '审核中')) };
    expect(check(unknownStatus, 'zh-CN').join('\n')).toMatch(/`status` 的值 `审核中` 不对.*草稿/);
  });

  it('gender as a bare item or clause in a requirement section, and 适合男性, are errors; the negative cases stay clean', () => {
    const requirements = (items: string[]) =>
      role(
        'worker',
        WORKER,
        `## 职责任务\n\n1. 负责男装品类的采购。\n\n## 任职资格\n\n${items.map((item, i) => `${i + 1}. ${item}`).join('\n')}\n`,
      );
    const found = (locale: Locale, items: string[]) =>
      check({ 'roles/worker.md': requirements(items) }, locale).filter((line) => line.includes('discriminatory'));
    for (const locale of ['en', 'zh-CN'] as const) {
      expect(found(locale, ['男性，本科以上。'])).toHaveLength(1);
      expect(found(locale, ['男，35岁以下。'])).toHaveLength(1);
      expect(found(locale, ['适合男性。'])).toHaveLength(1);
      expect(found(locale, ['女性优先。'])).toHaveLength(1);
      expect(found(locale, ['男女不限，本科以上。', '熟悉女职工权益保护的规定。'])).toEqual([]);
    }
    expect(found('en', ['适合男性。'])[0]).toMatch(/Unexpected gender requirement `适合男性`, expected none/);
    expect(found('zh-CN', ['适合男性。'])[0]).toMatch(/性别要求 `适合男性`/);
  });
});
