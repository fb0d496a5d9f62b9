import { describe, expect, it } from 'vitest';
import { escapeLabel, renderMermaid } from './mermaid.js';

describe('renderMermaid', () => {
  it('draws a flowchart with generated node names, quoted labels, edge labels and classes', () => {
    const chart = renderMermaid({
      direction: 'TD',
      nodes: [
        { id: 'end', lines: ['经理', '经理 · headcount 1'] },
        { id: 'b', lines: ['主管'], mark: 'invalid' },
      ],
      edges: [
        { from: 'end', to: 'b', label: '3年以上' },
        { from: 'end', to: 'missing' },
      ],
    });
    expect(chart).toBe(
      [
        'flowchart TD',
        '  n1["经理<br/>经理 · headcount 1"]',
        '  n2["主管"]',
        '  n1 -->|"3年以上"| n2',
        '  classDef invalid stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3',
        '  class n2 invalid',
      ].join('\n'),
    );
  });

  it('writes the characters that end a label or start markup as entity codes', () => {
    expect(escapeLabel('综合办公室（"后勤" & <文秘> #1 `x`）')).toBe(
      '综合办公室（#quot;后勤#quot; #38; #lt;文秘#gt; #35;1 #96;x#96;）',
    );
  });
});
