import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';
import { diffOrganisation } from '../diff/diff-organisation.js';
import { loadVersion, type VersionFile } from '../diff/load-version.js';
import { readCommit, readWorkingTree } from '../diff/read-version.js';
import { buildDiffReport } from '../diff/build-diff-report.js';
import { renderMarkdown } from '../report/render/markdown.js';
import { renderTable } from '../report/render/table.js';
import { writeOutput } from './write-output.js';
import { openRepository, type Repository } from '../git/open-repository.js';
import { verifyCommit } from '../git/resolve-base.js';
import { GitError } from '../git/run-git.js';
import { terminalColumns, wantsColor, type Io } from '../io.js';
import { t } from '../i18n/t.js';

const DIFF_FORMATS = ['stylish', 'markdown', 'json'] as const;

const optionsSchema = z.object({
  format: z.enum(DIFF_FORMATS).default('stylish'),
  config: z.string().optional(),
  output: z.string().min(1).optional(),
});

/** `roles diff <base> [<head>]`: what changed in the organisation between two refs, or a ref and the working tree. */
export function diffCommand(base: string, head: string | undefined, rawOptions: unknown, io: Io): number {
  const options = optionsSchema.parse(rawOptions);
  const loaded = loadConfig(io.cwd, options.config);
  const opened = openRepository(io.cwd);
  if (!opened.ok) throw new GitError(t('command.diff.noRepository', { detail: opened.message }));
  const repository = opened.repository;
  const read = (ref: string): VersionFile[] => {
    const commit = commitOf(repository, ref);
    const files = readCommit(repository, commit, io.cwd, loaded);
    if (!files) throw new GitError(t('command.diff.cannotList', { ref }));
    return files;
  };
  const before = loadVersion(base, read(base), loaded.config);
  const after =
    head === undefined
      ? loadVersion('working tree', readWorkingTree(io.cwd, loaded), loaded.config)
      : loadVersion(head, read(head), loaded.config);
  const diff = diffOrganisation(before, after);
  const toFile = options.output !== undefined;
  const report = buildDiffReport(diff, after);
  const rendered =
    options.format === 'json'
      ? `${JSON.stringify(diff, null, 2)}\n`
      : options.format === 'markdown'
        ? renderMarkdown(report)
        : renderTable(report, {
            color: !toFile && wantsColor(io.stdout, io.env),
            columns: terminalColumns(toFile ? {} : io.stdout, io.env),
          });
  writeOutput(io, options.output, rendered, options.format === 'markdown' ? 'markdown' : 'text');
  return 0;
}

function commitOf(repository: Repository, ref: string): string {
  const commit = ref.startsWith('-') ? undefined : verifyCommit(repository.root, ref);
  if (commit) return commit;
  const hint = repository.shallow ? t('git.shallow') : '';
  throw new GitError(t('command.diff.unknownRef', { ref, hint }));
}
