import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../test/lint-text.js';
import { cjkLatinSpacing } from './cjk-latin-spacing.js';

const rule = cjkLatinSpacing;

describe('cjk-latin-spacing', () => {
  it('accepts no space between Chinese and Latin by default', () => {
    expect(lintText('熟悉Excel和SQL，3年以上经验。\n\n- `git log` 命令\n', rule)).toEqual([]);
  });

  it('reports spaces between Chinese and Latin letters or digits with `never`', () => {
    expect(lintText('熟悉 Excel 和SQL，3 年以上。\n', rule)).toEqual([
      'roles/test.md:1:3 cjk-latin-spacing Unexpected space between `悉` and `E`, expected none between Chinese and Latin letters or digits (`spacing: never`)',
      'roles/test.md:1:9 cjk-latin-spacing Unexpected space between `l` and `和`, expected none between Chinese and Latin letters or digits (`spacing: never`)',
      'roles/test.md:1:16 cjk-latin-spacing Unexpected space between `3` and `年`, expected none between Chinese and Latin letters or digits (`spacing: never`)',
    ]);
    const text = '---\nid: test\n---\n熟悉 Excel 和SQL，3  年以上。\n';
    const fixed = fixText(text, rule);
    expect(fixed).toBe('---\nid: test\n---\n熟悉Excel和SQL，3年以上。\n');
    expect(fixText(fixed, rule)).toBe(fixed);
  });

  it('wants a space with `always`, except before units after a number', () => {
    const options = { spacing: 'always' };
    expect(lintText('熟悉Excel和 SQL，3年以上，第2批，共5人次。\n', rule, { options })).toEqual([
      'roles/test.md:1:2 cjk-latin-spacing Missing space between `悉` and `E`, expected one between Chinese and Latin letters or digits (`spacing: always`)',
      'roles/test.md:1:7 cjk-latin-spacing Missing space between `l` and `和`, expected one between Chinese and Latin letters or digits (`spacing: always`)',
      'roles/test.md:1:19 cjk-latin-spacing Missing space between `第` and `2`, expected one between Chinese and Latin letters or digits (`spacing: always`)',
      'roles/test.md:1:20 cjk-latin-spacing Missing space between `2` and `批`, expected one between Chinese and Latin letters or digits (`spacing: always`)',
      'roles/test.md:1:23 cjk-latin-spacing Missing space between `共` and `5`, expected one between Chinese and Latin letters or digits (`spacing: always`)',
    ]);
    const fixed = fixText('熟悉Excel和 SQL，3年以上，第2批。\n', rule, { options });
    expect(fixed).toBe('熟悉 Excel 和 SQL，3年以上，第 2 批。\n');
    expect(fixText(fixed, rule, { options })).toBe(fixed);
  });
});
