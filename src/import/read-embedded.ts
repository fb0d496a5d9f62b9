import type { EmbeddedForm, SourceRole } from './source-role.js';

/** The card's own copy of a role, and the labels whose cells were changed since it was exported. */
export interface EmbeddedReading {
  id: string;
  source: string;
  /** Labels (group-qualified: `任职资格/学历`) whose visible text differs from the exported text. */
  changed: string[];
}

/**
 * Compares the form as it reads now with the text each of its cells had when `roles report card`
 * wrote it. Unchanged, the card's copy of the file is the import (a lossless round trip); changed
 * cells are named, so their fields are read from the form instead.
 */
export function readEmbedded(role: SourceRole, form: EmbeddedForm): EmbeddedReading {
  const visible = new Map<string, string>();
  const unlabelled: string[] = [];
  for (const entry of role.entries) {
    if (!entry.label) {
      for (const line of entry.lines) unlabelled.push(line);
      continue;
    }
    if (entry.label.key === 'heading') continue;
    const key = entry.group ? `${entry.group.text}/${entry.label.text}` : entry.label.text;
    if (!visible.has(key)) visible.set(key, normalise(entry.lines.join('\n')));
  }
  const stored = new Map(form.fields.map(([key, text]) => [key, normalise(text)]));
  const changed: string[] = [];
  for (const [key, text] of stored) if ((visible.get(key) ?? '') !== text) changed.push(key);
  for (const [key, text] of visible) if (!stored.has(key) && text !== '' && !changed.includes(key)) changed.push(key);
  if (unlabelled.length > 0) changed.push(unlabelled.join(' ').slice(0, 40));
  return { id: form.id, source: form.source, changed };
}

function normalise(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
