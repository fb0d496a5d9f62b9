import { describe, expect, it } from 'vitest';
import type { Chart } from '../report.js';
import { renderSvg } from './svg.js';

/** The top of each box, by node id. */
function tops(svg: string): Map<string, number> {
  return new Map(
    [...svg.matchAll(/data-id="([^"]+)"><title>[^<]*<\/title><rect x="[^"]+" y="([^"]+)"/g)].map((m) => [
      m[1]!,
      Number(m[2]),
    ]),
  );
}

describe('renderSvg', () => {
  it('draws the superior above the role even when it is also the career step, and career steps dashed', () => {
    const chart: Chart = {
      direction: 'TD',
      nodes: [
        { id: 'role', lines: ['主办', '主办'] },
        { id: 'boss', lines: ['主管', '主管'] },
        { id: 'next', lines: ['高级主办'] },
        { id: 'staff', lines: ['助理'] },
      ],
      edges: [
        { from: 'boss', to: 'role' },
        { from: 'role', to: 'staff' },
        { from: 'role', to: 'boss', kind: 'career' },
        { from: 'role', to: 'next', kind: 'career' },
      ],
    };
    const svg = renderSvg(chart);
    const top = tops(svg);
    expect(top.get('boss')!).toBeLessThan(top.get('role')!);
    expect(top.get('role')!).toBeLessThan(top.get('staff')!);
    // A career step that is not a superior never hangs below the role as a subordinate would.
    expect(top.get('next')!).toBeLessThanOrEqual(top.get('role')!);
    // Both steps as dashed arrows (and one in the legend), never as reporting elbows.
    expect(svg.match(/<path class="career"[^>]*marker-end/g)).toHaveLength(3);
    expect(svg).not.toContain('class="line career"');
  });

  it('escapes text and keeps every node once around a loop', () => {
    const svg = renderSvg({
      direction: 'TD',
      nodes: [
        { id: 'a', lines: ['<甲> & "乙"'] },
        { id: 'b', lines: ['丙'] },
      ],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    });
    expect(svg).toContain('&lt;甲&gt; &amp; &quot;乙&quot;');
    expect(svg.match(/<g class="node/g)).toHaveLength(2);
  });
});
