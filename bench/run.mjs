// `npm run bench`: times roles against markdownlint-cli2 on generated organisations, in one run.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROLES = path.join(ROOT, 'bin', 'roles.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const OUT = path.join(ROOT, 'bench', 'out');
const sizes = process.argv.includes('--huge') ? [1_000, 10_000, 100_000] : [1_000, 10_000];
const runs = Number(process.env.BENCH_RUNS ?? 1);
const hasTime = existsSync('/usr/bin/time');

/** Runs a command `runs` times and keeps the fastest: wall and CPU seconds, peak memory in MiB. */
function measure(command, args, cwd) {
  let best;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const child = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
      : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    let cpu = NaN;
    let rss = NaN;
    if (hasTime) {
      const last = child.stderr.trim().split('\n').pop() ?? '';
      const [user, system, kb] = last.split(' ').map(Number);
      cpu = user + system;
      rss = kb / 1024;
    }
    const result = { wall, cpu, rss, status: child.status };
    if (!best || result.wall < best.wall) best = result;
  }
  return best;
}

function git(cwd, ...args) {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

function prepare(size) {
  const dir = path.join(OUT, String(size));
  const marker = path.join(dir, '.generated');
  if (!existsSync(marker)) {
    generate(dir, size);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
    git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'corpus');
    writeFileSync(marker, '');
  }
  git(dir, 'checkout', '-q', '--', '.');
  rmSync(path.join(dir, '.rolescache'), { force: true });
  return dir;
}

const rows = [];
const node = process.execPath;
const baseline = measure(node, ['-e', '0'], ROOT);
rows.push({ size: '-', task: 'node -e 0', ...baseline, ratio: '' });
for (const [task, args] of [
  ['roles --version', ['--version']],
  ['roles --help', ['--help']],
]) {
  const m = measure(node, [ROLES, ...args], ROOT);
  rows.push({ size: '-', task, ...m, ratio: `${(m.wall / baseline.wall).toFixed(2)}× node -e 0` });
}

for (const size of sizes) {
  const dir = prepare(size);
  const reference = measure(node, [MARKDOWNLINT, 'roles/**/*.md'], dir);
  const vs = (m) => `${((m.wall / reference.wall) * 100).toFixed(1)}% of markdownlint`;
  rows.push({ size, task: 'markdownlint-cli2 (reference)', ...reference, ratio: '100%' });
  const cold = measure(node, [ROLES, 'check', '--format', 'json'], dir);
  rows.push({ size, task: 'roles check (cold)', ...cold, ratio: vs(cold) });
  measure(node, [ROLES, 'check', '--cache', '--format', 'json'], dir);
  const warm = measure(node, [ROLES, 'check', '--cache', '--format', 'json'], dir);
  rows.push({ size, task: 'roles check --cache (warm)', ...warm, ratio: vs(warm) });
  const changedFile = path.join(dir, 'roles', 'dept-1', 'role-000010.md');
  const target = existsSync(changedFile) ? changedFile : path.join(dir, 'roles', 'dept-0', 'role-000000.md');
  appendFileSync(target, '\n## 其他要求\n\n1. 熟悉电子工单系统。\n');
  const changed = measure(node, [ROLES, 'check', '--changed', '--base', 'HEAD', '--cache', '--format', 'json'], dir);
  rows.push({
    size,
    task: 'roles check --changed --cache (1 file)',
    ...changed,
    ratio: `${(changed.wall / warm.wall).toFixed(2)}× warm`,
  });
  git(dir, 'checkout', '-q', '--', '.');
  const report = measure(node, [ROLES, 'report', '--format', 'json'], dir);
  rows.push({ size, task: 'roles report', ...report, ratio: vs(report) });
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const header = ['files', 'task', 'wall s', 'cpu s', 'peak MiB', 'exit', 'ratio'];
const table = rows.map((r) => [
  String(r.size),
  r.task,
  fmt(r.wall),
  fmt(r.cpu),
  fmt(r.rss, 0),
  String(r.status),
  r.ratio,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));

// The language server on the same 10,000-role corpus: edit-to-diagnostics latency and memory.
if (sizes.includes(10_000)) spawnSync(node, [path.join(ROOT, 'bench', 'lsp.mjs')], { stdio: 'inherit' });
