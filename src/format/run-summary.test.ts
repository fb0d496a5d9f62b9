import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatRunSummary } from './run-summary.js';

const at = (file: string, severity: Diagnostic['severity']): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  rule: 'r',
  severity,
  message: 'm',
});

describe('formatRunSummary', () => {
  it('says a clean run is clean, in both languages', () => {
    expect(formatRunSummary([], 28, 'zh-CN')).toBe('✔ 28 个文件，没有问题\n');
    expect(formatRunSummary([], 1, 'en')).toBe('✔ 1 file, no problems\n');
  });

  it('counts errors, warnings and the files they are in', () => {
    const found = [at('a.md', 'error'), at('a.md', 'error'), at('b.md', 'error'), at('b.md', 'warning')];
    expect(formatRunSummary(found, 28, 'zh-CN')).toBe('✖ 3 个错误，1 个警告，涉及 2 个文件\n');
    expect(formatRunSummary(found, 28, 'en')).toBe('✖ 3 errors, 1 warning in 2 files\n');
    expect(formatRunSummary([at('a.md', 'warning')], 28, 'zh-CN')).toBe('⚠ 1 个警告，涉及 1 个文件\n');
  });
});
