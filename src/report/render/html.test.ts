import { describe, expect, it } from 'vitest';
import type { Report } from '../report.js';
import { renderHtml } from './html.js';

const report: Report = {
  view: 'tree',
  title: 'Reporting <tree>',
  data: {},
  table: { columns: [], rows: [] },
  blocks: [
    { kind: 'note', text: 'Filtered to `主管`.', mark: 'muted' },
    {
      kind: 'table',
      columns: [{ header: 'Role' }],
      rows: [{ cells: [{ text: '乙 & "丙"', tree: '└─ ', mark: 'invalid' }] }],
    },
    {
      kind: 'chart',
      title: 'Org chart',
      chart: {
        direction: 'TD',
        nodes: [
          { id: 'a', lines: ['甲', '经理'] },
          { id: 'b', lines: ['乙'] },
          { id: 'c', lines: ['丙'] },
        ],
        edges: [
          { from: 'a', to: 'b', label: '3年' },
          { from: 'b', to: 'c' },
          { from: 'c', to: 'b' },
        ],
      },
    },
  ],
};

describe('renderHtml', () => {
  const html = renderHtml(report);

  it('is one page with inline CSS, print rules and nothing to fetch', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/https?:|<script|<link|src=/);
  });

  it('escapes text and turns backtick values into code', () => {
    expect(html).toContain('<h1>Reporting &lt;tree&gt;</h1>');
    expect(html).toContain('<p class="note mark-muted">Filtered to <code>主管</code>.</p>');
    expect(html).toContain(
      '<td><div class="branch"><span class="tree">└─ </span><span><span class="mark-invalid">乙 &amp; &quot;丙&quot;</span></span></div></td>',
    );
  });

  it('embeds the chart as inline SVG: each node once, the superior above, a loop as a second line', () => {
    const chart = html.slice(html.indexOf('<svg class="org-chart"'));
    expect(chart.match(/<g class="node/g)).toHaveLength(3);
    const top = (id: string) =>
      Number(new RegExp(`data-id="${id}"><title>[^<]*</title><rect x="[^"]+" y="([^"]+)"`).exec(chart)![1]);
    expect(top('a')).toBeLessThan(top('b'));
    expect(top('b')).toBeLessThan(top('c'));
    expect(chart).toContain('<path class="second"');
  });
});
