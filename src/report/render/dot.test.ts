import { describe, expect, it } from 'vitest';
import { quote, renderDot } from './dot.js';

describe('renderDot', () => {
  it('draws a digraph with quoted ids, multi-line labels and styles for marks', () => {
    const dot = renderDot(
      {
        direction: 'LR',
        nodes: [
          { id: 'a', lines: ['甲', '主管'] },
          { id: 'b', lines: ['乙'], mark: 'missing' },
        ],
        edges: [{ from: 'a', to: 'b', label: '3年' }],
      },
      'Career ladders',
    );
    expect(dot).toBe(
      [
        'digraph "Career ladders" {',
        '  graph [rankdir=LR, charset="UTF-8", fontname="sans-serif"];',
        '  node [shape=box, style=rounded, fontname="sans-serif"];',
        '  edge [fontname="sans-serif", fontsize=10];',
        '  "a" [label="甲\\n主管"];',
        '  "b" [label="乙", color="#8c959f", fontcolor="#57606a", style="rounded,dotted"];',
        '  "a" -> "b" [label="3年"];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes quotes and backslashes', () => {
    expect(quote('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
  });
});
