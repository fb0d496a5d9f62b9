import { diffArrays } from 'diff';
import type { WordChange } from './org-diff.js';

/** Chinese has no spaces: the segmenter's dictionary finds the words (`负责` `客户` `培训`). */
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** A section diff is a hint for the reviewer, not the whole text: at most this many places… */
const MAX_CHANGES = 3;
/** …each cut to this many characters a side. */
const MAX_TEXT = 40;

/** The places where the words of two texts differ, in order: what was removed and what took its place. */
export function diffWords(before: string, after: string): WordChange[] {
  const split = (text: string) => [...words.segment(text.replace(/\s+/g, ' '))].map((part) => part.segment);
  const changes: WordChange[] = [];
  let current: WordChange | undefined;
  for (const part of diffArrays(split(before), split(after))) {
    if (!part.added && !part.removed) {
      if (current) changes.push(current);
      current = undefined;
      continue;
    }
    current ??= { removed: '', added: '' };
    if (part.added) current.added += part.value.join('');
    else current.removed += part.value.join('');
  }
  if (current) changes.push(current);
  const meaningful = changes
    .map((change) => ({ removed: change.removed.trim(), added: change.added.trim() }))
    .filter((change) => change.removed !== '' || change.added !== '');
  return meaningful.slice(0, MAX_CHANGES).map((change) => ({ removed: cut(change.removed), added: cut(change.added) }));
}

function cut(text: string): string {
  const characters = [...text];
  return characters.length > MAX_TEXT ? `${characters.slice(0, MAX_TEXT - 1).join('')}…` : text;
}
