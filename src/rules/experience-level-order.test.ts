import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';

const rule = 'experience-level-order';
const withAlternative = (level: string) =>
  `id: a\nrequirements:\n  experience:\n    years: 5\n    alternative:\n      level: ${level}\n      years: 2`;

describe(rule, () => {
  it('accepts an alternative at a lower level', () => {
    expect(checkFiles(project(withAlternative('主办')), { rule })).toEqual([]);
  });

  it('reports an alternative at the role’s own level or above', () => {
    expect(checkFiles(project(withAlternative('主管')), { rule })).toEqual([
      "roles/a.md:7:14 experience-level-order Unexpected `主管` in `requirements.experience.alternative.level`, expected a level below the role's own `主管`",
    ]);
  });
});
