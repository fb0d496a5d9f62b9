import { z } from 'zod';
import { LOCALES } from '../i18n/locale.js';
import { t } from '../i18n/t.js';

export const ruleSeveritySchema = z.enum(['off', 'warning', 'error']);
/** `off | warning | error`, or `[severity, options]` as ESLint users write it. */
export const ruleSettingSchema = z.union([ruleSeveritySchema, z.tuple([ruleSeveritySchema]).rest(z.unknown())]);
const rulesSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: () => t('config.ruleIdFormat') }),
  ruleSettingSchema,
);

const sectionSchema = z.strictObject({
  aliases: z.array(z.string().min(1)).default([]),
  /** The file kinds (`role`, `department`) that must have this section. */
  required: z.array(z.enum(['role', 'department'])).default([]),
});

/** The default job-level ladder, lowest first. */
export const DEFAULT_LEVELS = ['助理', '专员', '主办', '主管', '副经理', '经理'] as const;

export const DEFAULT_SECTIONS: Record<string, { aliases: string[]; required: Array<'role' | 'department'> }> = {
  职责任务: {
    aliases: ['岗位职责', '职责与工作任务', '工作职责', '职责描述', '主要职责', '主要岗位职责', '工作任务', '职责'],
    required: ['role'],
  },
  工作权限: { aliases: ['权限', '岗位权限'], required: [] },
  考核要点: { aliases: ['考核指标', '岗位评价标准', '绩效考核', '评价标准'], required: [] },
  工作难点: { aliases: ['难点'], required: [] },
  工作禁忌: { aliases: ['禁忌'], required: [] },
  综合素质: { aliases: ['素质要求', '能力要求', '所需能力和素质'], required: [] },
  其他要求: { aliases: ['其它要求', '补充说明', '工作规范'], required: [] },
  薪酬福利: { aliases: ['福利待遇', '薪酬待遇'], required: [] },
  部门职责: { aliases: ['部门职能', '工作职责(部门)'], required: ['department'] },
  组织机构: { aliases: ['组织架构', '组织机构图'], required: [] },
};

export const configSchema = z.strictObject({
  /** The language of messages, reports and help (`--lang` overrides it; without both, LC_ALL/LC_MESSAGES/LANG decide). */
  locale: z.enum(LOCALES).optional(),
  /** Folders, files or globs holding the role files, relative to the config file. */
  roles: z.array(z.string().min(1)).min(1).default(['roles']),
  /** Job levels, lowest first. */
  levels: z
    .array(z.string().min(1))
    .min(1)
    .default([...DEFAULT_LEVELS]),
  /** Role ids allowed to have no superior; empty means exactly one root per organisation. */
  roots: z.array(z.string()).default([]),
  /** Files larger than this many bytes are reported, not read. */
  maxFileSize: z
    .int()
    .positive()
    .default(1024 * 1024),
  /** Canonical section names with their aliases and the file kinds that require them. */
  sections: z.record(z.string().min(1), sectionSchema).default(DEFAULT_SECTIONS),
  rules: rulesSchema.default({}),
  overrides: z.array(z.strictObject({ files: z.array(z.string().min(1)).min(1), rules: rulesSchema })).default([]),
});

export type RuleSetting = z.infer<typeof ruleSettingSchema>;
export type ConfigInput = z.input<typeof configSchema>;
/** The project configuration, every default filled in. */
export type Config = z.infer<typeof configSchema>;
