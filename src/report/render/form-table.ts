import type { Block, Form, FormField, FormValue } from '../report.js';

/** A field's value as plain text: numbered items, a scale as filled and empty squares. */
export function formValueText(value: FormValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'list':
      return value.items.length === 1 ? value.items[0]! : numbered(value.items, value.headings ?? []).join('\n');
    case 'scale':
      return value.items
        .map(
          (item) =>
            `${item.label} ${'■'.repeat(item.level ?? 0)}${'□'.repeat(value.max - (item.level ?? 0))}${item.level === null ? '' : ` ${item.level}/${value.max}`}`,
        )
        .join('\n');
  }
}

/** Every field of a form in order, a group's fields labelled `任职资格 · 学历`. */
export function formFields(form: Form): FormField[] {
  return form.rows.flatMap((row) =>
    row.kind === 'pair'
      ? row.fields
      : row.kind === 'wide'
        ? [row.field]
        : row.fields.map((field) => ({ ...field, label: `${row.label} · ${field.label}` })),
  );
}

/** A form as a two-column table block, for the formats that have no form of their own (terminal, Markdown). */
export function formAsTable(form: Form): Extract<Block, { kind: 'table' }> {
  const [first, ...rest] = formFields(form);
  const text = (field: FormField) => formValueText(field.value) + (field.inferred ? form.inferredMark : '');
  return {
    kind: 'table',
    columns: [{ header: first?.label ?? '' }, { header: first ? text(first) : '' }],
    rows: rest.map((field) => ({ cells: [{ text: field.label, mark: 'strong' }, { text: text(field) }] })),
  };
}

/** `1. item` lines, counting on past group headings, which stand unnumbered. */
export function numbered(items: readonly string[], headings: readonly number[]): string[] {
  let n = 0;
  return items.map((item, i) => (headings.includes(i) ? item : `${++n}. ${item}`));
}
