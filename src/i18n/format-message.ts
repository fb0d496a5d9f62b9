import type { Locale } from './locale.js';

/** One message in every language; placeholders are `{{name}}`, as ESLint writes them. */
export type Message = Readonly<Record<Locale, string>>;

/** Values put into placeholders: plain strings and numbers, never markup. */
export type MessageData = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Fills `{{name}}` from data; a placeholder without data stays as written, so a bug shows rather than hides. */
export function formatMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** The placeholder names of a template, sorted and unique: every language must use the same set. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/** The names inside `{{…}}` of a literal template type, so `t` can ask for exactly that data. */
export type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
