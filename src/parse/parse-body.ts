import { localized, type Localized } from '../i18n/t.js';
import type { Root } from 'mdast';
import { markdownItToMdast } from './markdown-it-to-mdast.js';

/** Why a body was not handed to the Markdown parser. */
export interface MarkdownGuard extends Localized {
  /** Offset in the body. */
  offset: number;
}

/** Beyond these, CommonMark parsers' time grows faster than linearly (measured with micromark: 40 KB of `*` takes 30 s). */
const MAX_DELIMITER_RUN = 100;
const MAX_INDENT = 100;
const MAX_QUOTE_DEPTH = 32;

/**
 * Finds constructs that make a Markdown parser super-linear. A structural limit, unlike a
 * timer, keeps the same input giving the same output on every machine.
 */
export function guardMarkdown(body: string): MarkdownGuard | undefined {
  const run = new RegExp(`[*_]{${MAX_DELIMITER_RUN + 1}}|\\[{${MAX_DELIMITER_RUN + 1}}`, 'g');
  const delimiters = run.exec(body);
  if (delimiters) {
    return {
      offset: delimiters.index,
      ...localized('core.markdownRun', { max: MAX_DELIMITER_RUN, mark: delimiters[0][0]! }),
    };
  }
  const indent = new RegExp(`^[ \\t]{${MAX_INDENT + 1}}`, 'm').exec(body);
  if (indent)
    return {
      offset: indent.index,
      ...localized('core.markdownIndent', { max: MAX_INDENT }),
    };
  const quotes = new RegExp(`^(?:[ \\t]*>){${MAX_QUOTE_DEPTH + 1}}`, 'm').exec(body);
  if (quotes)
    return {
      offset: quotes.index,
      ...localized('core.markdownQuotes', { max: MAX_QUOTE_DEPTH }),
    };
  return undefined;
}

/**
 * Parses a body to mdast; positions are relative to the body. markdown-it builds the same tree
 * as remark-parse ten times faster (12 s against 1.3 s on 10,000 files); the differential tests
 * in markdown-it-to-mdast.test.ts hold the two to the same nodes and positions.
 */
export function parseBody(body: string): Root {
  return markdownItToMdast(body);
}
