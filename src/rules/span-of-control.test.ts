import { describe, expect, it } from 'vitest';
import { checkFiles, checkFilesFull, project } from '../../test/check-files.js';

const rule = 'span-of-control';
const files = project(
  'id: boss\njob_level: 经理',
  'id: agent\nreports_to: boss\nheadcount: 10',
  'id: clerk\nreports_to: boss\nheadcount: 2',
  'id: analyst\nreports_to: boss',
);

describe(rule, () => {
  it('accepts up to `max` people (12 by default; a role without headcount counts one)', () => {
    expect(checkFiles(files, { rule, config: { rules: { [rule]: ['warning', { max: 13 }] } } })).toEqual([]);
  });

  it('warns, at the superior’s id, when more people report directly', () => {
    const diagnostics = checkFilesFull(files, { rule });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      'roles/boss.md:2:5 warning Unexpected 13 people (in 3 roles) reporting directly to `boss`, expected at most 12 (span of control)',
    ]);
  });

  it('says so in Chinese under zh-CN', () => {
    expect(checkFiles(files, { rule, locale: 'zh-CN' })).toEqual([
      'roles/boss.md:2:5 span-of-control `boss` 的直接下属有 13 人（分属 3 个岗位），应不超过 12 人（管理幅度）',
    ]);
  });

  it('can count roles instead of people', () => {
    expect(checkFiles(files, { rule, config: { rules: { [rule]: ['warning', { max: 2, count: 'roles' }] } } })).toEqual(
      [
        'roles/boss.md:2:5 span-of-control Unexpected 3 roles reporting directly to `boss`, expected at most 2 (span of control)',
      ],
    );
  });
});

describe(`${rule} options`, () => {
  it('are validated: a bad option is a configuration error', () => {
    expect(() => checkFiles(files, { config: { rules: { [rule]: ['warning', { max: 0 }] } } })).toThrow(
      'rule `span-of-control`: invalid option `max`',
    );
    expect(() => checkFiles(files, { config: { rules: { [rule]: ['warning', { maximum: 3 }] } } })).toThrow(
      'rule `span-of-control`: invalid option `(options)`',
    );
  });
});
