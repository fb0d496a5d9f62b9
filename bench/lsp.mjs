// `npm run bench` (or `node bench/lsp.mjs`): the language server on the 10,000-role corpus.
// Times didChange → publishDiagnostics for edits that move a reporting line, the server's
// memory, and where an edit's time goes (per-file stage vs organisation stage, in-process).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { generate } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = Number(process.env.BENCH_LSP_SIZE ?? 10_000);
const EDITS = Number(process.env.BENCH_LSP_EDITS ?? 40);
const dir = process.env.BENCH_LSP_DIR ?? path.join(ROOT, 'bench', 'out', String(SIZE));
if (!existsSync(path.join(dir, '.generated'))) {
  // Prepared as bench/run.mjs prepares it, so either script can run first.
  generate(dir, SIZE);
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'corpus');
  writeFileSync(path.join(dir, '.generated'), '');
}

// A role in the middle of the tree: its reporting line moves to a sibling superior and back.
const FILE = path.join(dir, 'roles', 'dept-11', 'role-000500.md');
const original = readFileSync(FILE, 'utf8');
const line = original.split('\n').findIndex((text) => text.startsWith('reports_to: '));
const superior = original.split('\n')[line].slice('reports_to: '.length);
const other = `role-${String(Number(superior.slice(5)) + 1).padStart(6, '0')}`;
const uri = pathToFileURL(FILE).href;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n) => `${n.toFixed(1)} ms`;

/** CPU milliseconds a process used so far (user + system), from /proc (Linux): wall time depends on the machine's load, this does not. */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Peak and current resident memory of a process, from /proc (Linux). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

async function overStdio() {
  const server = spawn(process.execPath, [path.join(ROOT, 'bin', 'roles.js'), 'lsp', '--stdio'], {
    cwd: dir,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  let waiting;
  connection.onNotification('textDocument/publishDiagnostics', () => {
    const resolve = waiting;
    waiting = undefined;
    resolve?.(performance.now());
  });
  connection.listen();
  const started = performance.now();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
  });
  await connection.sendNotification('initialized', {});
  // Answered once the organisation is loaded: requests wait behind the initial check.
  await connection.sendRequest('workspace/symbol', { query: 'role-000500' });
  const startup = performance.now() - started;
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text: original },
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const times = [];
  const cpuBefore = cpuOf(server.pid);
  let current = superior;
  for (let i = 0; i < EDITS; i++) {
    const next = current === superior ? other : superior;
    const published = new Promise((resolve) => (waiting = resolve));
    const sent = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [
        {
          range: { start: { line, character: 12 }, end: { line, character: 12 + current.length } },
          text: next,
        },
      ],
    });
    const timeout = new Promise((resolve) => setTimeout(() => resolve(NaN), 10_000));
    times.push((await Promise.race([published, timeout])) - sent);
    // One check may publish several files: a round trip drains them before the next edit.
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    current = next;
  }
  const cpu = (cpuOf(server.pid) - cpuBefore) / EDITS;
  const memory = memoryOf(server.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => server.once('exit', resolve));
  connection.dispose();
  return { startup, times, memory, cpu };
}

/** The same edits in-process, timing the per-file stage and the organisation stage apart. */
async function inProcess() {
  const { Workspace } = await import(pathToFileURL(path.join(ROOT, 'dist', 'lsp', 'workspace.js')).href);
  const workspace = new Workspace(dir, { ROLES_THREADS: '1' });
  workspace.check();
  const perFile = [];
  const organisation = [];
  let text = original;
  for (let i = 0; i < Math.min(EDITS, 20); i++) {
    text = text.includes(`reports_to: ${superior}`)
      ? text.replace(`reports_to: ${superior}`, `reports_to: ${other}`)
      : text.replace(`reports_to: ${other}`, `reports_to: ${superior}`);
    let t = performance.now();
    workspace.setBuffer(FILE, text);
    perFile.push(performance.now() - t);
    t = performance.now();
    workspace.check();
    organisation.push(performance.now() - t);
  }
  // A title edit changes what did-you-mean can answer: every file with an unknown reference is checked again too.
  const titled = [];
  const title = /^title: (.*)$/m.exec(text)[1];
  for (let i = 0; i < 10; i++) {
    text = text.replace(/^title: .*$/m, `title: ${title}${i % 2 === 0 ? '（试）' : ''}`);
    const t = performance.now();
    workspace.setBuffer(FILE, text);
    workspace.check();
    titled.push(performance.now() - t);
  }
  return { perFile, organisation, titled };
}

const { startup, times, memory, cpu } = await overStdio();
const sorted = [...times].sort((a, b) => a - b);
const median = percentile(sorted, 50);
const p95 = percentile(sorted, 95);
console.log(`lsp: ${SIZE} roles, ${EDITS} edits of a reporting line (${superior} ⇄ ${other})`);
console.log(`  startup (initialize → organisation loaded): ${ms(startup)}`);
const verdict = (met) => (met ? 'met' : 'NOT MET');
console.log(
  `  didChange → publishDiagnostics: median ${ms(median)} (target ≤ 50 ms: ${verdict(median <= 50)}), p95 ${ms(p95)} (target ≤ 150 ms: ${verdict(p95 <= 150)}), max ${ms(sorted.at(-1))}`,
);
console.log(`  server CPU per edit (load-independent): ${ms(cpu)}, machine load average ${os.loadavg()[0].toFixed(1)}`);
console.log(
  `  server memory: ${memory.rss.toFixed(0)} MiB resident, peak ${memory.peak.toFixed(0)} MiB (target < 500 MB: ${verdict(memory.peak * 1.048576 < 500)})`,
);
if (!process.argv.includes('--no-profile')) {
  const { perFile, organisation, titled } = await inProcess();
  const mid = (list) =>
    percentile(
      [...list].sort((a, b) => a - b),
      50,
    );
  console.log(
    `  where an edit's time goes (in-process medians): per-file stage ${ms(mid(perFile))}, organisation stage over the files the edit reaches (patched graph, graph rules, directives) ${ms(mid(organisation))}`,
  );
  console.log(`  a title edit instead (in-process median, both stages): ${ms(mid(titled))}`);
}
