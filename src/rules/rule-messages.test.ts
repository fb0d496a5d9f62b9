import { describe, expect, it } from 'vitest';
import { messageProblems } from '../i18n/message-problems.js';
import { RULES } from './registry.js';

describe('rule messages', () => {
  it('exist for every rule', () => {
    expect(RULES.filter((rule) => Object.keys(rule.messages ?? {}).length === 0).map((rule) => rule.id)).toEqual([]);
  });

  it('are declared by each rule in every language, with the same placeholders', () => {
    const problems = RULES.flatMap((rule) =>
      Object.entries(rule.messages ?? {}).flatMap(([id, message]) => messageProblems(`${rule.id}/${id}`, message)),
    );
    expect(problems).toEqual([]);
  });
});
