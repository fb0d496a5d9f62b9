import { describe, expect, it } from 'vitest';
import { messageProblems } from '../i18n/message-problems.js';
import { RULES } from './registry.js';

describe('rule messages', () => {
  it('are declared by each converted rule in every language, with the same placeholders', () => {
    const problems = RULES.flatMap((rule) =>
      Object.entries(rule.messages ?? {}).flatMap(([id, message]) => messageProblems(`${rule.id}/${id}`, message)),
    );
    expect(problems).toEqual([]);
  });
});
