// Generates a deterministic synthetic organisation of N roles for the benchmark.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny seeded PRNG, so every run writes the same bytes. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['助理', '专员', '主办', '主管', '副经理', '经理'];
const VERBS = ['负责', '参与', '组织', '协调', '指导', '审核', '跟踪', '统计分析', '编制', '落实'];
const OBJECTS = [
  '政企客户售前技术方案',
  '业务开通进度',
  '网络数据配置',
  '客户满意度调查',
  '重大项目技术方案',
  '服务质量指标',
  '电子工单系统信息',
  '产品维护流程',
  '客户投诉处理',
  '集团客户资料',
  '业务规范和流程',
  'ICT项目交付验收',
];
const TAILS = [
  '，确保按时限完成',
  '，并形成分析报告',
  '，提出改进建议',
  '，保证数据准确',
  '，及时反馈问题并协调解决',
  '',
];
const MAJORS = ['通信', '计算机', '市场营销', '电子信息', '管理类'];

function sentence(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  return `${pick(VERBS)}${pick(OBJECTS)}${pick(TAILS)}。`;
}

/** Numbered items without repeats, as a real description has. */
function list(rnd, count) {
  const items = new Set();
  while (items.size < count) items.add(sentence(rnd));
  return [...items].map((item, i) => `${i + 1}. ${item}`).join('\n');
}

/**
 * Writes `count` roles under `dir/roles`: a department tree with fan-out 5–8, full front
 * matter, Chinese bodies with the usual sections, lists and a table, and a few seeded problems.
 */
export function generate(dir, count, seed = 42) {
  const rnd = random(seed);
  rmSync(dir, { recursive: true, force: true });
  const roles = [];
  // Breadth-first: role i reports to an earlier role; each superior gets 5–8 subordinates.
  const queue = [0];
  roles.push({ index: 0, parent: -1, depth: 0 });
  let next = 1;
  while (next < count) {
    const parent = queue.shift();
    const fanOut = 5 + Math.floor(rnd() * 4);
    for (let k = 0; k < fanOut && next < count; k++) {
      roles.push({ index: next, parent, depth: roles[parent].depth + 1 });
      queue.push(next);
      next++;
    }
  }
  const maxDepth = roles.reduce((deepest, r) => Math.max(deepest, r.depth), 0);
  const children = new Map();
  for (const r of roles) if (r.parent >= 0) children.set(r.parent, [...(children.get(r.parent) ?? []), r.index]);
  // A department per role that has subordinates and sits in the top three levels.
  const departmentOf = new Array(count);
  const departments = [];
  for (const r of roles) {
    if (r.depth <= 2 && children.has(r.index)) {
      departments.push({
        id: `dept-${r.index}`,
        head: r.index,
        parent: r.parent >= 0 ? departmentOf[r.parent] : undefined,
      });
      departmentOf[r.index] = `dept-${r.index}`;
    } else {
      departmentOf[r.index] = departmentOf[r.parent];
    }
  }
  const id = (i) => `role-${String(i).padStart(6, '0')}`;
  const level = (r) => LEVELS[Math.max(0, LEVELS.length - 1 - Math.floor((r.depth * LEVELS.length) / (maxDepth + 1)))];
  const rolesDir = path.join(dir, 'roles');
  mkdirSync(path.join(rolesDir, 'departments'), { recursive: true });
  for (const d of departments) {
    const lines = ['---', 'kind: department', `id: ${d.id}`, `name: 政企客户支撑${d.id.slice(5)}部`];
    if (d.parent) lines.push(`parent: ${d.parent}`);
    lines.push(`head: ${id(d.head)}`, 'status: approved', '---', '', '## 部门职责', '', list(rnd, 6), '');
    writeFileSync(path.join(rolesDir, 'departments', `${d.id}.md`), lines.join('\n'));
  }
  for (const r of roles) {
    const dept = departmentOf[r.index];
    const folder = path.join(rolesDir, dept);
    mkdirSync(folder, { recursive: true });
    const subs = children.get(r.index) ?? [];
    const placeholder = r.index % 97 === 13;
    const typo = r.index % 211 === 17 && r.parent >= 0;
    const fm = ['---', `id: ${id(r.index)}`, `title: 政企客户支撑岗位${r.index}`, `department: ${dept}`];
    if (r.parent >= 0) fm.push(`reports_to: ${typo ? id(r.parent).replace('role-', 'rol-') : id(r.parent)}`);
    if (subs.length > 0) fm.push('direct_reports:', ...subs.map((s) => `  - ${id(s)}`));
    fm.push(
      `job_level: ${level(r)}`,
      `headcount: ${rnd() < 0.85 ? 1 : 2}`,
      `purpose: ${placeholder ? 'XXXX' : `为政企客户提供${OBJECTS[r.index % OBJECTS.length]}支撑，保证服务质量。`}`,
      'requirements:',
      `  education: { minimum: ${rnd() < 0.5 ? '大专' : '本科'} }`,
      `  majors: [${MAJORS[r.index % MAJORS.length]}]`,
      '  experience:',
      `    years: ${1 + Math.floor(rnd() * 5)}`,
      '    field: 相关专业工作经验',
      '  core_skills:',
      ...['numeracy', 'communication', 'information_technology', 'self_improvement', 'teamwork', 'problem_solving'].map(
        (k) => `    ${k}: ${1 + Math.floor(rnd() * 5)}`,
      ),
      '  physical:',
      '    gender: { requirement: 不限 }',
      'status: approved',
      'owner: 人力资源部',
      'version: 1',
      '---',
    );
    const body = [
      '',
      '## 职责任务',
      '',
      list(rnd, 12),
      '',
      '## 工作权限',
      '',
      list(rnd, 3),
      '',
      '## 考核要点',
      '',
      '| 指标 | 权重 | 说明 |',
      '| --- | --- | --- |',
      `| 业务开通及时率 | 40% | ${sentence(rnd)} |`,
      `| 工单填报准确性 | 30% | ${sentence(rnd)} |`,
      `| 客户满意度 | 30% | ${sentence(rnd)} |`,
      '',
      '## 工作难点',
      '',
      list(rnd, 3),
      '',
      '## 工作禁忌',
      '',
      list(rnd, 3),
      '',
      '## 综合素质',
      '',
      list(rnd, 4),
      '',
      '## 其他要求',
      '',
      `熟悉${OBJECTS[r.index % OBJECTS.length]}，能够${sentence(rnd)}`,
      '',
    ];
    writeFileSync(path.join(folder, `${id(r.index)}.md`), [...fm, ...body].join('\n'));
  }
  writeFileSync(path.join(dir, 'roles.config.yaml'), `roles: [roles]\nroots: [${id(0)}]\n`);
  return { roles: count, departments: departments.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[3] ?? 1000);
  console.log(generate(process.argv[2] ?? 'bench/out/corpus', count));
}
