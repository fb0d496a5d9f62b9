import { describe, expect, it } from 'vitest';
import { createRoleSchema, departmentSchema } from './role-schema.js';

const schema = createRoleSchema(['主办', '主管']);
const role = {
  id: 'config-supervisor',
  title: '业务配置主管',
  department: 'support-centre',
  job_level: '主管',
  purpose: '实施业务调度数据配置和进度管控。',
  status: 'approved',
};

describe('provenance: notes and inferred', () => {
  it('accepts notes and inferred paths that name values the file has', () => {
    const result = schema.safeParse({
      ...role,
      reports_to: 'centre-deputy-manager',
      requirements: { experience: { years: 3, alternative: { level: '主办', years: 2 } } },
      inferred: ['reports_to', 'requirements.experience.alternative.level'],
      notes: [{ kind: 'inferred', about: ['reports_to'], text: '源文件的标题行丢失，直接上级按同中心其他岗位记。' }],
    });
    expect(result.success).toBe(true);
  });

  it('rejects an inferred path the file does not have, at that entry', () => {
    const result = schema.safeParse({ ...role, inferred: ['job_level', 'reports_to', 'requirements.education'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['inferred.1', 'expected the path of a field this file has, such as `reports_to`'],
      ['inferred.2', 'expected the path of a field this file has, such as `reports_to`'],
    ]);
  });

  it('rejects an unknown note kind and a note without text', () => {
    const result = schema.safeParse({ ...role, notes: [{ kind: 'guessed', text: '…' }, { kind: 'source' }] });
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['notes.0.kind', 'notes.1.text']);
  });

  it('gives departments the same provenance fields', () => {
    const result = departmentSchema.safeParse({
      kind: 'department',
      id: 'support-centre',
      name: '政企客户服务支撑中心',
      status: 'draft',
      inferred: ['parent'],
      notes: [{ kind: 'source', text: '源文件“政企客户服务支撑中心岗位说明书”。' }],
    });
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['inferred.0']);
  });
});

describe('structures of the source', () => {
  it("takes majors and experience with a minimum and a preference, and education in the source's words", () => {
    const result = schema.safeParse({
      ...role,
      requirements: {
        education: { minimum: '大专', preferred: '大专以上', as_written: '大专' },
        majors: { minimum: ['通信或类似专业'], preferred: ['通信', '市场营销'] },
        experience: { years: 3, field: '客户服务或相关工作经验', preferred: '有团队管理经验者优先考虑' },
      },
    });
    expect(result.success).toBe(true);
    expect(schema.safeParse({ ...role, requirements: { majors: ['通信'] } }).success).toBe(true);
    expect(
      schema.safeParse({ ...role, requirements: { experience: { as_written: '具有一定的客户服务工作经验' } } }).success,
    ).toBe(true);
  });

  it('rejects experience that says nothing', () => {
    const result = schema.safeParse({ ...role, requirements: { experience: { field: '相关工作经验' } } });
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['requirements.experience', 'expected `years`, `as_written` or `preferred`'],
    ]);
  });

  it('takes career targets and internal partners as ids or as text', () => {
    const result = schema.safeParse({
      ...role,
      career_path: ['centre-deputy-manager', { text: '客户服务经理' }],
      collaboration: { internal: ['support-centre', { text: '高层领导' }] },
    });
    expect(result.success).toBe(true);
    const bad = schema.safeParse({ ...role, career_path: ['客户服务经理'] });
    expect(bad.success).toBe(false);
  });

  it('gives departments their own requirements, environment and career text', () => {
    const result = departmentSchema.safeParse({
      kind: 'department',
      id: 'customer-service-center',
      name: '客服中心',
      status: 'approved',
      requirements: ['具备良好的沟通能力和服务意识。'],
      work_environment: '客服中心部门工作环境相对较为繁忙。',
      career_development: '客服中心部门是一个企业对外沟通的重要门户。',
    });
    expect(result.success).toBe(true);
  });
});
