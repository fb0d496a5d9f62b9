import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './format-context.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const DIAGNOSTIC_FORMATS = ['stylish', 'json'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/** Picks the formatter by name; each is a pure function returning a string. */
export function formatDiagnostics(format: DiagnosticFormat, diagnostics: Diagnostic[], context: FormatContext, fileCount: number): string {
  switch (format) {
    case 'json':
      return formatJson(diagnostics, fileCount);
    case 'stylish':
      return formatStylish(diagnostics, context, fileCount);
  }
}
