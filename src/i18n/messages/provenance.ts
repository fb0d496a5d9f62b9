/** Provenance in reports: the notes (说明) of a file and the mark on inferred values. */
export const provenanceMessages = {
  'provenance.heading': { 'zh-CN': '说明', en: 'Notes (说明)' },
  'provenance.kindColumn': { 'zh-CN': '类型', en: 'Kind' },
  'provenance.aboutColumn': { 'zh-CN': '涉及', en: 'About' },
  'provenance.textColumn': { 'zh-CN': '说明', en: 'Note' },
  'provenance.inferredMark': { 'zh-CN': '（推定）', en: ' (inferred)' },
  'provenance.textTarget': {
    'zh-CN': '源文件原文，本组织没有这个岗位的文件',
    en: 'as the source writes it; no role file',
  },
  'provenance.kind.source': { 'zh-CN': '来源', en: 'source' },
  'provenance.kind.inferred': { 'zh-CN': '推定', en: 'inferred' },
  'provenance.kind.merged': { 'zh-CN': '合并', en: 'merged' },
  'provenance.kind.normalised': { 'zh-CN': '规范化', en: 'normalised' },
  'provenance.kind.repaired': { 'zh-CN': '修复抓取损坏', en: 'repaired scrape damage' },
  'provenance.kind.omitted': { 'zh-CN': '未采用', en: 'omitted' },
  'provenance.kind.ambiguous': { 'zh-CN': '存疑', en: 'ambiguous' },
  'provenance.departmentHeading': {
    'zh-CN': '所属部门{{name}}对各岗位的要求',
    en: 'What the department {{name}} states for all its roles',
  },
  'provenance.departmentRequirements': { 'zh-CN': '任职要求', en: 'Requirements (任职要求)' },
  'provenance.departmentEnvironment': { 'zh-CN': '工作环境', en: 'Work environment (工作环境)' },
  'provenance.departmentCareer': { 'zh-CN': '职业发展', en: 'Career development (职业发展)' },
} as const;
