import { compareStrings } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../usage-error.js';
import { buildForm } from '../build-form.js';
import type { RoleEntry } from '../collect-organisation.js';
import type { Block, FlatTable, Form, Report } from '../report.js';
import { suggest } from '../select-scope.js';
import { getLocale } from '../../i18n/locale.js';
import { t } from '../../i18n/t.js';
import { csvColumns, yesNo } from '../role-cells.js';
import type { ViewInput } from '../view-input.js';

/** The 岗位说明书 form of one role, or (`--all`) of every role in scope, each on its own page. */
export function cardView({ organisation, scope, id, all }: ViewInput): Report {
  const language = getLocale();
  let roles: readonly RoleEntry[];
  if (id !== undefined) {
    const role = organisation.role(id);
    if (!role) {
      const known = [...new Set(organisation.roles.map((entry) => entry.id))].sort(compareStrings);
      throw new UsageError(t('report.error.unknownRole', { id, hint: suggest(id, known) }));
    }
    roles = [role];
  } else if (all) roles = scope.roles;
  else throw new UsageError(t('report.error.missingCardId'));
  const forms = roles.map((role) => buildForm(role, organisation));
  return {
    view: 'card',
    title: forms.length === 1 ? `${forms[0]!.title} ${forms[0]!.kind}` : (forms[0]?.kind ?? 'card'),
    data: { view: 'card', language, forms },
    blocks: formBlocks(forms),
    table: formTable(forms),
  };
}

/** Forms one after the other, each starting a new printed page. */
export function formBlocks(forms: readonly Form[]): Block[] {
  return forms.flatMap((form, i): Block[] => [...(i > 0 ? [{ kind: 'page' as const }] : []), { kind: 'form', form }]);
}

/** One row per field: what `--format csv` prints. */
export function formTable(forms: readonly Form[]): FlatTable {
  return {
    columns: csvColumns(['role', 'group', 'label', 'value', 'inferred']),
    rows: forms.flatMap((form) =>
      form.rows.flatMap((row) => {
        const fields = row.kind === 'pair' ? row.fields : row.kind === 'wide' ? [row.field] : row.fields;
        const group = row.kind === 'group' ? row.label : null;
        return fields.map((field) => [
          form.id.replace(/^role-/, ''),
          group,
          field.label,
          field.value.kind === 'text'
            ? field.value.text
            : field.value.kind === 'list'
              ? field.value.items.join('\n')
              : field.value.items.map((item) => `${item.label} ${item.level ?? ''}`.trim()).join('\n'),
          field.inferred ? yesNo(true) : null,
        ]);
      }),
    ),
  };
}
