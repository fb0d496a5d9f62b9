import { describe, expect, it } from 'vitest';
import { buildStickyComment, findStickyComment, STICKY_MARKER } from './sticky-comment.js';

describe('the sticky pull-request comment', () => {
  it('starts with the marker, then the Markdown as roles diff printed it', () => {
    expect(buildStickyComment('# 组织变更：a → b\n\n新增 1 个岗位。\n')).toBe(
      `${STICKY_MARKER}\n# 组织变更：a → b\n\n新增 1 个岗位。\n`,
    );
  });

  it('is cut at a line, with a note, to fit GitHub’s 65,536 characters', () => {
    const row = '| 岗位 | direct_reports | +服务质量主办 −业务配置助理 |\n';
    const body = buildStickyComment(row.repeat(5_000), 'cut');
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.endsWith('\n\ncut')).toBe(true);
    expect(body.slice(0, -'\n\ncut'.length).endsWith('|')).toBe(true);
  });

  it('finds the bot’s own comment with the marker, not a person’s quoting it', () => {
    const comments = [
      { id: 1, body: `${STICKY_MARKER}\nquoted`, user: { login: 'someone' } },
      { id: 2, body: 'LGTM', user: { login: 'github-actions[bot]' } },
      { id: 3, body: `${STICKY_MARKER}\n# 组织变更`, user: { login: 'github-actions[bot]' } },
    ];
    expect(findStickyComment(comments)).toBe(3);
    expect(findStickyComment(comments.slice(0, 2))).toBeUndefined();
  });
});
