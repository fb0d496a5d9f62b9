import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { replacementCharacter } from './replacement-character.js';

describe('replacement-character', () => {
  it('accepts clean text', () => {
    expect(lintText('## 职责任务\n\n负责客户服务。\n', replacementCharacter)).toEqual([]);
  });

  it('reports each U+FFFD, in front matter and body, and never fixes it', () => {
    const text = '---\npurpose: 物业管理等方面的\ufffd\n---\n\n工程质量\ufffd\ufffd。\n';
    expect(lintText(text, replacementCharacter)).toEqual([
      'roles/test.md:2:18 replacement-character Unexpected replacement character `\ufffd` (U+FFFD), expected the original text: a conversion lost it (retype it from the source)',
      'roles/test.md:5:5 replacement-character Unexpected replacement character `\ufffd` (U+FFFD), expected the original text: a conversion lost it (retype it from the source)',
      'roles/test.md:5:6 replacement-character Unexpected replacement character `\ufffd` (U+FFFD), expected the original text: a conversion lost it (retype it from the source)',
    ]);
    expect(fixText(text, replacementCharacter)).toBe(text);
  });
});
