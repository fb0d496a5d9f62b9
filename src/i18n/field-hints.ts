/** The languages templates are written in: the catalogue's locales. */
export type TemplateLanguage = 'zh-CN' | 'en';

type Hints = Record<string, { 'zh-CN': string; en: string }>;

/**
 * What goes in each front-matter key, as the comment beside it in a new file. Keyed by dotted
 * path; `*.key` applies to that key wherever it sits. A test checks every schema key has one.
 */
export const FIELD_HINTS: Hints = {
  kind: {
    'zh-CN': '文件类型：岗位文件可省略，部门文件写 department',
    en: 'file kind: optional for roles, `department` for departments',
  },
  id: {
    'zh-CN': '稳定的编号：小写 ASCII，用 - 连接，与文件名相同',
    en: 'stable id: lowercase ASCII joined by -, equal to the file name',
  },
  title: { 'zh-CN': '岗位名称（中文原文）', en: 'the title as written in Chinese' },
  title_en: { 'zh-CN': '英文岗位名称', en: 'the title in English' },
  aliases: { 'zh-CN': '其他叫法，每行一个', en: 'other names, one per line' },
  department: { 'zh-CN': '所属部门的编号', en: 'the id of the department' },
  reports_to: {
    'zh-CN': '直接上级的岗位编号；只有汇报线的根才省略',
    en: 'the role id of the superior; left out only for a root',
  },
  direct_reports: { 'zh-CN': '直接下属的岗位编号，每行一个', en: 'the role ids of the direct reports, one per line' },
  job_level: {
    'zh-CN': '职级（roles.config.yaml 的 levels 之一）',
    en: 'job level, one of `levels` in roles.config.yaml',
  },
  job_code: { 'zh-CN': '职务代码', en: 'job code' },
  headcount: { 'zh-CN': '岗位定员（人数）', en: 'how many people hold the role' },
  pay_grade: { 'zh-CN': '工资级别范围', en: 'pay grade range' },
  'pay_grade.min': { 'zh-CN': '最低工资级别', en: 'lowest pay grade' },
  'pay_grade.max': { 'zh-CN': '最高工资级别', en: 'highest pay grade' },
  purpose: {
    'zh-CN': '工作目的：一两句话写明本岗位为什么存在',
    en: 'purpose: one or two sentences on why the role exists',
  },
  career_path: { 'zh-CN': '职业发展：可晋升到的岗位编号', en: 'career path: role ids this role can grow into' },
  collaboration: { 'zh-CN': '协作关系', en: 'who the role works with' },
  'collaboration.internal': { 'zh-CN': '内部协作：岗位或部门编号', en: 'inside: role or department ids' },
  'collaboration.external': { 'zh-CN': '外部协作：单位或人员，文字', en: 'outside: organisations or people, as text' },
  work_environment: { 'zh-CN': '工作环境', en: 'work environment' },
  tools: { 'zh-CN': '使用的工具设备', en: 'tools and equipment used' },
  requirements: { 'zh-CN': '任职资格', en: 'requirements' },
  'requirements.education': { 'zh-CN': '学历', en: 'education' },
  'requirements.education.minimum': {
    'zh-CN': '最低学历：初中、高中、中专、大专、本科、硕士或博士',
    en: 'lowest degree: 初中, 高中, 中专, 大专, 本科, 硕士 or 博士',
  },
  'requirements.education.preferred': { 'zh-CN': '理想学历', en: 'preferred degree' },
  'requirements.majors': { 'zh-CN': '专业背景', en: 'fields of study' },
  'requirements.experience': { 'zh-CN': '工作经验', en: 'experience' },
  'requirements.experience.years': { 'zh-CN': '相关工作经验年数', en: 'years of relevant experience' },
  'requirements.experience.field': { 'zh-CN': '经验领域', en: 'field of the experience' },
  'requirements.experience.alternative': { 'zh-CN': '或任下一职级 N 年以上', en: 'or N years at another level' },
  'requirements.experience.alternative.level': { 'zh-CN': '职级', en: 'job level' },
  'requirements.experience.alternative.years': { 'zh-CN': '年数', en: 'years' },
  'requirements.knowledge': { 'zh-CN': '专业知识，每行一项', en: 'knowledge, one item per line' },
  'requirements.foreign_language': { 'zh-CN': '外语', en: 'foreign language' },
  'requirements.computer_skills': { 'zh-CN': '计算机能力', en: 'computer skills' },
  'requirements.training': { 'zh-CN': '所需培训', en: 'training needed' },
  'requirements.certifications': { 'zh-CN': '证书', en: 'certifications' },
  'requirements.core_skills': { 'zh-CN': '核心技能，1 到 5 级', en: 'core skills on a 1–5 scale' },
  'requirements.core_skills.numeracy': { 'zh-CN': '演算', en: 'numeracy (演算)' },
  'requirements.core_skills.communication': { 'zh-CN': '交流', en: 'communication (交流)' },
  'requirements.core_skills.information_technology': { 'zh-CN': '信息技术', en: 'information technology (信息技术)' },
  'requirements.core_skills.self_improvement': { 'zh-CN': '自我改善', en: 'self-improvement (自我改善)' },
  'requirements.core_skills.teamwork': { 'zh-CN': '与人合作', en: 'teamwork (与人合作)' },
  'requirements.core_skills.problem_solving': { 'zh-CN': '解决问题', en: 'problem solving (解决问题)' },
  'requirements.physical': {
    'zh-CN': '生理要求：除“不限”外须写明理由（justification）',
    en: 'physical demands: anything but 不限 needs a justification',
  },
  'requirements.physical.gender': { 'zh-CN': '性别', en: 'gender (性别)' },
  'requirements.physical.age': { 'zh-CN': '年龄', en: 'age (年龄)' },
  'requirements.physical.height': { 'zh-CN': '身高', en: 'height (身高)' },
  'requirements.physical.weight': { 'zh-CN': '体重', en: 'weight (体重)' },
  'requirements.physical.hearing': { 'zh-CN': '听力', en: 'hearing (听力)' },
  'requirements.physical.vision': { 'zh-CN': '视力', en: 'vision (视力)' },
  'requirements.physical.health': { 'zh-CN': '健康状况', en: 'health (健康状况)' },
  'requirements.physical.appearance': { 'zh-CN': '外貌', en: 'appearance (外貌)' },
  'requirements.physical.voice': { 'zh-CN': '声音', en: 'voice (声音)' },
  '*.minimum': { 'zh-CN': '最低要求', en: 'minimum' },
  '*.preferred': { 'zh-CN': '理想要求', en: 'preferred' },
  '*.requirement': { 'zh-CN': '要求，例如“正常”', en: 'what is required, e.g. 正常' },
  '*.justification': { 'zh-CN': '岗位为什么需要它', en: 'why the job needs it' },
  status: { 'zh-CN': '状态：draft（草稿）、approved（已批准）或 retired（已停用）', en: 'draft, approved or retired' },
  analysis_date: {
    'zh-CN': '岗位分析日期，YYYY-MM 或 YYYY-MM-DD',
    en: 'date of the job analysis, YYYY-MM or YYYY-MM-DD',
  },
  owner: { 'zh-CN': '维护本文件的人或部门', en: 'who maintains this file' },
  version: { 'zh-CN': '版本', en: 'version' },
  '*.as_written': { 'zh-CN': '来源的原文写法', en: 'as the source writes it' },
  career_development: { 'zh-CN': '部门的职业发展说明，文字', en: 'career development in the department, as text' },
  notes: {
    'zh-CN': '说明：事实从哪里来，做过哪些判断（推定、合并、规范化……），报告中显示',
    en: 'notes: where the facts come from and every judgement call made on them, shown in reports',
  },
  'notes.kind': {
    'zh-CN': 'source、inferred、merged、normalised、repaired、omitted 或 ambiguous',
    en: 'source, inferred, merged, normalised, repaired, omitted or ambiguous',
  },
  'notes.about': {
    'zh-CN': '涉及的键（reports_to）或章节（## 职责任务）',
    en: 'the keys (reports_to) or sections (## 职责任务) it is about',
  },
  'notes.text': { 'zh-CN': '说明的内容', en: 'what was done, and why' },
  inferred: {
    'zh-CN': '来源没有写明、由维护者推定的键，例如 reports_to',
    en: 'keys whose values the source does not state, such as reports_to',
  },
  name: { 'zh-CN': '部门名称（中文原文）', en: 'the name as written in Chinese' },
  name_en: { 'zh-CN': '英文部门名称', en: 'the name in English' },
  parent: { 'zh-CN': '上级部门的编号；组织的顶层省略', en: 'the id of the parent department; left out at the top' },
  head: { 'zh-CN': '部门负责人的岗位编号', en: 'the role id of the head' },
  headcount_cap: { 'zh-CN': '编制：部门最多的人数', en: 'the most people the department may have' },
};

/** The hint for a dotted path, or undefined when the catalogue has none. */
export function fieldHint(path: string, language: TemplateLanguage): string | undefined {
  const key = path.slice(path.lastIndexOf('.') + 1);
  return (FIELD_HINTS[path] ?? FIELD_HINTS[`*.${key}`])?.[language];
}

/** What each default section holds, for the comment under its heading. */
export const SECTION_HINTS: Hints = {
  职责任务: { 'zh-CN': '本岗位的职责任务，每项一行：1. 负责……', en: 'the duties, one per line: 1. 负责……' },
  工作权限: { 'zh-CN': '本岗位的权限，每项一行', en: 'the authority of the role, one per line' },
  考核要点: { 'zh-CN': '考核要点或评价标准，每项一行', en: 'what the role is measured on, one per line' },
  工作难点: { 'zh-CN': '工作中的难点', en: 'what is hard about the job' },
  工作禁忌: { 'zh-CN': '工作中不得做的事', en: 'what the holder must never do' },
  综合素质: { 'zh-CN': '所需的能力和素质，每项一行', en: 'abilities and qualities needed, one per line' },
  其他要求: { 'zh-CN': '其他要求，每项一行', en: 'other requirements, one per line' },
  薪酬福利: { 'zh-CN': '薪酬和福利', en: 'pay and benefits' },
  部门职责: { 'zh-CN': '部门的职责，每项一行：1. 负责……', en: 'the duties of the department, one per line: 1. 负责……' },
  组织机构: { 'zh-CN': '部门内的岗位和汇报关系', en: 'the roles inside and who reports to whom' },
};
