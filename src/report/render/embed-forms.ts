import type { Form } from '../report.js';
import { formValueText } from './form-table.js';

/** Word keeps at most 255 characters of a custom property's text. */
const PART = 255;

/**
 * The custom document properties that carry each form's role file and the text of each of its
 * cells, so `roles import` can read an exported form back to the identical file and tell which
 * cells someone changed in Word (`src/import/embedded-forms.ts` reads them): `roles-form:<id>:<n>`,
 * the parts of one JSON text. Forms without a source (built from no file) carry nothing.
 */
export function embedForms(forms: readonly Form[]): Array<{ name: string; value: string }> {
  const properties: Array<{ name: string; value: string }> = [];
  for (const form of forms) {
    if (form.source === undefined) continue;
    const id = form.id.replace(/^role-/, '');
    const json = JSON.stringify({ v: 1, id, source: form.source, fields: formCells(form) });
    const characters = Array.from(json);
    for (let start = 0, n = 0; start < characters.length; start += PART, n++)
      properties.push({ name: `roles-form:${id}:${n}`, value: characters.slice(start, start + PART).join('') });
  }
  return properties;
}

/** Each field's label (`任职资格/学历` inside a group) and the text its value cell shows. */
export function formCells(form: Form): Array<[string, string]> {
  return form.rows.flatMap((row): Array<[string, string]> => {
    const fields = row.kind === 'pair' ? row.fields : row.kind === 'wide' ? [row.field] : row.fields;
    return fields.map((field) => {
      const text = formValueText(field.value);
      const shown = field.inferred && text !== '' ? `${text}${form.inferredMark}` : text;
      return [row.kind === 'group' ? `${row.label}/${field.label}` : field.label, shown];
    });
  });
}
