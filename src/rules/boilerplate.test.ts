import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/lint-text.js';
import { boilerplate } from './boilerplate.js';

describe('boilerplate', () => {
  it('accepts a note that names the scraped text that was removed', () => {
    const text =
      '---\nid: test\nnotes:\n  - kind: repaired\n    text: 删除了“For personal use only in study and research”。\n---\n';
    expect(lintText(text, boilerplate)).toEqual([]);
  });

  it('accepts a job description', () => {
    expect(lintText('## 职责任务\n\n1. 负责相关工作文档的管理。\n', boilerplate)).toEqual([]);
  });

  it('reports scraped site text in the body and the front matter', () => {
    const text =
      '---\nid: test\npurpose: 合集下载\n---\n\n## 职责任务\n\n1. 下载文档前请自行甄别文档内容的完整性。\n\nFOR PERSONAL  USE ONLY in study and research.\n\n相关文档\n';
    expect(lintText(text, boilerplate)).toEqual([
      'roles/test.md:3:10 boilerplate Unexpected document-site text `合集下载` in `purpose`, expected only the job description (delete the scraped text)',
      'roles/test.md:8:4 boilerplate Unexpected document-site text `下载文档前请自行甄别`, expected only the job description (delete the scraped text)',
      'roles/test.md:10:1 boilerplate Unexpected document-site text `FOR PERSONAL  USE ONLY`, expected only the job description (delete the scraped text)',
      'roles/test.md:12:1 boilerplate Unexpected document-site text `相关文档`, expected only the job description (delete the scraped text)',
    ]);
  });

  it('takes its phrases from the options', () => {
    expect(lintText('本文来自某网站。\n', boilerplate, { options: { phrases: ['本文来自'] } })).toEqual([
      'roles/test.md:1:1 boilerplate Unexpected document-site text `本文来自`, expected only the job description (delete the scraped text)',
    ]);
  });
});
