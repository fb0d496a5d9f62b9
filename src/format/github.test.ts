import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithub } from './github.js';

const base: Diagnostic = {
  file: 'roles/a.md',
  line: 6,
  column: 12,
  endLine: 6,
  endColumn: 14,
  rule: 'schema-invalid-value',
  severity: 'error',
  message: 'Unexpected `主任`',
};

describe('formatGithub', () => {
  it('writes one workflow command per diagnostic, warnings as ::warning', () => {
    const output = formatGithub([
      base,
      {
        ...base,
        line: 9,
        column: 1,
        endLine: 9,
        endColumn: 3,
        rule: 'span-of-control',
        severity: 'warning',
        message: 'Too many',
      },
    ]);
    expect(output).toBe(
      '::error file=roles/a.md,line=6,col=12,endLine=6,endColumn=14,title=schema-invalid-value::Unexpected `主任`\n' +
        '::warning file=roles/a.md,line=9,col=1,endLine=9,endColumn=3,title=span-of-control::Too many\n',
    );
  });

  it('escapes % CR LF in the message, and also : and , in properties', () => {
    const output = formatGithub([{ ...base, file: 'roles/a,b:c%.md', message: '100% done\r\nnext: a, b' }]);
    expect(output).toBe(
      '::error file=roles/a%2Cb%3Ac%25.md,line=6,col=12,endLine=6,endColumn=14,title=schema-invalid-value::100%25 done%0D%0Anext: a, b\n',
    );
  });

  it('puts related locations on lines of their own inside the one annotation', () => {
    const output = formatGithub([
      {
        ...base,
        rule: 'duplicate-id',
        related: [{ file: 'roles/b.md', line: 2, column: 5, message: '`a` is also declared here' }],
      },
    ]);
    expect(output).toBe(
      '::error file=roles/a.md,line=6,col=12,endLine=6,endColumn=14,title=duplicate-id::Unexpected `主任`%0A↳ roles/b.md:2:5 `a` is also declared here\n',
    );
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub([])).toBe('');
  });
});
