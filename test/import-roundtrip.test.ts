import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-import-rt-'));
  dirs.push(dir);
  return dir;
}

/** Every role file of `roles/`, by path relative to it. */
function roleFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!file.startsWith('departments/')) files.set(file, readFileSync(path.join(dir, file), 'utf8'));
  }
  return files;
}

/** A project with the organisation's departments and configuration, and no role yet. */
function emptyOrganisation(): string {
  const dir = tempDir();
  cpSync(path.join(ROOT, 'roles.config.yaml'), path.join(dir, 'roles.config.yaml'));
  mkdirSync(path.join(dir, 'roles'));
  cpSync(path.join(ROOT, 'roles/departments'), path.join(dir, 'roles/departments'), { recursive: true });
  return dir;
}

const frontMatter = (text: string) => text.split('---\n')[1] ?? '';

/** `roles report card --all --format docx` of roles/ in each language, exported once per file. */
const exports = new Map<string, Promise<Uint8Array>>();
function allCards(lang: string): Promise<Uint8Array> {
  let bytes = exports.get(lang);
  if (!bytes) {
    const file = path.join(tempDir(), 'all.docx');
    bytes = runCli(['--lang', lang, 'report', 'card', '--all', '--format', 'docx', '-o', file], ROOT).then((card) => {
      expect(card.code).toBe(0);
      return readFileSync(file);
    });
    exports.set(lang, bytes);
  }
  return bytes;
}

describe('roles import: round trip from roles report card --format docx', () => {
  it.each(['zh-CN', 'en'])(
    'imports every role of roles/ back to the identical file, in the same folder (%s card)',
    async (lang) => {
      const exported = path.join(tempDir(), 'all.docx');
      writeFileSync(exported, await allCards(lang));
      const dir = emptyOrganisation();
      const result = await runCli(['--lang', 'zh-CN', 'import', exported], dir);
      expect(result.code).toBe(0);
      const original = roleFiles(path.join(ROOT, 'roles'));
      const imported = roleFiles(path.join(dir, 'roles'));
      expect([...imported.keys()].sort()).toEqual([...original.keys()].sort());
      for (const [file, text] of original) expect(imported.get(file), file).toBe(text);
      expect(result.stdout).toContain(`导入了 ${original.size} 个岗位（0 处推断`);
    },
  );

  it('reads a cell changed in Word from the form, and notes which', async () => {
    const exported = tempDir();
    const file = path.join(exported, 'card.docx');
    await runCli(
      ['--lang', 'zh-CN', 'report', 'card', 'product-support-supervisor', '--format', 'docx', '-o', file],
      ROOT,
    );
    const parts = unzipSync(readFileSync(file));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('为重点客户提供技术支撑');
    parts['word/document.xml'] = strToU8(xml.replace('为重点客户提供技术支撑', '为重点客户和行业客户提供技术支撑'));
    writeFileSync(file, zipSync(parts));
    const dir = emptyOrganisation();
    const result = await runCli(['--lang', 'zh-CN', 'import', file], dir);
    expect(result.code).toBe(0);
    const text = readFileSync(
      path.join(dir, 'roles/gov-enterprise-support-center/product-support-supervisor.md'),
      'utf8',
    );
    expect(text).toContain('purpose: 为重点客户和行业客户提供技术支撑，理顺各类产品（尤其是转型业务）维护流程。\n');
    expect(text).toContain('从 roles 导出的 Word 表单导入；表单中改动过的栏目按表单内容重读：工作目的。');
    // What the form does not show still comes from the card's copy of the file.
    expect(text).toContain('title_en: Product Support Supervisor\n');
    expect(text).toContain('  - kind: ambiguous\n    about:\n      - requirements\n');
    expect(text.split('---\n')[2]).toBe(
      readFileSync(path.join(ROOT, 'roles/gov-enterprise-support-center/product-support-supervisor.md'), 'utf8').split(
        '---\n',
      )[2],
    );
  });

  it('reads the visible form alone (no embedded copy) to the same reporting facts for every role', async () => {
    const file = path.join(tempDir(), 'all.docx');
    const parts = unzipSync(await allCards('zh-CN'));
    delete parts['docProps/custom.xml'];
    writeFileSync(file, zipSync(parts));
    const dir = emptyOrganisation();
    const result = await runCli(['--lang', 'zh-CN', 'import', file], dir);
    expect(result.code).toBe(0);
    const original = roleFiles(path.join(ROOT, 'roles'));
    const imported = roleFiles(path.join(dir, 'roles'));
    expect([...imported.keys()].sort()).toEqual([...original.keys()].sort());
    const facts = (text: string) =>
      frontMatter(text)
        .split('\n')
        .filter((line) => /^(id|title|department|reports_to|job_level|headcount|purpose):/.test(line));
    for (const [name, text] of original) expect(facts(imported.get(name)!), name).toEqual(facts(text));
  });
});

describe('roles import: the seed’s best-preserved role documents', () => {
  const seed = readFileSync(path.join(ROOT, 'test/data/seed/000_746d8735c6313b34.txt'), 'utf8');

  function seedProject(): string {
    const dir = tempDir();
    cpSync(path.join(ROOT, 'roles.config.yaml'), path.join(dir, 'roles.config.yaml'));
    cpSync(path.join(ROOT, 'roles'), path.join(dir, 'roles'), { recursive: true });
    return dir;
  }

  it('客户服务中心主管: heading, 一、二、三 sections run into one line, duty groups, requirements in parts', async () => {
    const start = seed.indexOf('客户服务中心主管岗位说明书');
    const section = seed.slice(start, seed.indexOf('客户服务部岗位说明书', start));
    const dir = seedProject();
    writeFileSync(path.join(dir, 'csc.txt'), section);
    const result = await runCli(
      ['--lang', 'zh-CN', 'import', 'csc.txt', '--department', 'customer-service-center'],
      dir,
    );
    expect(result.code).toBe(0);
    const text = readFileSync(
      path.join(dir, 'roles/customer-service-center/ke-hu-fu-wu-zhong-xin-zhu-guan.md'),
      'utf8',
    );
    expect(frontMatter(text)).toBe(CSC_FRONT_MATTER);
    expect(text.split('---\n')[2]).toBe(CSC_BODY);
    // The source names no superior: `roles check` says so; its ASCII commas are warnings with fixes.
    expect(result.stdout).toContain('single-root');
    expect(result.stdout).toContain('fullwidth-punctuation');
  });

  it('产品支撑主管: labels alone on their lines, the superior and department resolved by name', async () => {
    const marker = '岗位说明书\n职务名称\n产品支撑主管\n所属部门';
    const start = seed.indexOf(marker);
    const last = '(4)负责组织进行资源确认;';
    const section = seed.slice(start, seed.indexOf(last, start) + last.length);
    const dir = seedProject();
    writeFileSync(path.join(dir, 'ps.txt'), section);
    const result = await runCli(['--lang', 'zh-CN', 'import', 'ps.txt'], dir);
    expect(result.code).toBe(0);
    const text = readFileSync(
      path.join(dir, 'roles/gov-enterprise-support-center/chan-pin-zhi-cheng-zhu-guan.md'),
      'utf8',
    );
    expect(frontMatter(text)).toBe(PS_FRONT_MATTER);
    expect(text.split('---\n')[2]).toBe(
      '\n## 职责任务\n\n1. 主要负责售前技术方案审核和产品支撑;\n2. 负责制定客户解决方案;\n3. 负责重大项目技术方案的审核;\n4. 负责组织进行资源确认;\n',
    );
    expect(
      readFileSync(path.join(dir, 'roles/gov-enterprise-support-center/om-center-deputy-manager.md'), 'utf8'),
    ).toContain('  - service-quality-supervisor\n  - chan-pin-zhi-cheng-zhu-guan\n');
    expect(result.stdout).toContain('（0 个错误，4 个警告）');
  });
});

const CSC_FRONT_MATTER = `id: ke-hu-fu-wu-zhong-xin-zhu-guan
title: 客户服务中心主管
department: customer-service-center
job_level: 主管
purpose: 客户服务中心主管是负责管理和协调客户服务中心工作的职位,主要负责客户服务团队的领导、员工培训、绩效管理、问题解决以及与其他部门的沟通合作等工作。
requirements:
  education:
    minimum: 本科
    as_written: 本科以上学历
  majors:
    preferred:
      - 管理或相关专业
  experience:
    years: 3
    field: 客户服务或相关工作经验
    preferred: 有团队管理经验者优先考虑
status: draft
notes:
  - kind: normalised
    about:
      - requirements.majors
    text: “学历要求”一栏写作“本科以上学历,管理或相关专业优先考虑。”，按 requirements.education, requirements.majors 分项记录。
  - kind: normalised
    about:
      - requirements.experience
    text: “工作经验”一栏写作“具备3年以上客户服务或相关工作经验,有团队管理经验者优先考虑。”，按 requirements.experience 分项记录。
  - kind: inferred
    about:
      - title
    text: 源文件没有“岗位名称”一栏，岗位名称取自标题“客户服务中心主管岗位说明书”。
  - kind: inferred
    about:
      - job_level
    text: 源文件没有写职级，职级“主管”取自岗位名称“客户服务中心主管”。
  - kind: inferred
    about:
      - status
    text: 导入的岗位说明书尚未在本仓库审批，状态记为草稿。
  - kind: normalised
    text: 表单栏目按同义名称读取：岗位概述 → 工作目的；岗位职责 → 职责任务；任职要求 → 任职资格；学历要求 → 学历。
inferred:
  - job_level
  - status
`;

const CSC_BODY = `
## 职责任务

### 领导和管理

- 负责领导和管理客户服务团队,制定团队目标和工作计划。
- 指导和培训团队成员,提高团队成员的专业知识和技能。
- 负责制定并执行客户服务政策和流程,确保团队成员按照标准流程提供服务。
- 监督团队成员的工作质量和效率,确保客户问题能够及时解决。
- 组织和主持团队会议,及时了解团队工作进展和存在的问题。

### 员工培训

- 根据团队成员的需要,制定相应的培训计划,提升团队整体的专业水平。
- 定期组织培训活动,提供相关的培训资料和资源。
- 与相关部门合作,协调安排外部培训资源,帮助团队成员不断提升自身能力。

### 绩效管理

- 设定团队和个人的绩效目标,确保团队整体和个人的绩效达到预期要求。
- 定期对团队成员进行绩效评估,提供及时的反馈和改进建议。
- 根据团队绩效情况,制定激励措施,提高团队成员的工作积极性和归属感。

### 问题解决

- 负责处理并解决客户的投诉和问题,确保客户的权益得到保护。
- 协助团队成员解决复杂问题,提供相关技术或管理支持。
- 与其他部门合作,修复和改进客户服务流程,提高客户满意度。

### 部门协作

- 与其他部门保持紧密的沟通和合作,确保客户问题可以得到及时处理。
- 参与跨部门项目,提供客户服务的相关建议和支持。
- 建立和维护良好的内外部工作关系,促进团队之间的合作。

## 技能要求

- 熟悉客户服务的工作流程和相关法规政策。
- 具备问题解决和决策能力,能够在紧急情况下做出正确的决策。
- 具备良好的沟通和协调能力,能够与不同团队和部门进行有效的沟通和合作。
`;

const PS_FRONT_MATTER = `id: chan-pin-zhi-cheng-zhu-guan
title: 产品支撑主管
department: gov-enterprise-support-center
reports_to: om-center-deputy-manager
job_level: 主管
purpose: 为重点客户提供技术支撑,理顺各类产品(尤其是转型业务)维护流程。
status: draft
notes:
  - kind: inferred
    about:
      - job_level
    text: 源文件没有写职级，职级“主管”取自岗位名称“产品支撑主管”。
  - kind: inferred
    about:
      - status
    text: 导入的岗位说明书尚未在本仓库审批，状态记为草稿。
  - kind: normalised
    text: 表单栏目按同义名称读取：职务名称 → 岗位名称。
  - kind: normalised
    about:
      - reports_to
    text: 直接上级 写的是岗位名称“省级操作维护中心副经理”，按名称对应到 \`om-center-deputy-manager\`。
  - kind: normalised
    about:
      - department
    text: 所属部门“省级操作维护中心”按部门名称对应到 \`gov-enterprise-support-center\`。
inferred:
  - job_level
  - status
`;
