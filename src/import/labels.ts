/**
 * What a label of a 岗位说明书 form stands for. `section` labels become a body section of that
 * heading; `group` labels head a block of sub-labels (任职资格 → 学历, 专业 …) and carry no value
 * of their own; `heading` is the form's own title line (岗位说明书), which says nothing new.
 */
export type LabelKey =
  | 'title'
  | 'title_en'
  | 'id'
  | 'aliases'
  | 'department'
  | 'job_level'
  | 'reports_to'
  | 'direct_reports'
  | 'headcount'
  | 'job_code'
  | 'pay'
  | 'purpose'
  | 'requirements'
  | 'education'
  | 'education_experience'
  | 'majors'
  | 'experience'
  | 'knowledge'
  | 'foreign_language'
  | 'computer_skills'
  | 'training'
  | 'certifications'
  | 'physical'
  | 'core_skills'
  | 'career_path'
  | 'work_environment'
  | 'tools'
  | 'collaboration'
  | 'internal'
  | 'external'
  | 'notes'
  | 'analysis_date'
  | 'version'
  | 'status'
  | 'owner'
  | 'approval'
  | 'description'
  | 'section'
  | 'heading'
  | `physical.${string}`;

export interface Label {
  key: LabelKey;
  /** The label as the form writes it. */
  text: string;
  /** The name the file format uses for it (the card's label); differs when the form used a variant. */
  canonical: string;
  /** For `section`: the body heading the value goes under. */
  heading?: string;
}

/**
 * Every label the importer knows, canonical name first, then the variants forms use. The
 * canonical names are the card's (`form.*` in `src/i18n/messages/form.ts`), so an exported form reads back
 * without a guess.
 */
const LABELS: ReadonlyArray<{ key: LabelKey; names: readonly string[]; heading?: string }> = [
  {
    key: 'title',
    names: ['岗位名称', '职位名称', '职务名称', '岗位', 'position', 'title', 'job title', 'position title'],
  },
  { key: 'title_en', names: ['英文名称', '岗位英文名称', 'english title', 'title_en'] },
  { key: 'id', names: ['岗位编号', 'position id', 'id'] },
  { key: 'aliases', names: ['别名', '又称', 'aliases'] },
  { key: 'department', names: ['所属部门', '部门', '所在部门', '部门名称', 'department'] },
  { key: 'job_level', names: ['职级', '岗位职级', '岗位等级', '职位等级', '级别', 'level', 'job level', 'grade'] },
  {
    key: 'reports_to',
    names: ['直接上级', '汇报对象', '上级岗位', '直属上级', '上级', '汇报上级', 'reports to', 'superior'],
  },
  {
    key: 'direct_reports',
    names: ['直接下级', '直接下属', '下属岗位', '下级岗位', '直属下级', '管理对象', 'direct reports', 'subordinates'],
  },
  { key: 'headcount', names: ['岗位定员', '定员', '编制人数', '人数', '岗位编制', 'headcount'] },
  { key: 'job_code', names: ['职务代码', '岗位代码', '职位代码', 'job code'] },
  { key: 'pay', names: ['岗位工资', '薪酬等级', '工资级别', '岗位薪级', 'pay grade'] },
  {
    key: 'purpose',
    names: [
      '工作目的',
      '岗位职责概述',
      '岗位概述',
      '职位概述',
      '岗位目的',
      '本职概述',
      '岗位设置目的',
      '工作概述',
      'purpose',
      'job purpose',
    ],
  },
  {
    key: 'section',
    heading: '职责任务',
    names: [
      '职责任务',
      '职责与工作任务',
      '岗位职责',
      '工作职责',
      '主要职责',
      '岗位职责与工作任务',
      '工作内容',
      '职责',
      '工作任务',
      'duties',
      'responsibilities',
    ],
  },
  { key: 'section', heading: '工作权限', names: ['工作权限', '岗位权限', '权限', '职权', 'authority'] },
  {
    key: 'section',
    heading: '考核要点',
    names: ['考核要点', '考核指标', '绩效标准', '考核内容', '业绩标准', 'assessed on', 'assessment'],
  },
  { key: 'section', heading: '工作难点', names: ['工作难点'] },
  { key: 'section', heading: '工作禁忌', names: ['工作禁忌'] },
  { key: 'section', heading: '综合素质', names: ['综合素质', '素质要求', '能力要求', '所需能力和素质'] },
  { key: 'section', heading: '技能要求', names: ['技能要求', '技能', 'skills'] },
  { key: 'section', heading: '备注', names: ['备注', 'remarks'] },
  { key: 'section', heading: '其他要求', names: ['其他要求', '其它要求'] },
  { key: 'section', heading: '薪酬福利', names: ['薪酬福利'] },
  {
    key: 'requirements',
    names: ['任职资格', '任职要求', '岗位要求', '任职条件', '职位要求', 'requirements', 'qualifications'],
  },
  { key: 'education_experience', names: ['学历要求及工作经验', '学历及工作经验', '学历与经验'] },
  { key: 'education', names: ['学历', '学历要求', '最低学历', '教育背景', '文化程度', 'education'] },
  { key: 'majors', names: ['专业', '专业要求', '所学专业', 'majors', 'major'] },
  { key: 'experience', names: ['工作经验', '经验', '工作经历', '经验要求', 'experience'] },
  {
    key: 'knowledge',
    names: ['专业知识', '知识', '专业背景', '知识要求', '知识经验', 'knowledge'],
  },
  { key: 'foreign_language', names: ['外语', '外语要求', '外语水平', 'foreign language'] },
  { key: 'computer_skills', names: ['计算机', '计算机水平', '计算机技能', '计算机要求', 'computer skills'] },
  { key: 'training', names: ['培训', '所需培训', '培训要求', '培训经历', 'training'] },
  { key: 'certifications', names: ['证书', '资格证书', '职业资格', '执业资格', 'certificates', 'certifications'] },
  { key: 'physical', names: ['生理要求', '身体要求', 'physical demands'] },
  { key: 'physical.gender', names: ['性别', 'gender'] },
  { key: 'physical.age', names: ['年龄', 'age'] },
  { key: 'physical.height', names: ['身高', 'height'] },
  { key: 'physical.weight', names: ['体重', 'weight'] },
  { key: 'physical.hearing', names: ['听力', 'hearing'] },
  { key: 'physical.vision', names: ['视力', 'vision'] },
  { key: 'physical.health', names: ['健康状况', '健康', 'health'] },
  { key: 'physical.appearance', names: ['外貌', 'appearance'] },
  { key: 'physical.voice', names: ['声音', 'voice'] },
  { key: 'core_skills', names: ['核心技能', 'core skills'] },
  {
    key: 'career_path',
    names: ['职业发展', '晋升方向', '发展方向', '职业发展方向', '晋升通道', '可晋升岗位', 'career path'],
  },
  { key: 'work_environment', names: ['工作环境', '工作条件', 'work environment'] },
  { key: 'tools', names: ['工具设备', '使用工具', '使用工具设备', '工作工具', 'tools'] },
  { key: 'collaboration', names: ['协作关系', '工作联系', '工作关系', 'collaboration'] },
  { key: 'internal', names: ['内部联系', '内部协作', '内部关系', 'internal'] },
  { key: 'external', names: ['外部联系', '外部协作', '外部关系', 'external'] },
  { key: 'notes', names: ['说明', 'notes'] },
  { key: 'analysis_date', names: ['分析日期', '岗位分析日期', '编制日期', '日期', 'analysed on', 'date'] },
  { key: 'version', names: ['版本', '版本号', 'version'] },
  { key: 'status', names: ['状态', 'status'] },
  { key: 'owner', names: ['负责人', '维护人', 'owner'] },
  { key: 'approval', names: ['审批', '审核', '批准', 'approval'] },
  // Not `job description`: that is the English card's heading (`产品支撑主管  Job description`).
  { key: 'description', names: ['工作描述', '岗位描述', '职位描述'] },
];

const BY_NAME = new Map<string, Label>();
for (const entry of LABELS)
  for (const name of entry.names)
    if (!BY_NAME.has(name))
      BY_NAME.set(name, {
        key: entry.key,
        text: name,
        canonical: entry.names[0]!,
        ...(entry.heading ? { heading: entry.heading } : {}),
      });

/** Labels that head a block of sub-labels and hold no value of their own. */
export const GROUP_KEYS: ReadonlySet<LabelKey> = new Set([
  'requirements',
  'physical',
  'description',
  'collaboration',
  'education_experience',
]);

/**
 * The label a cell or line holds, if it is one: whitespace inside removed (表格里常写作 `岗 位 名 称`),
 * a trailing colon and a leading list number (`一、`, `1.`, `（1）`) ignored, English case ignored.
 */
export function matchLabel(raw: string): Label | undefined {
  const text = normaliseLabel(raw);
  if (text === '' || text.length > 24) return undefined;
  const found = BY_NAME.get(text.toLowerCase()) ?? BY_NAME.get(text);
  return found && { ...found, text };
}

/** The label's text as compared: NFKC, no inner spaces (CJK), no colon, no list number. */
export function normaliseLabel(raw: string): string {
  let text = raw.normalize('NFKC').trim();
  text = text.replace(/^(?:[一二三四五六七八九十]+[、.]|\(?\d{1,2}[.、)]|\([一二三四五六七八九十]+\))\s*/, '');
  text = text.replace(/\s*[:：]\s*$/, '');
  // Form cells space out short labels: 岗 位 名 称.
  if (/^[\p{Script=Han}\s]+$/u.test(text)) text = text.replace(/\s+/g, '');
  return text.trim();
}

/** Every known label text, longest first, for finding `label：value` at the start of a line. */
export const LABEL_NAMES: readonly string[] = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);
