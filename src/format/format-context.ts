import type { RuleDescriptor } from '../diagnostics/core-rules.js';

/** What a formatter may know about where its output goes; formatters never do I/O. */
export interface FormatContext {
  /** Whether to use ANSI colours. */
  color: boolean;
  /** Terminal width, when known. */
  columns?: number;
  /** The version of roles, for machine formats that record their tool. */
  version: string;
  /** The language the messages are in, for formats that record it (SARIF). */
  locale?: string;
  /** Every rule that may appear in the diagnostics, core checks first, in catalogue order: machine formats describe them. */
  rules: readonly RuleDescriptor[];
  /** Human formats list the docs page of each rule they name (`--show-docs`). */
  showDocs?: boolean;
}
