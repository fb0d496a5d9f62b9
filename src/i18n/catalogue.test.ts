import { describe, expect, it } from 'vitest';
import { AREAS } from './catalogue.js';
import { messageProblems } from './message-problems.js';

describe('the message catalogue', () => {
  it('has every message in every language, with the same placeholders', () => {
    const problems = Object.values(AREAS).flatMap((area) =>
      Object.entries(area).flatMap(([id, message]) => messageProblems(id, message)),
    );
    expect(problems).toEqual([]);
  });

  it('gives each id to one message only, in the area its prefix names', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const [area, messages] of Object.entries(AREAS))
      for (const id of Object.keys(messages)) {
        if (seen.has(id)) problems.push(`${id} in both ${seen.get(id)} and ${area}`);
        seen.set(id, area);
      }
    expect(problems).toEqual([]);
  });

  it('catches what it should: a missing language and placeholders that differ', () => {
    expect(messageProblems('x', { en: 'Unexpected `{{value}}`', 'zh-CN': '' })).toEqual([
      'x: no zh-CN text',
      'x: en has placeholders [value], zh-CN has []',
    ]);
    expect(messageProblems('y', { en: 'Unexpected `{{value}}`', 'zh-CN': '`{{valu}}` 无效' })).toEqual([
      'y: en has placeholders [value], zh-CN has [valu]',
    ]);
  });
});
