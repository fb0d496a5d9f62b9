import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse/parse-document.js';
import { compactDocument } from './compact-document.js';

const TEXT = [
  '---',
  'id: account-manager-supervisor',
  'title: 客户经理主管',
  'department: gov-enterprise-dept',
  'reports_to: senior-marketing-manager',
  'job_level: 主管',
  'purpose: 负责带领客户经理团队完成政企客户的业务发展目标，并维护重要客户关系。',
  'report_to: typo-kept-as-a-name',
  'requirements:',
  '  education:',
  '    minimum: 本科',
  '  experience:',
  '    years: 5',
  '    alternative:',
  '      years: 2',
  '      level: 主办',
  '---',
  '',
  '<!-- roles-disable-next-line placeholder -- 原文如此，保留原来的写法以便核对 -->',
  '## 职责任务',
  '',
  '1. 带领团队。',
  '',
].join('\n');

describe('compactDocument', () => {
  const { document } = parseDocument('roles/a.md', '/project/roles/a.md', TEXT, false);
  let reads = 0;
  const compact = compactDocument(document, document.directives(), () => {
    reads++;
    return TEXT;
  });

  it('keeps the graph facts and the names of other keys, not the prose', () => {
    const data = compact.frontMatter!.data as Record<string, unknown>;
    expect(data).toEqual({
      id: 'account-manager-supervisor',
      title: '客户经理主管',
      department: 'gov-enterprise-dept',
      reports_to: 'senior-marketing-manager',
      job_level: '主管',
      report_to: null,
      requirements: { experience: { years: 5, alternative: { years: 2, level: '主办' } } },
    });
    expect(compact.directives()).toEqual(document.directives());
    expect(reads).toBe(0);
  });

  it('reads the text again, once, for positions, the front matter and the body', () => {
    expect(compact.lines.position(TEXT.indexOf('job_level'))).toEqual(
      document.lines.position(TEXT.indexOf('job_level')),
    );
    expect(compact.frontMatter!.source).toBe(document.frontMatter!.source);
    expect(compact.frontMatter!.yaml.contents).toBeTruthy();
    expect(compact.body).toBe(document.body);
    expect(compact.text).toBe(TEXT);
    expect(compact.markdown()?.type).toBe('root');
    compact.releaseMarkdown();
    expect(reads).toBe(1);
  });
});
