import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';

const rule = 'single-root';
const departments = ['id: org\nname: 公司', 'id: ops\nname: 运维部\nparent: org', 'id: other\nname: 另一公司'];

describe(rule, () => {
  it('accepts one root per organisation, sub-departments included', () => {
    const files = project(
      ...departments,
      'id: ceo\ndepartment: org',
      'id: ops-lead\ndepartment: ops\nreports_to: ceo',
      'id: boss\ndepartment: other',
    );
    expect(checkFiles(files, { rule })).toEqual([]);
  });

  it('reports every root of an organisation that has several', () => {
    const files = project(
      ...departments,
      'id: ceo\ndepartment: org',
      'id: ops-lead\ndepartment: ops',
      'id: boss\ndepartment: other',
    );
    expect(checkFiles(files, { rule })).toEqual([
      'roles/ceo.md:2:5 single-root Unexpected root `ceo` (a role without `reports_to`) besides `ops-lead` in organisation `org`, expected one root per organisation (or the allowed roots listed in config `roots`)',
      'roles/ops-lead.md:2:5 single-root Unexpected root `ops-lead` (a role without `reports_to`) besides `ceo` in organisation `org`, expected one root per organisation (or the allowed roots listed in config `roots`)',
    ]);
  });

  it('with config `roots`, allows exactly those roles to be roots', () => {
    const files = project(
      ...departments,
      'id: ceo\ndepartment: org',
      'id: ops-lead\ndepartment: ops',
      'id: boss\ndepartment: other',
    );
    expect(checkFiles(files, { rule, config: { roots: ['ceo', 'ops-lead'] } })).toEqual([
      'roles/boss.md:2:5 single-root Unexpected root `boss` (a role without `reports_to`), expected a superior: only `ceo`, `ops-lead` may be roots (config `roots`)',
    ]);
  });

  it('does not count an empty reports_to as a root (reference-exists reports it)', () => {
    const files = project(...departments, 'id: ceo\ndepartment: org', 'id: ops-lead\ndepartment: ops\nreports_to:');
    expect(checkFiles(files, { rule })).toEqual([]);
  });
});
