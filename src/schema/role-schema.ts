import { t } from '../i18n/t.js';
import { z } from 'zod';

/** Stable identifiers: ASCII kebab-case, equal to the file name. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: () => t('core.schema.id') });

const text = z
  .string()
  .trim()
  .min(1, { error: () => t('core.schema.text') });
const textList = z.array(text);
/** A career target or partner that is no file of the organisation, as the source writes it. */
const textEntry = z.strictObject({ text: text.describe('As the source writes it, e.g. 客户服务经理') });
const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: () => t('core.schema.date') });

/** Education degrees from lowest to highest; 专科 is written 大专. */
export const EDUCATION_LEVELS = ['初中', '高中', '中专', '大专', '本科', '硕士', '博士'] as const;
const education = z.enum(EDUCATION_LEVELS);

/** Core skills of the telecom job descriptions, with their Chinese labels. */
export const CORE_SKILLS = {
  numeracy: '演算',
  communication: '交流',
  information_technology: '信息技术',
  self_improvement: '自我改善',
  teamwork: '与人合作',
  problem_solving: '解决问题',
} as const;

/** Physical and sensory demands (生理要求), with their Chinese labels. */
export const PHYSICAL_DEMANDS = {
  gender: '性别',
  age: '年龄',
  height: '身高',
  weight: '体重',
  hearing: '听力',
  vision: '视力',
  health: '健康状况',
  appearance: '外貌',
  voice: '声音',
} as const;

export const STATUSES = ['draft', 'approved', 'retired'] as const;
/** The Chinese names HR people write for each status, accepted as aliases: 草稿, 已批准, 已停用. */
export const STATUS_ALIASES: Readonly<Record<string, (typeof STATUSES)[number]>> = {
  草稿: 'draft',
  已批准: 'approved',
  已停用: 'retired',
};

/** What a note says was done to the source, with the Chinese label reports show. */
export const NOTE_KINDS = {
  source: '来源',
  inferred: '推定',
  merged: '合并',
  normalised: '规范化',
  repaired: '修复抓取损坏',
  omitted: '未采用',
  ambiguous: '存疑',
} as const;

/** A front-matter path such as `reports_to` or `requirements.education.minimum` (list items by index). */
const fieldPath = z.string().regex(/^[a-z_]+(?:\.(?:[a-z_]+|\d+))*$/, { error: () => t('core.schema.path') });

const note = z.strictObject({
  kind: z
    .enum(Object.keys(NOTE_KINDS) as [keyof typeof NOTE_KINDS, ...Array<keyof typeof NOTE_KINDS>])
    .describe('source, inferred, merged, normalised, repaired, omitted or ambiguous'),
  about: z
    .array(text)
    .optional()
    .describe('What the note is about: front-matter paths (`reports_to`) or body sections (`## 职责任务`)'),
  text: text.describe('说明: what was done to the source, and why'),
});

const skillLevel = z
  .int()
  .min(1, { error: () => t('core.schema.skillLevel') })
  .max(5, { error: () => t('core.schema.skillLevel') });
const demand = z.strictObject({
  requirement: text.describe('What is required, e.g. 正常'),
  justification: text.optional().describe('Why the job needs it; required by law for anything but 不限'),
});

const governance = {
  status: z
    .enum([...STATUSES, ...Object.keys(STATUS_ALIASES)])
    .transform((value) => STATUS_ALIASES[value] ?? (value as (typeof STATUSES)[number]))
    .describe(
      'draft, approved or retired (or 草稿, 已批准, 已停用, read as the same); draft for a role that only closes a reporting line',
    ),
  analysis_date: isoDate.optional().describe('岗位分析日期'),
  owner: text.optional().describe('Who maintains this file'),
  version: z.union([text, z.number()]).optional(),
  notes: z.array(note).optional().describe('说明: where the facts come from and every judgement call made on them'),
  inferred: z
    .array(fieldPath)
    .optional()
    .describe('Front-matter paths whose values the source does not state (推定); a path covers everything under it'),
};

/** Each `inferred` path names a value the file has. */
function checkInferred(data: { inferred?: string[] | undefined }, context: z.RefinementCtx): void {
  (data.inferred ?? []).forEach((path, i) => {
    let current: unknown = data;
    for (const segment of path.split('.')) {
      current =
        current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
    if (current === undefined)
      context.addIssue({
        code: 'custom',
        path: ['inferred', i],
        message: t('core.schema.inferredPath'),
      });
  });
}

/** Builds the role schema for a job-level ladder (the config decides which levels exist). */
export function createRoleSchema(levels: readonly [string, ...string[]]) {
  const level = z.enum(levels);
  return z
    .strictObject({
      kind: z.literal('role').optional(),
      id: idSchema.describe('Stable id, equal to the file name without `.md`'),
      title: text.describe('岗位名称, as written in Chinese'),
      title_en: text.optional(),
      aliases: textList.optional().describe('Other names of the position'),
      department: idSchema.describe('所属部门: a department id'),
      reports_to: idSchema.optional().describe('直接上级: a role id; absent only for a root'),
      direct_reports: z.array(idSchema).optional().describe('直接下属: role ids'),
      job_level: level.describe('职级 on the configured ladder'),
      job_code: text.optional().describe('职务代码'),
      headcount: z.int().min(0).optional().describe('岗位定员'),
      pay_grade: z
        .strictObject({ min: z.union([text, z.int()]), max: z.union([text, z.int()]) })
        .optional()
        .describe('工资级别范围'),
      purpose: text.describe('工作目的 / 本职概述'),
      career_path: z
        .array(z.union([idSchema, textEntry]))
        .optional()
        .describe('职业发展: role ids this role can grow into, or `{ text }` for a target that is no file here'),
      collaboration: z
        .strictObject({
          internal: z
            .array(z.union([idSchema, textEntry]))
            .optional()
            .describe('内部协作: role or department ids, or `{ text }` for a partner that is no file here'),
          external: textList.optional().describe('外部协作'),
        })
        .optional(),
      work_environment: text.optional().describe('工作环境'),
      tools: textList.optional().describe('使用工具设备'),
      requirements: z
        .strictObject({
          education: z
            .strictObject({
              minimum: education,
              preferred: text.optional().describe('理想学历: a degree, or as written, e.g. 大专以上'),
              as_written: text.optional().describe("The source's own words, e.g. 专科以上毕业"),
            })
            .optional()
            .describe('学历'),
          majors: z
            .union([
              textList,
              z.strictObject({
                minimum: textList.optional().describe('最低'),
                preferred: textList.optional().describe('理想 / 优先'),
              }),
            ])
            .optional()
            .describe('专业背景: a list, or `minimum` and `preferred` lists'),
          experience: z
            .strictObject({
              years: z.number().min(0).optional().describe('years of relevant experience'),
              field: text.optional(),
              alternative: z
                .strictObject({ level, years: z.number().min(0) })
                .optional()
                .describe('或任下一职级N年以上'),
              as_written: text.optional().describe("The source's own words when it gives no number"),
              preferred: text.optional().describe('Preferred experience, e.g. 有团队管理经验者优先考虑'),
            })
            .refine(
              (experience) =>
                experience.years !== undefined ||
                experience.as_written !== undefined ||
                experience.preferred !== undefined,
              { error: () => t('core.schema.experience') },
            )
            .optional(),
          knowledge: textList.optional().describe('专业知识'),
          foreign_language: z.strictObject({ minimum: text, preferred: text.optional() }).optional(),
          computer_skills: z.strictObject({ minimum: text, preferred: text.optional() }).optional(),
          training: textList.optional().describe('所需培训'),
          certifications: textList.optional(),
          core_skills: z
            .strictObject({
              numeracy: skillLevel.optional(),
              communication: skillLevel.optional(),
              information_technology: skillLevel.optional(),
              self_improvement: skillLevel.optional(),
              teamwork: skillLevel.optional(),
              problem_solving: skillLevel.optional(),
            })
            .optional()
            .describe('核心技能 on a 1–5 scale'),
          physical: z
            .strictObject({
              gender: demand.optional(),
              age: demand.optional(),
              height: demand.optional(),
              weight: demand.optional(),
              hearing: demand.optional(),
              vision: demand.optional(),
              health: demand.optional(),
              appearance: demand.optional(),
              voice: demand.optional(),
            })
            .optional()
            .describe('生理要求'),
        })
        .optional()
        .describe('任职资格'),
      ...governance,
    })
    .superRefine(checkInferred)
    .describe('A role (岗位) file');
}

export const departmentSchema = z
  .strictObject({
    kind: z.literal('department'),
    id: idSchema,
    name: text.describe('部门名称'),
    name_en: text.optional(),
    aliases: textList.optional(),
    parent: idSchema.optional().describe('上级部门; absent for an organisation'),
    head: idSchema.optional().describe('The role that heads the department'),
    headcount_cap: z.int().min(0).optional().describe('编制: the most people the department may have'),
    requirements: textList.optional().describe('任职要求 the source states for every role of the department'),
    work_environment: text.optional().describe('工作环境 of the department'),
    career_development: text.optional().describe('职业发展 of the department, as written'),
    ...governance,
  })
  .superRefine(checkInferred)
  .describe('A department (部门) file');

export type Role = z.infer<ReturnType<typeof createRoleSchema>>;
export type Department = z.infer<typeof departmentSchema>;
