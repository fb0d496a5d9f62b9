import type { Report, ReportFormat } from './report.js';
import { renderCsv } from './render/csv.js';
import { renderDot } from './render/dot.js';
import { renderHtml } from './render/html.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { formAsTable } from './render/form-table.js';
import { renderSvg } from './render/svg.js';
import { renderTable, type TableContext } from './render/table.js';
import { UsageError } from '../usage-error.js';
import { code, listOf } from '../i18n/list-of.js';
import { t } from '../i18n/t.js';

/** The views that draw a chart, so print as `dot` and `svg`. */
const CHARTED = ['summary', 'tree', 'role', 'careers', 'handbook'];

/** Renders a report in a format; every renderer is a pure function returning the whole output. */
export function renderReport(report: Report, format: ReportFormat, context: TableContext): string {
  switch (format) {
    case 'table':
      // The terminal shows a form as label and value rows.
      return renderTable(
        { ...report, blocks: report.blocks.map((block) => (block.kind === 'form' ? formAsTable(block.form) : block)) },
        context,
      );
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
          t('report.error.noChart', { format, view: report.view, views: listOf(CHARTED.map(code)) }),
        );
      }
      return renderDot(report.chart, report.title);
    }
    case 'svg': {
      if (!report.chart) {
        throw new UsageError(
          t('report.error.noChart', { format, view: report.view, views: listOf(CHARTED.map(code)) }),
        );
      }
      return renderSvg(report.chart, report.title);
    }
    case 'pdf':
    case 'docx':
      // Binary documents are printed by the command (a browser, a zip), not by a pure renderer.
      throw new Error(`renderReport cannot render ${format}`);
  }
}
