import type { RenamePlan } from '../graph/plan-rename.js';
import { writeFiles } from './write-files.js';

/**
 * Writes a rename plan all or nothing (see `writeFiles`): every changed file in place, the renamed
 * file under its new name with the old name removed, each byte-order mark kept.
 */
export function applyRename(plan: Extract<RenamePlan, { ok: true }>, root: string, cwd: string): void {
  const original = (change: (typeof plan.changes)[number]) =>
    (change.document.bom ? '\uFEFF' : '') + change.document.text;
  const content = (change: (typeof plan.changes)[number]) => (change.document.bom ? '\uFEFF' : '') + change.text;
  const moved = plan.changes.filter((change) => change.target !== change.document.absolutePath);
  writeFiles({
    root,
    cwd,
    writes: plan.changes.map((change) => ({
      file: change.target,
      content: content(change),
      original: moved.includes(change) ? null : original(change),
    })),
    removals: moved.map((change) => ({ file: change.document.absolutePath, original: original(change) })),
  });
}
