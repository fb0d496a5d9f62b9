#!/usr/bin/env node
// Posts (or updates) the sticky pull-request comment with `roles diff --format markdown`; run by action.yml.
// Inputs from the environment: COMMENT_FILE (the Markdown), GITHUB_TOKEN, GITHUB_REPOSITORY, PR_NUMBER, GITHUB_API_URL.
import { readFileSync } from 'node:fs';
import { buildStickyComment, findStickyComment } from '../dist/diff/sticky-comment.js';

const { COMMENT_FILE, GITHUB_TOKEN, GITHUB_REPOSITORY, PR_NUMBER } = process.env;
const api = process.env.GITHUB_API_URL ?? 'https://api.github.com';
if (!COMMENT_FILE || !GITHUB_TOKEN || !GITHUB_REPOSITORY || !PR_NUMBER) {
  process.stderr.write('roles: not a pull request, or no token: no comment posted\n');
  process.exit(0);
}
const headers = {
  authorization: `Bearer ${GITHUB_TOKEN}`,
  accept: 'application/vnd.github+json',
  'x-github-api-version': '2022-11-28',
  'content-type': 'application/json',
};
const body = buildStickyComment(readFileSync(COMMENT_FILE, 'utf8'));
const comments = [];
for (let page = 1; page <= 20; page++) {
  const response = await fetch(
    `${api}/repos/${GITHUB_REPOSITORY}/issues/${PR_NUMBER}/comments?per_page=100&page=${page}`,
    { headers },
  );
  if (!response.ok) throw new Error(`listing comments: HTTP ${response.status}`);
  const batch = await response.json();
  comments.push(...batch);
  if (batch.length < 100) break;
}
const existing = findStickyComment(comments);
const response = await fetch(
  existing === undefined
    ? `${api}/repos/${GITHUB_REPOSITORY}/issues/${PR_NUMBER}/comments`
    : `${api}/repos/${GITHUB_REPOSITORY}/issues/comments/${existing}`,
  { method: existing === undefined ? 'POST' : 'PATCH', headers, body: JSON.stringify({ body }) },
);
if (!response.ok)
  throw new Error(`${existing === undefined ? 'posting' : 'updating'} the comment: HTTP ${response.status}`);
process.stderr.write(`roles: ${existing === undefined ? 'posted' : 'updated'} the organisation changes comment\n`);
