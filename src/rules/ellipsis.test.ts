import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { ellipsis } from './ellipsis.js';

const rule = ellipsis;

describe('ellipsis', () => {
  it('accepts …… and Latin ellipses', () => {
    expect(lintText('包括客户服务、投诉处理等……\n\nand so on... or wait…\n', rule)).toEqual([]);
  });

  it('reports other ellipses next to Chinese', () => {
    expect(lintText('职责...说明书。。。等等…还有⋯⋯以及···结束………\n', rule)).toEqual([
      'roles/test.md:1:3 ellipsis Unexpected ellipsis `...`, expected `……`',
      'roles/test.md:1:9 ellipsis Unexpected ellipsis `。。。`, expected `……`',
      'roles/test.md:1:14 ellipsis Unexpected ellipsis `…`, expected `……`',
      'roles/test.md:1:17 ellipsis Unexpected ellipsis `⋯⋯`, expected `……`',
      'roles/test.md:1:21 ellipsis Unexpected ellipsis `···`, expected `……`',
      'roles/test.md:1:26 ellipsis Unexpected ellipsis `………`, expected `……`',
    ]);
  });

  it('fixes each to ……', () => {
    const text = '---\nid: test\n---\n职责...说明书。。。等等…\n';
    const fixed = fixText(text, rule);
    expect(fixed).toBe('---\nid: test\n---\n职责……说明书……等等……\n');
    expect(fixText(fixed, rule)).toBe(fixed);
  });
});
