// `npm run bench`: times roles against markdownlint-cli2 in one run, on two corpora: organisations
// cloned from the bundled roles/ files as written (`--from roles`, with a share of files whose
// reporting line breaks level order) and the synthetic generator (`--from generated`); both by default.
// `--huge` adds 100,000 files; `--share 0,10,60` picks the shares of files with graph findings; `--small` times only
// the bundled organisation (start-up).
// BENCH_RUNS=n repeats each timing and keeps the median. Prints each target as met or not.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloneRoles } from './clone-roles.mjs';
import { generate } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROLES = path.join(ROOT, 'bin', 'roles.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const OUT = path.join(ROOT, 'bench', 'out');
const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
};
const huge = argv.includes('--huge');
const from = option('--from');
// `--small`: only the bundled organisation (start-up), in a few seconds.
const sizes = argv.includes('--small') ? [] : huge ? [10_000, 100_000] : [10_000];
const shares = (option('--share') ?? '0,60').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const hasTime = existsSync('/usr/bin/time');
const node = process.execPath;

/** Runs a command `times` times: the median wall and CPU seconds, the largest peak memory in MiB, the last output. */
function measure(command, args, cwd, times = runs, before = undefined) {
  const results = [];
  let stdout = '';
  for (let i = 0; i < times; i++) {
    before?.();
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
    stdout = child.stdout;
    results.push({ wall, cpu, rss, status: child.status });
  }
  const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor((results.length - 1) / 2)];
  return {
    wall: median('wall'),
    cpu: median('cpu'),
    rss: Math.max(...results.map((r) => r.rss)),
    status: results.at(-1).status,
    stdout,
  };
}

function git(cwd, ...args) {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

/** Writes a corpus once (kept between runs under bench/out, keyed by what made it) and resets it to its commit. */
function prepare(name, make) {
  const dir = path.join(OUT, name);
  const marker = path.join(dir, '.generated');
  if (!existsSync(marker)) {
    const made = make(dir);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
    git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'corpus');
    writeFileSync(marker, JSON.stringify(made));
  }
  git(dir, 'checkout', '-q', '--', '.');
  rmSync(path.join(dir, '.rolescache'), { force: true });
  return { dir, made: JSON.parse(readFileSync(marker, 'utf8') || '{}') };
}

const rows = [];
const targets = [];
/** Records a target: `value` against `limit` (lower is better). */
function target(what, value, limit, unit = '×') {
  targets.push({ what, value, limit, unit, met: value <= limit });
}
const ratio = (a, b) => a.wall / b.wall;

// Small repositories are start-up bound: the bundled organisation, as pre-commit checks it.
const small = Math.max(runs, 7);
const baseline = measure(node, ['-e', '0'], ROOT, small);
rows.push({ corpus: 'bundled', size: '-', task: 'node -e 0', ...baseline, ratio: '' });
for (const [task, args] of [
  ['roles --version', ['--version']],
  ['roles --help', ['--help']],
]) {
  const m = measure(node, [ROLES, ...args], ROOT, small);
  rows.push({ corpus: 'bundled', size: '-', task, ...m, ratio: `${ratio(m, baseline).toFixed(2)}× node -e 0` });
}
const bundledCount = execFileSync('git', ['ls-files', 'roles'], { cwd: ROOT, encoding: 'utf8' })
  .trim()
  .split('\n').length;
const smallLint = measure(node, [MARKDOWNLINT, 'roles/**/*.md'], ROOT, small);
rows.push({ corpus: 'bundled', size: bundledCount, task: 'markdownlint-cli2 (reference)', ...smallLint, ratio: '' });
const smallCheck = measure(node, [ROLES, 'check', 'roles'], ROOT, small);
rows.push({
  corpus: 'bundled',
  size: bundledCount,
  task: 'roles check roles',
  ...smallCheck,
  ratio: `${ratio(smallCheck, baseline).toFixed(2)}× node -e 0, ${ratio(smallCheck, smallLint).toFixed(2)}× markdownlint`,
});
target(`bundled ${bundledCount} files: roles check roles vs node -e 0`, ratio(smallCheck, baseline), 3);

/** In-process: each output format's time on the run's diagnostics, and on half of them (linear ≈ 2×). */
async function timeFormats(json, wall) {
  const { formatDiagnostics } = await import(path.join(ROOT, 'dist', 'format', 'format-diagnostics.js'));
  const { RULES } = await import(path.join(ROOT, 'dist', 'rules', 'registry.js'));
  const { diagnostics, summary } = JSON.parse(json);
  const context = {
    color: false,
    columns: 100,
    version: 'bench',
    locale: 'en',
    rules: RULES.map(({ id, description }) => ({ id, description })),
  };
  const time = (format, list) => {
    const started = process.hrtime.bigint();
    formatDiagnostics(format, list, context, summary.files);
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const found = [];
  for (const format of ['stylish', 'json', 'sarif']) {
    time(format, diagnostics.slice(0, 100));
    const half = time(format, diagnostics.slice(0, Math.floor(diagnostics.length / 2)));
    const all = time(format, diagnostics);
    found.push({ format, all, growth: half > 0 ? all / half : NaN, share: all / wall });
  }
  return found;
}

const timings = new Map();
const corpora = [];
if (from !== 'generated') for (const share of shares) corpora.push({ kind: 'roles', share });
if (from !== 'roles') corpora.push({ kind: 'generated', share: undefined });

for (const size of sizes) {
  for (const corpus of corpora) {
    const label = corpus.kind === 'roles' ? `roles ${corpus.share}%` : 'generated';
    const { dir, made } =
      corpus.kind === 'roles'
        ? prepare(`roles-${size}-${corpus.share}`, (d) =>
            cloneRoles(path.join(ROOT, 'roles'), d, size, corpus.share / 100),
          )
        : prepare(String(size), (d) => generate(d, size));
    const files = made.files ?? size;
    const reference = measure(node, [MARKDOWNLINT, 'roles/**/*.md'], dir);
    const vs = (m) => `${(ratio(m, reference) * 100).toFixed(1)}% of markdownlint`;
    const row = (task, m, text) => rows.push({ corpus: label, size: files, task, ...m, ratio: text });
    row('markdownlint-cli2 (reference)', reference, '100%');
    const cold = measure(node, [ROLES, 'check', '--format', 'json'], dir);
    const findings = JSON.parse(cold.stdout).diagnostics.length;
    row(`roles check (cold), ${findings} findings`, cold, vs(cold));
    measure(node, [ROLES, 'check', '--cache', '--format', 'json'], dir, 1);
    const warm = measure(node, [ROLES, 'check', '--cache', '--format', 'json'], dir);
    row('roles check --cache (warm)', warm, vs(warm));
    const stylishWarm = measure(node, [ROLES, 'check', '--cache'], dir);
    row('roles check --cache (warm, stylish)', stylishWarm, vs(stylishWarm));
    const changedFile =
      corpus.kind === 'roles'
        ? path.join(dir, 'roles', 'copy-1', 'gov-enterprise-dept', 'general-support-1.md')
        : path.join(dir, 'roles', 'dept-1', 'role-000010.md');
    const edited = existsSync(changedFile) ? changedFile : path.join(dir, 'roles', 'dept-0', 'role-000000.md');
    appendFileSync(edited, '\n## 其他要求\n\n1. 熟悉电子工单系统。\n');
    // Each timing starts from the warm cache of the unchanged corpus.
    const warmCache = readFileSync(path.join(dir, '.rolescache'));
    const changed = measure(
      node,
      [ROLES, 'check', '--changed', '--base', 'HEAD', '--cache', '--format', 'json'],
      dir,
      runs,
      () => writeFileSync(path.join(dir, '.rolescache'), warmCache),
    );
    row('roles check --changed --cache (1 file)', changed, `${ratio(changed, warm).toFixed(2)}× warm`);
    git(dir, 'checkout', '-q', '--', '.');
    const report = measure(node, [ROLES, 'report', '--format', 'json'], dir);
    row('roles report', report, vs(report));
    timings.set(`${label} ${size}`, { cold, warm });

    if (size === 10_000) {
      target(`${label} 10k: cold check vs markdownlint`, ratio(cold, reference), 0.25);
      target(`${label} 10k: warm --cache vs markdownlint`, ratio(warm, reference), 0.05);
      target(`${label} 10k: --changed --cache (1 file) vs warm`, ratio(changed, warm), 1.5);
      if (corpus.kind === 'roles') {
        for (const f of await timeFormats(cold.stdout, cold.wall)) {
          row(
            `format ${f.format} in-process (${findings} findings)`,
            { wall: f.all, cpu: NaN, rss: NaN, status: 0 },
            `${(f.share * 100).toFixed(1)}% of cold run, ×${f.growth.toFixed(2)} for 2× findings`,
          );
          target(`${label} 10k: ${f.format} output share of the cold run`, f.share * 100, 10, '%');
        }
      }
    }
    if (size === 100_000) {
      const base = timings.get(`${label} 10000`);
      target(`${label} 100k: cold peak memory`, cold.rss, 1024, ' MiB');
      target(`${label} 100k: warm peak memory`, warm.rss, 1024, ' MiB');
      if (base) {
        target(`${label} 100k: cold vs 10k cold`, ratio(cold, base.cold), 11);
        target(`${label} 100k: warm vs 10k warm`, ratio(warm, base.warm), 11);
      }
    }
  }
  const none = timings.get(`roles 0% ${size}`);
  const many = timings.get(`roles 60% ${size}`);
  if (size === 10_000 && none && many) {
    target('roles 10k: cold check, 60% findings vs none', ratio(many.cold, none.cold), 1.25);
    target('roles 10k: warm check, 60% findings vs none', ratio(many.warm, none.warm), 1.25);
  }
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const header = ['corpus', 'files', 'task', 'wall s', 'cpu s', 'peak MiB', 'exit', 'ratio'];
const table = rows.map((r) => [
  r.corpus,
  String(r.size),
  r.task,
  fmt(r.wall, r.wall < 0.1 ? 3 : 2),
  fmt(r.cpu),
  fmt(r.rss, 0),
  String(r.status),
  r.ratio,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const [load1] = os.loadavg();
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z, load ${load1.toFixed(2)}, median of ${runs} (small: ${small})`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
console.log('\ntargets:');
for (const t of targets)
  console.log(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.what}: ${fmt(t.value)}${t.unit} (target ≤ ${t.limit}${t.unit})`);

// The language server on the generated 10,000-role corpus: edit-to-diagnostics latency and memory.
if (sizes.includes(10_000) && from === undefined && !huge)
  spawnSync(node, [path.join(ROOT, 'bench', 'lsp.mjs')], { stdio: 'inherit' });
