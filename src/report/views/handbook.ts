import { getLocale } from '../../i18n/locale.js';
import { t } from '../../i18n/t.js';
import { buildForm, readList } from '../build-form.js';
import { formValueText } from '../render/form-table.js';
import { orgChart } from '../org-chart.js';
import type { Block, Report } from '../report.js';
import { readSections } from './role.js';
import { formTable } from './card.js';
import type { ViewInput } from '../view-input.js';

/**
 * The whole organisation as one printable handbook (岗位说明书汇编): cover, contents, org chart,
 * then each department's duties followed by its roles' forms, each part on a new page.
 */
export function handbookView({ organisation, scope, edition }: ViewInput): Report {
  const language = getLocale();
  // Every organisation (department without a parent) the handbook covers, by name.
  const roots = scope.departments.filter((entry) => entry.depth === 0 && entry.state !== 'none');
  const organisationName = roots.map((entry) => entry.name ?? entry.id).join('、') || t('form.handbook');
  const chart = orgChart(organisation, scope.roles);
  const parts: Block[] = [];
  const entries: Array<{ text: string; id: string; depth: number }> = [
    { text: t('form.orgChart'), id: 'org-chart', depth: 0 },
  ];
  const forms = [];
  for (const department of scope.departments) {
    const roles = scope.rolesIn(department.id);
    const duties = department.document
      ? (readSections(department as { document: NonNullable<typeof department.document> }).find(
          (section) => section.heading === '部门职责',
        )?.text ?? '')
      : '';
    if (roles.length === 0 && duties === '') continue;
    const name = department.name ?? department.id ?? t('report.noDepartment');
    const anchor = `department-${department.id ?? 'none'}`;
    entries.push({ text: name, id: anchor, depth: department.depth });
    parts.push({ kind: 'page' }, { kind: 'heading', text: name, id: anchor });
    if (duties !== '')
      parts.push({
        kind: 'text',
        heading: t('form.departmentDuties'),
        text: formValueText({ kind: 'list', ...readList(duties) }),
      });
    for (const role of roles) {
      const form = buildForm(role, organisation);
      forms.push(form);
      entries.push({ text: form.title, id: form.id, depth: department.depth + 1 });
      parts.push({ kind: 'page' }, { kind: 'form', form });
    }
  }
  const date = edition?.date ?? '';
  const version = edition?.version ?? '';
  return {
    view: 'handbook',
    title: `${organisationName} ${t('form.handbook')}`,
    data: { view: 'handbook', language, organisation: organisationName, date, version, contents: entries, forms },
    blocks: [
      {
        kind: 'cover',
        title: organisationName,
        subtitle: t('form.handbook'),
        lines: [
          ...(date ? [t('form.coverLine', { label: t('form.preparedOn'), value: date })] : []),
          ...(version ? [t('form.coverLine', { label: t('form.sourceVersion'), value: version })] : []),
          t('form.coverLine', { label: t('form.roles'), value: forms.length }),
        ],
      },
      { kind: 'page' },
      { kind: 'contents', title: t('form.contents'), entries },
      { kind: 'page' },
      { kind: 'heading', text: t('form.orgChart'), id: 'org-chart' },
      { kind: 'chart', title: '', chart },
      ...parts,
    ],
    table: formTable(forms),
    chart,
  };
}
