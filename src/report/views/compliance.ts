import { compareStrings, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Report, Row } from '../report.js';
import { t } from '../../i18n/t.js';
import { columns, count, csvColumns, departmentName, severityText } from '../role-cells.js';
import { filtersData, scopeNote } from '../scope-note.js';
import type { ViewInput } from '../view-input.js';

/** The checks' findings grouped by department (tree order), then by rule. */
export function complianceView({ organisation, scope }: ViewInput): Report {
  const findings = organisation.diagnostics.filter((d) => scope.coversFile(d.file));
  const byRule = (list: readonly Diagnostic[]) => {
    const rules = [...new Set(list.map((d) => d.rule))].sort(compareStrings);
    return rules.map((rule) => {
      const hits = list.filter((d) => d.rule === rule);
      return {
        rule,
        errors: hits.filter((d) => d.severity === 'error').length,
        warnings: hits.filter((d) => d.severity === 'warning').length,
        findings: hits,
      };
    });
  };
  const departments = scope.departments.flatMap((entry) => {
    const mine = findings.filter((d) => organisation.departmentOf(d.file) === entry.id);
    return mine.length === 0
      ? []
      : [{ id: entry.id, name: departmentName(organisation, entry.id), rules: byRule(mine) }];
  });
  const totals = {
    errors: findings.filter((d) => d.severity === 'error').length,
    warnings: findings.filter((d) => d.severity === 'warning').length,
    files: new Set(findings.map((d) => d.file)).size,
    rules: byRule(findings).map(({ rule, errors, warnings }) => ({ rule, errors, warnings })),
    excluded: scope.excluded,
  };
  const finding = (d: Diagnostic) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    message: d.message,
  });

  const rows: Row[] = departments.flatMap((department) => [
    { group: { text: groupText(department.name, department.rules), mark: 'strong' as const } },
    ...department.rules.flatMap(({ rule, findings: hits }) =>
      hits.map((d): Row => ({
        cells: [
          { text: rule },
          { text: severityText(d.severity), mark: d.severity },
          { text: `${d.file}:${d.line}:${d.column}` },
          { text: d.message },
        ],
      })),
    ),
  ]);

  return {
    view: 'compliance',
    title: t('report.compliance.title'),
    data: {
      view: 'compliance',
      filters: filtersData(scope),
      departments: departments.map((department) => ({
        id: department.id,
        name: department.name,
        rules: department.rules.map(({ rule, errors, warnings, findings: hits }) => ({
          rule,
          errors,
          warnings,
          findings: hits.map(finding),
        })),
      })),
      totals,
    },
    blocks: [
      ...scopeNote(scope),
      ...(rows.length > 0
        ? [
            {
              kind: 'table' as const,
              columns: columns(
                'report.column.rule',
                'report.column.severity',
                'report.column.location',
                'report.column.message',
              ),
              rows,
            },
          ]
        : [{ kind: 'note' as const, text: t('report.compliance.clean') }]),
      { kind: 'heading', text: t('report.compliance.byRule') },
      {
        kind: 'table',
        columns: columns('report.column.rule', ['report.column.errors', 'right'], ['report.column.warnings', 'right']),
        rows: [
          ...totals.rules.map((rule): Row => ({
            cells: [
              { text: rule.rule },
              { text: String(rule.errors), ...(rule.errors > 0 ? { mark: 'error' as const } : {}) },
              { text: String(rule.warnings), ...(rule.warnings > 0 ? { mark: 'warning' as const } : {}) },
            ],
          })),
          {
            cells: [
              { text: t('report.total'), mark: 'strong' },
              { text: String(totals.errors) },
              { text: String(totals.warnings) },
            ],
            total: true,
          },
        ],
      },
      {
        kind: 'note',
        text: t('report.compliance.note', {
          errors: count(totals.errors, 'error'),
          warnings: count(totals.warnings, 'warning'),
          files: count(totals.files, 'file'),
          roles: count(scope.excluded, 'role'),
        }),
        mark: 'muted',
      },
    ],
    table: {
      columns: csvColumns(['department', 'department_name', 'rule', 'severity', 'file', 'line', 'column', 'message']),
      rows: departments.flatMap((department) =>
        department.rules.flatMap(({ rule, findings: hits }) =>
          hits.map((d) => [
            department.id,
            department.name,
            rule,
            severityText(d.severity),
            d.file,
            d.line,
            d.column,
            d.message,
          ]),
        ),
      ),
    },
  };
}

function groupText(name: string, rules: ReadonlyArray<{ errors: number; warnings: number }>): string {
  const errors = rules.reduce((sum, rule) => sum + rule.errors, 0);
  const warnings = rules.reduce((sum, rule) => sum + rule.warnings, 0);
  return t('report.compliance.group', { name, errors: count(errors, 'error'), warnings: count(warnings, 'warning') });
}
