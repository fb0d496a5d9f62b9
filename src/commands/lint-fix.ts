import { createTwoFilesPatch } from 'diff';
import type { LoadedConfig } from '../config/load-config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Io } from '../io.js';
import { applySuggestions } from '../lint/fix/apply-suggestions.js';
import { fixFiles } from '../lint/fix/fix-files.js';
import { writePlanned } from '../write/write-planned.js';
import { RULES } from '../rules/registry.js';
import { resolveRules } from '../lint/resolve-rules.js';
import type { RunResult } from '../run.js';
import { createRoleSchema } from '../schema/role-schema.js';
import type { Document } from '../parse/document.js';
import { writeFiles } from '../write/write-files.js';

export interface LintFixOptions {
  loaded: LoadedConfig;
  kinds: ReadonlySet<'document' | 'graph'>;
  today: string;
  /** Print a unified diff of the changes instead of writing them. */
  dryRun: boolean;
}

/**
 * `roles lint --fix` and `--fix-dry-run`: fixes the files in scope in memory, then writes each
 * changed file all or nothing (`writeFiles`) (BOM and line endings kept) or prints the changes as a unified diff.
 * Returns the diagnostics that remain, for printing as usual.
 */
export function fixLint(result: RunResult, { loaded, kinds, today, dryRun }: LintFixOptions, io: Io): Diagnostic[] {
  const { config, root } = loaded;
  const resolver = resolveRules(RULES, config, root, io.cwd);
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  const fixed = fixFiles(result, { config, resolver, graph: result.graph, roleSchema, today, kinds });
  if (dryRun) {
    for (const { document, text } of fixed.changes) {
      const options = {
        context: 3,
        headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
      };
      io.stdout.write(
        createTwoFilesPatch(`a/${document.file}`, `b/${document.file}`, document.text, text, '', '', options),
      );
    }
  } else {
    const bom = (document: Document) => (document.bom ? '\ufeff' : '');
    writeFiles({
      root,
      cwd: io.cwd,
      writes: fixed.changes.map(({ document, text }) => ({
        file: document.absolutePath,
        content: bom(document) + text,
        original: bom(document) + document.text,
      })),
    });
  }
  return fixed.diagnostics;
}

/** `--fix-suggestions`: writes every did-you-mean's clear candidate into the files; returns how many files changed. */
export function writeSuggestions(result: RunResult, root: string, cwd: string): number {
  const changes = applySuggestions(result.documents, result.diagnostics);
  writePlanned(
    root,
    cwd,
    changes.map(({ document, text }) => ({
      file: document.absolutePath,
      display: document.file,
      content: document.bom ? `\ufeff${text}` : text,
      original: document.bom ? `\ufeff${document.text}` : document.text,
    })),
  );
  return changes.length;
}
