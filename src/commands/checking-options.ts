import { z } from 'zod';
import { DIAGNOSTIC_FORMATS } from '../format/format-diagnostics.js';

/** Options shared by every command that prints diagnostics. */
export const checkingOptionsSchema = z.object({
  /** Absent means `stylish`, or `github` inside GitHub Actions (see `printDiagnostics`). */
  format: z.enum(DIAGNOSTIC_FORMATS).optional(),
  config: z.string().optional(),
  /** Write the report to this file (atomically) instead of standard output. */
  output: z.string().optional(),
  /** Exit 1 when there are more warnings than this, as ESLint does. */
  maxWarnings: z.number().int().min(0).optional(),
  /** Report errors only. */
  quiet: z.boolean().default(false),
  /** After a stylish report, list the docs page of each rule it names. */
  showDocs: z.boolean().default(false),
  /** Check only the files changed against `base` and the files those changes touch. */
  changed: z.boolean().default(false),
  /** The git ref to compare with; implies `changed`. */
  base: z.string().optional(),
  /** Check the content staged in git's index rather than the working tree. */
  staged: z.boolean().default(false),
  /** Reuse per-file results from earlier runs for files whose content is unchanged. */
  cache: z.boolean().default(false),
  /** Where the cache lives; default `.rolescache` beside the config file (or in the working directory). */
  cacheLocation: z.string().optional(),
  /** `lint` only: apply safe fixes to the files, then report what remains. */
  fix: z.boolean().default(false),
  /** `lint` only: print the fixes as a unified diff and write nothing. */
  fixDryRun: z.boolean().default(false),
  /** Also apply suggestions: the single clear candidate of each did-you-mean (implies `fix`). */
  fixSuggestions: z.boolean().default(false),
  /** Run again after each change to the files or the configuration. */
  watch: z.boolean().default(false),
});

export type CheckingOptions = z.infer<typeof checkingOptionsSchema>;
