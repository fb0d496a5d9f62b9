// `npm run bench:hostile`: times one role file of each hostile shape at 250 KB, 500 KB and 1 MB,
// checked and printed in-process (CPU seconds, fastest of three), and prints the growth factor per doubling (linear is 2; at most 2.5 passes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { run } = await import('../dist/run.js');
const { loadConfig } = await import('../dist/config/load-config.js');
const { formatDiagnostics } = await import('../dist/format/format-diagnostics.js');

const FRONT =
  '---\nid: hostile\ntitle: 测试岗位\ndepartment: center\njob_level: 专员\npurpose: 测试。\nstatus: draft\n---\n\n## 职责任务\n\n';
const SIZES = [250_000, 500_000, 1_000_000];
const LIMIT = 2.5;

/** Each shape repeats a unit until the file reaches the size; some have a head that comes once. */
const SHAPES = {
  'paragraph of short lines': { unit: 'a\n' },
  'table rows': { head: '| 项目 | 说明 |\n| --- | --- |\n', unit: '| 甲 | 乙 |\n' },
  'list items': { unit: '- 负责测试。\n' },
  'block-quote lines': { unit: '> 引用\n' },
  'long runs of punctuation': { unit: '!?.,;:~^-=+' },
  'many headings': { unit: '## 标题\n\n' },
  'many directives': { unit: '<!-- roles-disable-next-line placeholder -->\nXXXX\n' },
  'unclosed comments': { unit: '<!-- ' },
  'many findings in one file': { unit: '负,' },
  'emphasis and links': { unit: '*a* [b](c) `d` ' },
};

function body(shape, size) {
  const { head = '', unit } = SHAPES[shape];
  const room = size - Buffer.byteLength(FRONT + head);
  return FRONT + head + unit.repeat(Math.max(1, Math.floor(room / Buffer.byteLength(unit))));
}

function time(dir) {
  const loaded = loadConfig(dir);
  // CPU time, not wall time: on a shared machine other processes' load would read as growth.
  const started = process.cpuUsage();
  const result = run({ cwd: dir, targets: [], loaded, kinds: new Set(['document', 'graph']), today: '2026-06-30' });
  const output = formatDiagnostics(
    'stylish',
    result.diagnostics,
    { color: false, version: 'bench', rules: [] },
    result.fileCount,
  );
  const used = process.cpuUsage(started);
  return { seconds: (used.user + used.system) / 1e6, findings: result.diagnostics.length, bytes: output.length };
}

const root = mkdtempSync(path.join(os.tmpdir(), 'roles-hostile-'));
let failed = false;
console.log(`${'shape'.padEnd(28)} ${SIZES.map((s) => `${s / 1000} KB`.padStart(10)).join(' ')}   growth per doubling`);
try {
  // `npm run bench:hostile -- table` times only the shapes whose name contains `table`.
  const only = process.argv[2];
  for (const shape of Object.keys(SHAPES).filter((name) => !only || name.includes(only))) {
    const times = [];
    for (const size of SIZES) {
      const dir = path.join(root, `${shape.replaceAll(' ', '-')}-${size}`);
      mkdirSync(path.join(dir, 'roles'), { recursive: true });
      writeFileSync(path.join(dir, 'roles.config.yaml'), 'roles: [roles]\nroots: [hostile]\n');
      writeFileSync(path.join(dir, 'roles', 'hostile.md'), body(shape, size));
      // The fastest of three, so a pause of the machine does not read as growth.
      let best;
      for (let i = 0; i < 3; i++) {
        const measured = time(dir);
        if (!best || measured.seconds < best.seconds) best = measured;
      }
      times.push(best.seconds);
    }
    const factors = times.slice(1).map((t, i) => t / Math.max(times[i], 0.005));
    const bad = factors.some((factor) => factor > LIMIT);
    failed ||= bad;
    console.log(
      `${shape.padEnd(28)} ${times.map((t) => `${t.toFixed(3)} s`.padStart(10)).join(' ')}   ${factors.map((f) => f.toFixed(2)).join('  ')}${bad ? `  ✗ over ${LIMIT}` : ''}`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
