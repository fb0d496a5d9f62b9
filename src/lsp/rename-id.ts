import type { Graph } from '../graph/graph.js';
import { planRename } from '../graph/plan-rename.js';
import type { Document } from '../parse/document.js';

/** One file's part of a rename: the smallest replacement that turns its text into the new one, and maybe a new path. */
export interface RenameChange {
  document: Document;
  start: number;
  end: number;
  text: string;
  /** The absolute path the file moves to, for the file declaring the id. */
  moveTo?: string;
}

/** `roles mv` as an editor edit: the same plan (and the same refusals), written as changes instead of files. */
export function renameId(
  documents: readonly Document[],
  graph: Graph,
  oldId: string,
  newId: string,
  cwd: string,
): { ok: true; changes: RenameChange[] } | { ok: false; message: string } {
  const plan = planRename(documents, graph, oldId, newId, cwd);
  if (!plan.ok) return plan;
  const changes = plan.changes.map(({ document, text, target }): RenameChange => {
    const old = document.text;
    let start = 0;
    while (start < old.length && start < text.length && old[start] === text[start]) start++;
    let tail = 0;
    while (
      tail < old.length - start &&
      tail < text.length - start &&
      old[old.length - 1 - tail] === text[text.length - 1 - tail]
    )
      tail++;
    return {
      document,
      start,
      end: old.length - tail,
      text: text.slice(start, text.length - tail),
      ...(target !== document.absolutePath ? { moveTo: target } : {}),
    };
  });
  return { ok: true, changes };
}
