import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../graph/graph.js';
import { loadDocuments, type LoadedDocuments } from '../per-file/load-documents.js';
import { readSource } from '../per-file/read-source.js';
import { Workspace, type Checked } from './workspace.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENV = { ROLES_TODAY: '2026-01-15', ROLES_THREADS: '1' };
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the bundled organisation with the given configuration. */
/** A copy of the bundled organisation (or the files given, by path) with the given configuration. */
function organisation(config: string, files?: ReadonlyMap<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roles-workspace-'));
  made.push(dir);
  if (files)
    for (const [file, text] of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  else cpSync(path.join(ROOT, 'roles'), path.join(dir, 'roles'), { recursive: true });
  writeFileSync(path.join(dir, 'roles.config.yaml'), config);
  return dir;
}

/**
 * Forty roles in a binary reporting tree five levels deep, over three departments: reporting
 * lines moved inside it make long cycles with whole subtrees below them.
 */
function deepOrganisation(): Map<string, string> {
  const levels = ['经理', '副经理', '主管', '主办', '专员', '助理'];
  const files = new Map<string, string>();
  for (const department of ['a', 'b', 'c'])
    files.set(
      `roles/departments/${department}.md`,
      `---\nkind: department\nid: dept-${department}\nname: 部门${department}\n---\n\n## 部门职责\n\n负责。\n`,
    );
  for (let i = 0; i < 40; i++) {
    const depth = Math.floor(Math.log2(i + 1));
    const lines = [
      '---',
      `id: role-${i}`,
      `title: 岗位${i}`,
      `department: dept-${'abc'[i % 3]}`,
      ...(i === 0 ? [] : [`reports_to: role-${Math.floor((i - 1) / 2)}`]),
      `job_level: ${levels[depth]}`,
      'purpose: 测试。',
      'status: approved',
      '---',
      '',
      '## 职责任务',
      '',
      '1. 负责测试。',
      '',
    ];
    files.set(`roles/dept-${'abc'[i % 3]}/role-${i}.md`, lines.join('\n'));
  }
  return files;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(dir, file))
    .sort();
}

/** mulberry32: the same edits on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sets a front-matter key written on one line, or adds it after `id:`. */
function setKey(text: string, key: string, value: string): string {
  const line = new RegExp(`^${key}:.*$`, 'm');
  if (line.test(text)) return text.replace(line, `${key}: ${value}`);
  return text.replace(/^(id:.*)$/m, `$1\n${key}: ${value}`);
}

function dropKey(text: string, key: string): string {
  return text.replace(new RegExp(`^${key}:.*\\n`, 'm'), '');
}

/** Everything the rules and the editor features read from the graph, as plain data. */
function describeGraph(graph: Graph): unknown {
  const ids = (nodes: ReadonlyArray<{ id: string }> | undefined) => (nodes ?? []).map((node) => node.id);
  const sorted = <T>(map: ReadonlyMap<string, T>) => [...map.keys()].sort();
  return {
    roles: [...graph.roles].map(([id, node]) => `${id} ${node.document.file} ${node.role.title}`),
    departments: [...graph.departments].map(([id, node]) => `${id} ${node.document.file}`),
    subordinates: sorted(graph.subordinates).map((id) => [id, ids(graph.subordinates.get(id))]),
    members: sorted(graph.members).map((id) => [id, ids(graph.members.get(id))]),
    declarations: [...graph.declarations].map(([id, d]) => `${id} ${d.kind} ${d.document.file} ${d.names.join('|')}`),
    references: graph.references.map((r) => `${r.document.file} ${r.field} ${r.value} ${r.start}-${r.end}`),
    referencesTo: sorted(graph.referencesTo).map((id) => [
      id,
      graph.referencesTo.get(id)!.map((r) => `${r.document.file} ${r.field}`),
    ]),
  };
}

function describeChecked(checked: Checked): unknown {
  return {
    graph: describeGraph(checked.graph),
    documents: checked.documents.map((document) => document.file),
    diagnostics: [...checked.byFile.keys()].sort().map((file) => [file, checked.byFile.get(file)]),
  };
}

/**
 * The per-file stage, remembering each file's result by its path and content: the fresh workspaces
 * that `replay` builds after every edit read the same unedited files again and again, and the
 * per-file stage of a file depends on nothing else (the `.rolescache` relies on that too). Each
 * file is loaded from scratch the first time its content is seen; only the organisation stage
 * (graph, graph rules, directives), which the incremental check replaces, runs whole every time.
 * One per `replay`: the results also depend on the configuration.
 */
function rememberingLoad(): typeof loadDocuments {
  const seen = new Map<string, LoadedDocuments>();
  return (files, cwd, options) => {
    const merged: LoadedDocuments = {
      documents: [],
      diagnostics: [],
      absent: new Set(),
      lint: new Map(),
      checked: 0,
      linked: false,
    };
    for (const file of files) {
      const source = options.read ? options.read(file) : readSource(file, options.maxFileSize);
      const key = `${file}\0${JSON.stringify(source)}`;
      let one = seen.get(key);
      if (!one) seen.set(key, (one = loadDocuments([file], cwd, options)));
      merged.documents.push(...one.documents);
      merged.diagnostics.push(...one.diagnostics);
      for (const absent of one.absent) merged.absent.add(absent);
      for (const [document, lint] of one.lint) merged.lint.set(document, lint);
      merged.checked += one.checked;
    }
    return merged;
  };
}

/** One edit: a file (relative to the organisation) and what becomes of its text; null closes its buffer. */
type Step = (dir: string, text: (file: string) => string) => { file: string; next: string | null };

/**
 * Edits role files one at a time in a workspace kept across edits (which checks only what each
 * edit can reach, over a patched graph) and, after every edit, checks the same buffers in a new
 * workspace from scratch (whose per-file stage is remembered by content, see `rememberingLoad`):
 * the two must agree on every diagnostic of every file and on the graph.
 * Returns how many edits were checked in part.
 */
function replay(config: string, steps: Iterable<Step>, files?: ReadonlyMap<string, string>): number {
  const dir = organisation(config, files);
  const load = rememberingLoad();
  const kept = new Workspace(dir, ENV);
  kept.check();
  const buffers = new Map<string, string>();
  const text = (file: string) => buffers.get(path.join(dir, file)) ?? readFileSync(path.join(dir, file), 'utf8');
  let partial = 0;
  let count = 0;
  for (const step of steps) {
    const { file, next } = step(dir, text);
    const absolute = path.join(dir, file);
    if (next === null) {
      buffers.delete(absolute);
      kept.dropBuffer(absolute);
    } else {
      buffers.set(absolute, next);
      kept.setBuffer(absolute, next);
    }
    const fresh = new Workspace(dir, ENV, undefined, load);
    for (const [open, content] of buffers) fresh.setBuffer(open, content);
    const incremental = kept.check();
    if (incremental.changed) partial++;
    const [got, want] = [describeChecked(incremental), describeChecked(fresh.check())];
    // toEqual only to describe a difference: Node's strict comparison, stricter, is much quicker on equal results.
    if (!isDeepStrictEqual(got, want)) expect(got, `step ${count}: ${file}`).toEqual(want);
    count++;
  }
  return partial;
}

/** Random edits of the bundled organisation's front matter: reporting lines, levels, titles, ids, departments. */
function* randomSteps(seed: number, count: number): Generator<Step> {
  const files = markdownFiles(path.join(ROOT, 'roles')).map((file) => path.relative(ROOT, file));
  const roleFiles = files.filter((file) => !file.includes('departments'));
  const departmentFiles = files.filter((file) => file.includes('departments'));
  const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
  const idOf = (file: string) => /^id: (.*)$/m.exec(read(file))?.[1] ?? '';
  const roleIds = roleFiles.map(idOf);
  const departmentIds = departmentFiles.map(idOf);
  const titles = roleFiles.map((file) => /^title: (.*)$/m.exec(read(file))?.[1] ?? '');
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const edits: Array<(text: string) => string> = [
    (text) => setKey(text, 'reports_to', pick([...roleIds, ...roleIds, 'no-such-role', 'om-center-deputy-manger'])),
    (text) => dropKey(text, 'reports_to'),
    (text) => setKey(text, 'job_level', pick(['助理', '专员', '主办', '主管', '副经理', '经理'])),
    (text) => setKey(text, 'title', pick([...titles, '产品支撑主管', '全新岗位'])),
    (text) => setKey(text, 'id', pick([...roleIds, 'brand-new-role', 'gov-enterprise-dept'])),
    (text) => setKey(text, 'department', pick([...departmentIds, 'no-such-department'])),
    (text) => setKey(text, 'headcount', String(1 + Math.floor(rnd() * 12))),
    (text) => text.replace(/^---\n/, '---\n# 说明\n'),
    (text) => text.replace('\n---\n', '\n---\n\n前言。\n'),
    (text) => setKey(text, 'reports_to', '['),
    (text) => setKey(text, 'direct_reports', `[${pick(roleIds)}, ${pick(roleIds)}]`),
    (text) => setKey(text, 'career_path', `[${pick(roleIds)}]`),
  ];
  const departmentEdits: Array<(text: string) => string> = [
    (text) => setKey(text, 'headcount_cap', String(1 + Math.floor(rnd() * 10))),
    (text) => setKey(text, 'head', pick(roleIds)),
    (text) => setKey(text, 'parent', pick(departmentIds)),
  ];
  const opened = new Set<string>();
  for (let i = 0; i < count; i++) {
    const department = rnd() < 0.1;
    const file = department ? pick(departmentFiles) : pick(roleFiles);
    if (rnd() < 0.05 && opened.has(file)) {
      opened.delete(file);
      yield () => ({ file, next: null });
      continue;
    }
    opened.add(file);
    const edit = pick(department ? departmentEdits : edits);
    yield (_, text) => ({ file, next: edit(text(file)) });
  }
}

const CENTRE = 'roles/gov-enterprise-support-center';
/** Sets one key of a file, as a step. */
const set =
  (file: string, key: string, value: string): Step =>
  (_, text) => ({ file: `${CENTRE}/${file}.md`, next: setKey(text(`${CENTRE}/${file}.md`), key, value) });
/** Moves everything in a file down a line, as a step: positions of findings elsewhere that point into it move too. */
const shift =
  (file: string): Step =>
  (_, text) => ({ file, next: text(file).replace(/^---\n/, '---\n# 说明\n') });

describe('Workspace', () => {
  const bundledConfig = () => readFileSync(path.join(ROOT, 'roles.config.yaml'), 'utf8');

  it('checks only what an edit reaches, and finds what a check of everything finds', () => {
    // 40 random edits per organisation (at 60, comparing each with a whole check of ~25 files was
    // the suite's slowest part): each of the 12 kinds of role edit comes up about three times.
    const partial = replay(bundledConfig(), randomSteps(1, 40));
    // Most edits must have taken the partial path, or this compares a whole check with itself.
    expect(partial).toBeGreaterThan(20);
  }, 120_000);

  it('agrees with a whole check without allowed roots, with narrow spans and cross-department superiors', () => {
    const config = [
      'roles:',
      '  - roles',
      'rules:',
      '  span-of-control: [warning, { max: 2 }]',
      '  cross-department-superior: error',
      '',
    ].join('\n');
    expect(replay(config, randomSteps(2, 40))).toBeGreaterThan(20);
  }, 120_000);

  it('agrees with a whole check on a deep tree whose reporting lines move into long cycles and out again', () => {
    const files = deepOrganisation();
    const roleFiles = [...files.keys()].filter((file) => !file.includes('departments'));
    const rnd = random(3);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
    const steps: Step[] = [];
    for (let i = 0; i < 40; i++) {
      const roll = rnd();
      // Half the moves put a role near the top under one near the bottom: a cycle with a subtree below.
      const high = roll < 0.3;
      const file = high ? `roles/dept-${'abc'[i % 3]}/role-${i % 3}.md` : pick(roleFiles);
      const edit =
        roll < 0.6
          ? (text: string) =>
              setKey(text, 'reports_to', `role-${Math.floor(rnd() * (high ? 20 : 40)) + (high ? 20 : 0)}`)
          : roll < 0.75
            ? (text: string) => dropKey(text, 'reports_to')
            : roll < 0.9
              ? (text: string) => setKey(text, 'job_level', pick(['经理', '主管', '助理']))
              : (text: string) => text.replace(/^---\n/, '---\n# 说明\n');
      steps.push((_, text) => ({ file, next: edit(text(file)) }));
    }
    expect(replay('roles:\n  - roles\n', steps, files)).toBeGreaterThan(30);
  }, 120_000);

  it('agrees with a whole check when an edit closes a reporting cycle with roles below it, and opens it again', () => {
    const steps = [
      set('business-config-officer', 'reports_to', 'business-config-assistant'),
      set('business-config-supervisor', 'reports_to', 'business-config-officer'),
      set('service-quality-assistant', 'reports_to', 'business-config-supervisor'),
      set('service-quality-supervisor', 'reports_to', 'service-quality-assistant'),
      // The cycle closes: the two service-quality roles below it become unreachable.
      set('business-config-assistant', 'reports_to', 'business-config-supervisor'),
      // The cycle's first member moves down a line: every unreachable role points into it.
      shift(`${CENTRE}/business-config-assistant.md`),
      set('business-config-assistant', 'id', 'business-config-assistant-2'),
      set('business-config-assistant', 'id', 'business-config-assistant'),
      set('business-config-assistant', 'reports_to', 'om-center-deputy-manager'),
    ];
    expect(replay(bundledConfig(), steps)).toBe(steps.length);
  }, 60_000);

  it('agrees with a whole check when roots come and go and move, and when a title becomes a did-you-mean', () => {
    const config = 'roles:\n  - roles\n';
    const steps: Step[] = [
      (_, text) => ({
        file: 'roles/gov-enterprise-dept/general-support.md',
        next: dropKey(text('roles/gov-enterprise-dept/general-support.md'), 'reports_to'),
      }),
      shift('roles/gov-enterprise-dept/gov-enterprise-dept-manager.md'),
      set('om-center-deputy-manager', 'reports_to', 'gov-enterprise-dept-manager'),
      shift(`${CENTRE}/product-support-supervisor.md`),
      set('om-center-deputy-manager', 'department', 'gov-enterprise-dept'),
      shift('roles/county-gov-enterprise-dept/customer-engineer.md'),
      shift('roles/county-gov-enterprise-dept/product-management.md'),
      // A title that an unknown reference elsewhere names: its did-you-mean now finds this file.
      set('service-quality-assistant', 'reports_to', '全新岗位'),
      (_, text) => ({
        file: 'roles/customer-service-center/customer-support.md',
        next: setKey(text('roles/customer-service-center/customer-support.md'), 'title', '全新岗位'),
      }),
    ];
    expect(replay(config, steps)).toBe(steps.length);
  }, 60_000);

  it('reports an edit as touching only the files it can reach', () => {
    const dir = organisation(readFileSync(path.join(ROOT, 'roles.config.yaml'), 'utf8'));
    const workspace = new Workspace(dir, ENV);
    workspace.check();
    const file = path.join(dir, 'roles/gov-enterprise-support-center/business-config-officer.md');
    const text = readFileSync(file, 'utf8');
    workspace.setBuffer(
      file,
      text.replace('reports_to: om-center-deputy-manager', 'reports_to: business-config-supervisor'),
    );
    // The file, its old and new superior, its department, and the files naming it.
    expect([...(workspace.check().changed ?? [])].sort()).toEqual([
      'roles/departments/gov-enterprise-support-center.md',
      'roles/gov-enterprise-support-center/business-config-assistant.md',
      'roles/gov-enterprise-support-center/business-config-officer.md',
      'roles/gov-enterprise-support-center/business-config-supervisor.md',
      'roles/gov-enterprise-support-center/om-center-deputy-manager.md',
    ]);
  });
});
