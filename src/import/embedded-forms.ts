import type { Document as XmlDocument } from '@xmldom/xmldom';
import { z } from 'zod';
import type { EmbeddedForm } from './source-role.js';

/**
 * The prefix of the custom document properties in which `roles report card --format docx` keeps
 * each form's role file (`src/report/render/embed-forms.ts` writes them): `roles-form:<id>:<part>`,
 * the parts of one JSON text cut at 255 characters, the most Word keeps of a property.
 */
const PREFIX = 'roles-form:';

const payload = z.strictObject({
  v: z.literal(1),
  id: z.string(),
  source: z.string(),
  fields: z.array(z.tuple([z.string(), z.string()])),
});

/** The forms a Word document carries, by role id; a damaged or foreign property is ignored. */
export function readEmbeddedForms(document: XmlDocument | undefined): Map<string, EmbeddedForm> {
  const parts = new Map<string, string[]>();
  if (!document) return new Map();
  for (const property of [...document.getElementsByTagName('property')]) {
    const name = property.getAttribute('name') ?? '';
    const match = /^roles-form:(.+):(\d{1,5})$/.exec(name);
    if (!name.startsWith(PREFIX) || !match) continue;
    const list = parts.get(match[1]!) ?? [];
    list[Number(match[2])] = property.textContent ?? '';
    parts.set(match[1]!, list);
  }
  const forms = new Map<string, EmbeddedForm>();
  for (const [id, list] of parts) {
    if (list.length === 0 || Array.from(list, (part) => part === undefined).includes(true)) continue;
    try {
      const parsed = payload.safeParse(JSON.parse(list.join('')));
      if (parsed.success && parsed.data.id === id)
        forms.set(id, { id, source: parsed.data.source, fields: parsed.data.fields });
    } catch {
      // Not ours, or cut by an editor: the visible form is read instead.
    }
  }
  return forms;
}
