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
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
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

  it('draws the chart as nested lists, each node once, even around a loop', () => {
    const chart = html.slice(html.indexOf('<ul class="org">'));
    expect(chart.match(/class="name"/g)).toHaveLength(3);
    expect(chart).toContain(
      '<li><span class="node"><span class="name">甲</span><span class="detail">经理</span></span><ul>\n<li><span class="node"><span class="via">↑ 3年</span><span class="name">乙</span></span><ul>',
    );
  });
});
