import type { Form, FormField, FormRow, FormValue } from '../report.js';

/** The form's look: A4 portrait, a bordered table, no row split across pages, the title repeated on each page. */
export const FORM_STYLE = `
table.form { width: calc(100% - 2px); max-width: 820px; border-collapse: collapse; margin: 0 auto 1.2em; font-size: .95em; table-layout: fixed; }
table.form th, table.form td { border: 1px solid #1f2328; padding: .4em .55em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.form col.label { width: 15%; }
table.form col.value { width: 35%; }
table.form tbody th { background: #f2f4f7; font-weight: 600; white-space: nowrap; text-align: center; vertical-align: middle; }
table.form thead th { border: none; border-bottom: 2px solid #1f2328; background: none; padding: 0 0 .4em; text-align: center; }
table.form .form-role { font-size: 1.35em; font-weight: 700; }
table.form .form-kind { font-size: 1em; font-weight: 400; margin-left: .8em; color: #59636e; }
table.form td.empty { height: 2.4em; }
table.form td.nested { padding: 0; }
table.form table.sub { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.form table.sub th, table.form table.sub td { border: none; border-bottom: 1px solid #afb8c1; }
table.form table.sub tr:last-child th, table.form table.sub tr:last-child td { border-bottom: none; }
table.form table.sub th { width: 18%; border-right: 1px solid #afb8c1; background: #f8f9fb; font-weight: 500; }
table.form ol { margin: 0; padding-left: 1.6em; }
table.form ol li { margin: .1em 0; }
table.form ol li.group { display: block; margin: .35em 0 .1em -1.6em; font-weight: 600; }
table.form .inferred { color: #8250df; font-size: .85em; }
table.form .scale { display: grid; grid-template-columns: repeat(3, 1fr); gap: .25em 1em; }
table.form .skill { display: flex; align-items: center; gap: .4em; white-space: nowrap; }
table.form .skill-name { min-width: 5.5em; }
table.form .box { display: inline-block; width: .95em; height: .95em; border: 1px solid #1f2328; margin-right: 2px; vertical-align: -.1em; }
table.form .box.on { background: #1f2328; }
table.form .level { color: #59636e; font-size: .85em; }
/* The last row holds the approval: room for a signature. */
table.form > tbody > tr:last-child > td { height: 3.6em; }
@media print {
  table.form { max-width: none; font-size: 10pt; }
  table.form tr { break-inside: avoid; }
  table.form thead { display: table-header-group; }
}
`;

/** One form as a bordered four-column table; its head repeats on every printed page. */
export function renderFormHtml(form: Form, inferredMark: string): string {
  const rows = form.rows.map((row) => renderRow(row, inferredMark));
  return `<table class="form" id="${escape(form.id)}">
<colgroup><col class="label"><col class="value"><col class="label"><col class="value"></colgroup>
<thead><tr><th colspan="4"><span class="form-role">${escape(form.title)}</span><span class="form-kind">${escape(form.kind)}</span></th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function renderRow(row: FormRow, inferredMark: string): string {
  switch (row.kind) {
    case 'pair':
      return `<tr>${row.fields.map((field) => `<th>${escape(field.label)}</th>${valueCell(field, inferredMark, 1)}`).join('')}</tr>`;
    case 'wide':
      return `<tr><th>${escape(row.field.label)}</th>${valueCell(row.field, inferredMark, 3)}</tr>`;
    case 'group': {
      const inner = row.fields
        .map((field) => `<tr><th>${escape(field.label)}</th>${valueCell(field, inferredMark, 1)}</tr>`)
        .join('');
      return `<tr><th>${escape(row.label)}</th><td colspan="3" class="nested"><table class="sub">${inner}</table></td></tr>`;
    }
  }
}

function valueCell(field: FormField, inferredMark: string, span: number): string {
  const colspan = span > 1 ? ` colspan="${span}"` : '';
  const empty = isEmpty(field.value);
  const mark = field.inferred && !empty ? `<span class="inferred">${escape(inferredMark)}</span>` : '';
  return `<td${colspan}${empty ? ' class="empty"' : ''}>${renderValue(field.value)}${mark}</td>`;
}

export function isEmpty(value: FormValue): boolean {
  if (value.kind === 'text') return value.text === '';
  if (value.kind === 'list') return value.items.length === 0;
  return false;
}

function renderValue(value: FormValue): string {
  switch (value.kind) {
    case 'text':
      return escape(value.text).replace(/\n/g, '<br>');
    case 'list':
      return value.items.length === 0
        ? ''
        : value.items.length === 1
          ? escape(value.items[0]!)
          : `<ol>${value.items
              .map((item, i) =>
                (value.headings ?? []).includes(i)
                  ? `<li class="group">${escape(item)}</li>`
                  : `<li>${escape(item)}</li>`,
              )
              .join('')}</ol>`;
    case 'scale':
      return `<div class="scale">${value.items
        .map(
          (item) =>
            `<span class="skill"><span class="skill-name">${escape(item.label)}</span><span class="boxes">${Array.from(
              { length: value.max },
              (_, i) => `<span class="box${item.level !== null && i < item.level ? ' on' : ''}"></span>`,
            ).join(
              '',
            )}</span><span class="level">${item.level === null ? '' : `${item.level}/${value.max}`}</span></span>`,
        )
        .join('')}</div>`;
  }
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
