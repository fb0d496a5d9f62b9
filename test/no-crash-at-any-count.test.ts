import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { sortDiagnostics, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { formatDiagnostics } from '../src/format/format-diagnostics.js';
import { run } from '../src/run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'roles-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FRONT =
  '---\nid: many\ntitle: 测试岗位\ndepartment: center\njob_level: 专员\npurpose: 测试。\nstatus: draft\n---\n\n## 职责任务\n\n';

describe('no crash at any count', () => {
  it('reports every finding of a 520 KB body of `负,` × 130,000 (spreading them into push overflowed the stack)', () => {
    mkdirSync(path.join(dir, 'roles'), { recursive: true });
    writeFileSync(path.join(dir, 'roles.config.yaml'), 'roles: [roles]\nroots: [many]\n');
    writeFileSync(path.join(dir, 'roles/many.md'), FRONT + '负,'.repeat(130_000));
    const result = run({
      cwd: dir,
      targets: [],
      loaded: loadConfig(dir),
      kinds: new Set(['document', 'graph']),
      today: '2026-06-30',
    });
    const commas = result.diagnostics.filter((d) => d.rule === 'fullwidth-punctuation');
    expect(commas.length).toBe(130_000);
    expect(commas[129_999]!.column).toBe(130_000 * 2);
    const json = JSON.parse(
      formatDiagnostics('json', result.diagnostics, { color: false, version: 't', rules: [] }, 1),
    );
    expect(json.diagnostics.length).toBe(result.diagnostics.length);
  }, 120_000);

  // Counts past the ~120,000 items where spreading an array into arguments overflowed the stack: what
  // is tested is that no step is bounded by the stack, which twice that shows as well as a million did
  // (the million took ten seconds of the suite, mostly sorting and parsing back 150 MB of JSON).
  it('sorts 250,000 findings and prints them as JSON; stylish and GitHub print 200,000', () => {
    const diagnostics: Diagnostic[] = [];
    for (let i = 250_000; i > 0; i--) {
      diagnostics.push({
        file: `roles/f${i % 7}.md`,
        line: i,
        column: 1,
        endLine: i,
        endColumn: 2,
        rule: 'fullwidth-punctuation',
        severity: 'warning',
        message: 'Unexpected `,`, expected `，`',
      });
    }
    const sorted = sortDiagnostics(diagnostics);
    expect(sorted.length).toBe(250_000);
    expect(sorted[0]).toMatchObject({ file: 'roles/f0.md', line: 7 });
    const json = JSON.parse(formatDiagnostics('json', sorted, { color: false, version: 't', rules: [] }, 7));
    expect(json.diagnostics.length).toBe(250_000);
    const some = sorted.slice(0, 200_000);
    for (const format of ['stylish', 'github'] as const) {
      const output = formatDiagnostics(format, some, { color: false, version: 't', rules: [] }, 7);
      expect(output.split('\n').filter((line) => line.includes('fullwidth-punctuation')).length).toBe(200_000);
    }
  }, 300_000);
});

describe('no argument spreading that grows with the input', () => {
  it('has no `push(...x)` or `Math.max(...x)` (stack overflow past ~120,000 items) nor a group copied per item', () => {
    const offenders: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
          readFileSync(full, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              // The second: `map.set(k, [...(map.get(k) ?? []), x])` copies the group per item, quadratic.
              if (/\b(?:push|unshift|Math\.max|Math\.min|fromCharCode)\(\.\.\.|\[\.\.\.\(\w+\.get\(/.test(line))
                offenders.push(`${path.relative(dir, full)}:${i + 1}`);
            });
        }
      }
    };
    walk(path.resolve(import.meta.dirname, '../src'));
    expect(offenders).toEqual([]);
  });
});
