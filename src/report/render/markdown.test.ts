import { describe, expect, it } from 'vitest';
import type { Report } from '../report.js';
import { renderMarkdown } from './markdown.js';

const report: Report = {
  view: 'summary',
  title: 'Summary',
  data: {},
  table: { columns: [], rows: [] },
  blocks: [
    { kind: 'note', text: 'Filtered to level `主管` | *all*' },
    {
      kind: 'table',
      columns: [{ header: 'Department' }, { header: 'Roles', align: 'right' }],
      rows: [
        { group: { text: '市分公司' } },
        { cells: [{ text: '政企<中心>\ngov_support', tree: '└─ ' }, { text: '5' }] },
        { cells: [{ text: 'Total' }, { text: '9' }], total: true },
      ],
    },
    { kind: 'text', heading: '职责任务', text: '1. 负责公文。' },
    { kind: 'chart', title: 'Chart', chart: { direction: 'TD', nodes: [{ id: 'a', lines: ['甲'] }], edges: [] } },
  ],
};

describe('renderMarkdown', () => {
  it('renders GitHub tables, sections as written and charts as Mermaid', () => {
    expect(renderMarkdown(report)).toBe(
      [
        '# Summary',
        '',
        'Filtered to level `主管` \\| \\*all\\*',
        '',
        '| Department | Roles |',
        '| --- | ---: |',
        '| **市分公司** |  |',
        '| └─\u00a0政企&lt;中心>&lt;br>gov_support | 5 |'.replace('&lt;br>', '<br>'),
        '| **Total** | **9** |',
        '',
        '### 职责任务',
        '',
        '1. 负责公文。',
        '',
        '## Chart',
        '',
        '```mermaid',
        'flowchart TD',
        '  n1["甲"]',
        '```',
        '',
      ].join('\n'),
    );
  });
});
