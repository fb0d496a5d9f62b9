import { describe, expect, it } from 'vitest';
import { guardWorkflowCommands } from './guard-workflow-commands.js';

describe('guardWorkflowCommands', () => {
  it('defuses a line starting with `::`, after blanks too, in the syntax of each output', () => {
    const text = 'a::b\n::error::x\n  ::add-mask::y\n';
    expect(guardWorkflowCommands(text, 'text')).toBe('a::b\n\u200b::error::x\n  \u200b::add-mask::y\n');
    expect(guardWorkflowCommands(text, 'markdown')).toBe('a::b\n\\::error::x\n  \\::add-mask::y\n');
    expect(guardWorkflowCommands(text, 'markup')).toBe('a::b\n&#58;:error::x\n  &#58;:add-mask::y\n');
    expect(guardWorkflowCommands(text, 'workflow')).toBe(text);
  });
});
