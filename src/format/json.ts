import { summarize, type Diagnostic } from '../diagnostics/diagnostic.js';

/** One JSON object with every diagnostic and the counts; keys in a fixed order. */
export function formatJson(diagnostics: Diagnostic[], fileCount: number): string {
  const ordered = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    ...(d.messageId ? { messageId: d.messageId } : {}),
    message: d.message,
    ...(d.fix ? { fix: d.fix } : {}),
    ...(d.suggestion ? { suggestion: d.suggestion } : {}),
    ...(d.related ? { related: d.related } : {}),
  }));
  return `${JSON.stringify({ diagnostics: ordered, summary: summarize(diagnostics, fileCount) }, null, 2)}\n`;
}
