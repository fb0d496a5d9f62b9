import { createTwoFilesPatch } from 'diff';
import type { RenamePlan } from '../graph/plan-rename.js';

/** A unified diff of every file a rename changes, the renamed file shown under both names. */
export function formatRenameDiff(plan: Extract<RenamePlan, { ok: true }>): string {
  return plan.changes
    .map((change) =>
      createTwoFilesPatch(
        `a/${change.document.file}`,
        `b/${change.targetFile}`,
        change.document.text,
        change.text,
        '',
        '',
        {
          context: 3,
          headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
        },
      ),
    )
    .join('');
}
