import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { requiredSection } from './required-section.js';

const role = '---\nid: test\ntitle: 测试岗位\n---\n';
const department = '---\nkind: department\nid: test\nname: 测试部\n---\n';

describe('required-section', () => {
  it('accepts a role with 职责任务, also under an alias', () => {
    expect(lintText(`${role}\n## 职责任务\n\n1. 负责测试。\n`, requiredSection)).toEqual([]);
    expect(lintText(`${role}\n## 岗位职责\n\n1. 负责测试。\n`, requiredSection)).toEqual([]);
  });

  it('reports a missing section at the opening fence, per file kind', () => {
    expect(lintText(`${role}\n## 工作难点\n\n1. 难。\n`, requiredSection)).toEqual([
      'roles/test.md:1:1 required-section Missing required section `职责任务`, expected a `## 职责任务` heading in every role file',
    ]);
    expect(lintText(`${department}\n## 职责任务\n\n1. 负责。\n`, requiredSection)).toEqual([
      'roles/test.md:1:1 required-section Missing required section `部门职责`, expected a `## 部门职责` heading in every department file',
    ]);
  });

  it('follows the configured sections', () => {
    const config = {
      sections: {
        职责任务: { required: ['role' as const] },
        工作难点: { aliases: ['难点'], required: ['role' as const] },
      },
    };
    expect(lintText(`${role}\n## 职责任务\n\n1. 负责。\n\n## 难点\n\n1. 难。\n`, requiredSection, { config })).toEqual(
      [],
    );
    expect(lintText(`${role}\n## 职责任务\n\n1. 负责。\n`, requiredSection, { config })).toEqual([
      'roles/test.md:1:1 required-section Missing required section `工作难点`, expected a `## 工作难点` heading in every role file',
    ]);
  });

  it('leaves files without front matter to the parser', () => {
    expect(lintText('## 工作难点\n', requiredSection)).toEqual([]);
  });
});
