import type { Report, ReportFormat } from './report.js';
import { renderCsv } from './render/csv.js';
import { renderDot } from './render/dot.js';
import { renderHtml } from './render/html.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { renderTable, type TableContext } from './render/table.js';
import { UsageError } from '../usage-error.js';

/** Renders a report in a format; every renderer is a pure function returning the whole output. */
export function renderReport(report: Report, format: ReportFormat, context: TableContext): string {
  switch (format) {
    case 'table':
      return renderTable(report, context);
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'csv':
      return renderCsv(report.table);
    case 'html':
      return renderHtml(report);
    case 'dot': {
      if (!report.chart) {
        throw new UsageError(
          `Unexpected format \`dot\` for the \`${report.view}\` view, expected a view with a chart: \`summary\`, \`tree\`, \`role\` or \`careers\``,
        );
      }
      return renderDot(report.chart, report.title);
    }
  }
}
