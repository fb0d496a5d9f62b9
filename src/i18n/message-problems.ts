import { placeholders, type Message } from './format-message.js';
import { LOCALES } from './locale.js';

/** Every problem with one message: a missing or empty language, or languages that disagree on placeholders. */
export function messageProblems(id: string, message: Message): string[] {
  const problems: string[] = [];
  for (const locale of LOCALES)
    if (typeof message[locale] !== 'string' || message[locale].trim() === '') problems.push(`${id}: no ${locale} text`);
  const [first, ...others] = LOCALES;
  for (const locale of others) {
    const expected = placeholders(message[first] ?? '').join(', ');
    const actual = placeholders(message[locale] ?? '').join(', ');
    if (actual !== expected) problems.push(`${id}: ${locale} has placeholders [${actual}], ${first} has [${expected}]`);
  }
  const extra = Object.keys(message).filter((key) => !(LOCALES as readonly string[]).includes(key));
  if (extra.length > 0) problems.push(`${id}: unknown languages ${extra.join(', ')}`);
  return problems;
}
