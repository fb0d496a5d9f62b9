import { createTwoFilesPatch } from 'diff';
import type { Io } from '../io.js';
import { applySuggestions } from '../lint/fix/apply-suggestions.js';
import { writePlanned } from '../write/write-planned.js';
import type { RunResult } from '../run.js';
import type { Document } from '../parse/document.js';
import { writeFiles } from '../write/write-files.js';

/**
 * `roles lint --fix` and `--fix-dry-run`, after `run({ fix: true })` fixed the files in memory:
 * writes each changed file all or nothing (`writeFiles`, BOM and line endings kept), or prints
 * the changes as a unified diff.
 */
export function writeFixes(result: Pick<RunResult, 'changes'>, root: string, io: Io, dryRun: boolean): void {
  if (dryRun) {
    for (const { document, text } of result.changes) {
      const options = {
        context: 3,
        headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
      };
      io.stdout.write(
        createTwoFilesPatch(`a/${document.file}`, `b/${document.file}`, document.text, text, '', '', options),
      );
    }
    return;
  }
  writeFiles({
    root,
    cwd: io.cwd,
    writes: result.changes.map(({ document, text }) => ({
      file: document.absolutePath,
      content: bom(document) + text,
      original: bom(document) + document.text,
    })),
  });
}

const bom = (document: Document) => (document.bom ? '\ufeff' : '');

/**
 * `--fix-suggestions`: writes every did-you-mean's clear candidate into the files, with the
 * fixes `run` applied in memory; returns how many files changed.
 */
export function writeSuggestions(result: RunResult, root: string, cwd: string): number {
  // A fixed document's text is not the disk's: the writer checks against the text as read.
  const asRead = new Map(result.changes.map((change) => [change.document.file, change.document.text]));
  const changes = applySuggestions(result.documents, result.diagnostics);
  writePlanned(
    root,
    cwd,
    changes.map(({ document, text }) => ({
      file: document.absolutePath,
      display: document.file,
      content: bom(document) + text,
      original: bom(document) + (asRead.get(document.file) ?? document.text),
    })),
  );
  return changes.length;
}
