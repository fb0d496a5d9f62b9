import type { Document } from '../parse/document.js';
import { didYouMean } from '../text/did-you-mean.js';

/**
 * Whether the front matter lacks `key` but has a near miss of it (`report_to:` for `reports_to`):
 * the schema reports that typo with a did-you-mean, and rules leave its consequences unsaid.
 */
export function hasMistypedKey(document: Document, key: string): boolean {
  const data = document.frontMatter?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || key in data) return false;
  return Object.keys(data).some((other) => didYouMean(other, [key]) === key);
}
