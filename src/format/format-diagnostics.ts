import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './format-context.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const DIAGNOSTIC_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/**
 * Picks the formatter by name; each is a pure function returning a string. `files` are the files
 * checked, for formats that also list the clean ones (JUnit).
 */
export function formatDiagnostics(
  format: DiagnosticFormat,
  diagnostics: Diagnostic[],
  context: FormatContext,
  fileCount: number,
  files: readonly string[] = [],
): string {
  switch (format) {
    case 'json':
      return formatJson(diagnostics, fileCount);
    case 'stylish':
      return formatStylish(diagnostics, context, fileCount);
    case 'github':
      return formatGithub(diagnostics);
    case 'sarif':
      return formatSarif(diagnostics, context);
    case 'junit':
      return formatJunit(diagnostics, files);
    case 'gitlab':
      return formatGitlab(diagnostics);
  }
}
