/** Marks the pull-request comment `roles diff` owns, so a later run edits it instead of adding another. */
export const STICKY_MARKER = '<!-- roles-diff: organisation changes -->';

/** GitHub refuses comment bodies longer than this many characters. */
const GITHUB_LIMIT = 65_536;

/** A comment as the GitHub REST API lists it. */
export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/** The body of the sticky comment: the marker, then the diff's Markdown, cut (with a note) to GitHub's limit. */
export function buildStickyComment(
  markdown: string,
  note = '… (cut to fit a comment: the job summary has it all)',
): string {
  const body = `${STICKY_MARKER}\n${markdown}`;
  if (body.length <= GITHUB_LIMIT) return body;
  // Cut at a line, never inside a table row or a code fence line.
  const room = GITHUB_LIMIT - note.length - 2;
  const cut = body.lastIndexOf('\n', room);
  return `${body.slice(0, cut > 0 ? cut : room)}\n\n${note}`;
}

/** The id of the comment an earlier run left (the bot's own, carrying the marker), or undefined to create one. */
export function findStickyComment(
  comments: readonly IssueComment[],
  author = 'github-actions[bot]',
): number | undefined {
  return comments.find((comment) => comment.user?.login === author && (comment.body ?? '').startsWith(STICKY_MARKER))
    ?.id;
}
