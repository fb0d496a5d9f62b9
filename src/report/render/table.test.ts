import CliTable from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../text/display-width.js';
import type { Report } from '../report.js';
import { renderTable } from './table.js';

const long =
  '按时限完成政企客户业务开通所涉及的传输和数据电路路由配置及工单填报，保证省级干线传输和数据电路的路由配置准确无误。';
const report: Report = {
  view: 'tree',
  title: 'Reporting tree',
  data: {},
  table: { columns: [], rows: [] },
  blocks: [
    {
      kind: 'table',
      columns: [{ header: 'Role' }, { header: 'ID' }, { header: 'Headcount', align: 'right' }, { header: 'Purpose' }],
      rows: [
        { group: { text: '政企客户服务支撑中心' } },
        {
          cells: [
            { text: '省级操作维护中心副经理' },
            { text: 'om-center-deputy-manager' },
            { text: '1' },
            { text: long },
          ],
        },
        {
          cells: [
            { text: '业务配置助理', tree: '└─ ', mark: 'error' },
            { text: 'business-config-assistant' },
            { text: 'unknown' },
            { text: 'Short.' },
          ],
        },
      ],
    },
    { kind: 'chart', title: 'Org chart', chart: { direction: 'TD', nodes: [], edges: [] } },
  ],
};

describe('renderTable', () => {
  for (const columns of [50, 72, 100, 140]) {
    it(`lines every row up to one display width, within ${columns} columns`, () => {
      const lines = renderTable(report, { color: false, columns })
        .split('\n')
        .filter((line) => /^[┌│├└]/.test(line));
      expect(new Set(lines.map((line) => displayWidth(line))).size).toBe(1);
      expect(displayWidth(lines[0]!)).toBeLessThanOrEqual(columns);
    });
  }

  it('wraps Chinese text by display width without losing a character', () => {
    const output = renderTable(report, { color: false, columns: 72 });
    const purpose = output
      .split('\n')
      .filter((line) => line.startsWith('│') && line.split('│').length === 6)
      .map((line) => line.split('│')[4]!.trim())
      .join('');
    expect(purpose).toContain(long);
    expect(output).not.toContain('…');
  });

  it('continues tree lines under a wrapped branch, and leaves charts to the other formats', () => {
    const output = renderTable(report, { color: false, columns: 50 });
    expect(output).toMatch(/\n│ └─ 业务配置\s*│.*\n│ {4}助理\s*│/);
    expect(output).not.toContain('Org chart');
  });

  for (const multiline of [false, true]) {
    it(`draws a long table in chunks as one cli-table3 table (${multiline ? 'ruled' : 'compact'} rows; a rule before each group)`, () => {
      const rows = Array.from({ length: 130 }, (_, i) =>
        i % 40 === 7
          ? { group: { text: `组${i}` } }
          : { cells: [{ text: `r${i}` }, { text: multiline && i === 3 ? '一\n二' : '甲' }] },
      );
      const long: Report = {
        ...report,
        blocks: [{ kind: 'table', columns: [{ header: 'Role' }, { header: '值' }], rows }],
      };
      const expected = new CliTable({
        head: ['Role', '值'],
        colWidths: [6, 4],
        wordWrap: false,
        style: { head: [], border: [], compact: !multiline },
      });
      for (const row of rows)
        expected.push(
          'group' in row
            ? [{ content: row.group!.text, colSpan: 2, hAlign: 'left' }]
            : row.cells.map((cell) => cell.text),
        );
      const rendered = renderTable(long, { color: false, columns: 100 });
      // Compact rows have no rules between them; a group still gets one above it.
      const groupRules = rendered.split('\n').filter((line) => line === '├──────┴────┤').length;
      expect(groupRules).toBe(4);
      const withoutGroupRules = multiline
        ? rendered
        : rendered
            .split('\n')
            .filter((line) => line !== '├──────┴────┤')
            .join('\n');
      expect(withoutGroupRules).toBe(`Reporting tree\n\n${expected.toString()}\n`);
    });
  }

  it('colours only when asked', () => {
    expect(renderTable(report, { color: false, columns: 100 })).not.toContain('\u001b[');
    expect(renderTable(report, { color: true, columns: 100 })).toContain('\u001b[31m业务配置助理');
  });
});
