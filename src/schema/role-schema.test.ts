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
