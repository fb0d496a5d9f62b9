import { unlinkSync } from 'node:fs';
import { writeFileAtomic } from './write-file-atomic.js';
import type { RenamePlan } from '../graph/plan-rename.js';

/**
 * Writes a rename plan: each file atomically (a temporary file in its folder, then a rename), the
 * byte-order mark kept; the renamed file is written under its new name last, then the old name removed.
 */
export function applyRename(plan: Extract<RenamePlan, { ok: true }>): void {
  const ordered = [...plan.changes].sort(
    (a, b) => Number(a.target !== a.document.absolutePath) - Number(b.target !== b.document.absolutePath),
  );
  for (const change of ordered) {
    writeFileAtomic(change.target, (change.document.bom ? '\uFEFF' : '') + change.text);
    if (change.target !== change.document.absolutePath) unlinkSync(change.document.absolutePath);
  }
}
