import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatJunit } from './junit.js';

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

describe('formatJunit', () => {
  it('writes a suite per file: a failing case per diagnostic, a passing case for a clean file', () => {
    expect(formatJunit([base], ['roles/a.md', 'roles/clean.md'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="roles" tests="2" failures="1" errors="0">',
        '  <testsuite name="roles/a.md" tests="1" failures="1" errors="0" skipped="0">',
        '    <testcase classname="roles/a.md" name="6:12 schema-invalid-value">',
        '      <failure type="schema-invalid-value" message="Unexpected `主任`">error: roles/a.md:6:12 Unexpected `主任`</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="roles/clean.md" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="roles/clean.md" name="roles/clean.md"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes XML in names, attributes and text, and replaces characters XML cannot hold', () => {
    const output = formatJunit(
      [{ ...base, file: 'roles/<a&"b">.md', message: `Unexpected "x" & 'y' <z>\u0001\n` }],
      [],
    );
    expect(output).toContain('<testsuite name="roles/&lt;a&amp;&quot;b&quot;&gt;.md"');
    expect(output).toContain('message="Unexpected &quot;x&quot; &amp; &apos;y&apos; &lt;z&gt;\uFFFD&#10;"');
    expect(output).toContain(
      '>error: roles/&lt;a&amp;"b"&gt;.md:6:12 Unexpected "x" &amp; \'y\' &lt;z&gt;\uFFFD\n</failure>',
    );
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(output).not.toMatch(/[\u0000-\u0008]/);
  });

  it('lists related locations in the failure text', () => {
    const output = formatJunit(
      [{ ...base, related: [{ file: 'roles/b.md', line: 2, column: 5, message: 'also here' }] }],
      ['roles/a.md'],
    );
    expect(output).toContain('Unexpected `主任`\nroles/b.md:2:5 also here</failure>');
  });
});
