import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js';
import { DEFAULT_LEVELS } from '../src/config/config-schema.js';
import { createRoleSchema } from '../src/schema/role-schema.js';
import { schemaFields } from '../src/schema/schema-fields.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUPERVISOR = 'roles/gov-enterprise-support-center/product-support-supervisor.md';
const DEPUTY = 'roles/gov-enterprise-support-center/om-center-deputy-manager.md';

let dir: string;
let server: ChildProcess;
let connection: ProtocolConnection;
/** Every publishDiagnostics received, newest last. */
const published: PublishDiagnosticsParams[] = [];
const waiters: Array<() => void> = [];

const uri = (file: string) => pathToFileURL(path.join(dir, file)).href;

/** Resolves with the first publication for `file` after the call that satisfies `accept`. */
function nextDiagnostics(file: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true) {
  const from = published.length;
  return new Promise<PublishDiagnosticsParams>((resolve) => {
    const look = () => {
      const found = published.slice(from).find((params) => params.uri === uri(file) && accept(params));
      if (found) resolve(found);
      else waiters.push(look);
    };
    look();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'roles-lsp-'));
  cpSync(path.join(ROOT, 'roles'), path.join(dir, 'roles'), { recursive: true });
  cpSync(path.join(ROOT, 'roles.config.yaml'), path.join(dir, 'roles.config.yaml'));
  server = spawn(process.execPath, [path.join(ROOT, 'bin', 'roles.js'), 'lsp', '--stdio'], {
    cwd: dir,
    env: { ...process.env, ROLES_TODAY: '2026-01-15' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  connection = createProtocolConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of waiters.splice(0)) waiter();
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'roles' }],
    capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['rename'] } } },
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {
      uri: uri(SUPERVISOR),
      languageId: 'markdown',
      version: 1,
      text: readFileSync(path.join(dir, SUPERVISOR), 'utf8'),
    },
  });
});

afterAll(async () => {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => server.once('exit', resolve));
  connection.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** Replaces the value of `reports_to` (line 6 of the supervisor's file) and returns the version sent. */
let version = 1;
async function writeReportsTo(old: string, text: string) {
  version++;
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: uri(SUPERVISOR), version },
    contentChanges: [
      { range: { start: { line: 5, character: 12 }, end: { line: 5, character: 12 + old.length } }, text },
    ],
  });
}

const at = (line: number, from: number, to: number) => ({
  start: { line, character: from },
  end: { line, character: to },
});

describe('roles lsp --stdio', () => {
  it('reports a mistyped reports_to as you type, here and in the superior, with a quick fix that repairs it', async () => {
    const typo = nextDiagnostics(SUPERVISOR, (params) => params.diagnostics.length > 0);
    const superior = nextDiagnostics(DEPUTY, (params) => params.diagnostics.length > 0);
    await writeReportsTo('om-center-deputy-manager', 'om-center-deputy-manger');
    const { diagnostics } = await typo;
    expect(diagnostics).toEqual([
      {
        range: at(5, 12, 35),
        severity: 1,
        code: 'reference-exists',
        // The rule id links to its page (here the docs installed with roles: package.json names no repository).
        codeDescription: { href: pathToFileURL(path.join(ROOT, 'docs', 'rules', 'reference-exists.md')).href },
        source: 'roles',
        message:
          'Unexpected unknown role `om-center-deputy-manger` in `reports_to`, did you mean `om-center-deputy-manager`?',
      },
    ]);
    // Pulled diagnostics say the same as pushed ones.
    expect(await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(SUPERVISOR) } })).toEqual(
      { kind: 'full', items: diagnostics },
    );
    // The superior's direct_reports now disagree: its file gets a finding although it was not edited.
    expect((await superior).diagnostics.map((d) => [d.code, d.range])).toEqual([['reports-both-ways', at(9, 4, 30)]]);

    const actions = await connection.sendRequest<
      Array<{ title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, TextEdit[]> } }>
    >('textDocument/codeAction', {
      textDocument: { uri: uri(SUPERVISOR) },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    expect(actions.map(({ title, kind, isPreferred }) => ({ title, kind, isPreferred }))).toEqual([
      {
        title: 'Replace `om-center-deputy-manger` with `om-center-deputy-manager`',
        kind: 'quickfix',
        isPreferred: true,
      },
    ]);
    expect(actions[0]!.edit.changes).toEqual({
      [uri(SUPERVISOR)]: [{ range: at(5, 12, 35), newText: 'om-center-deputy-manager' }],
    });

    const cleared = nextDiagnostics(SUPERVISOR, (params) => params.diagnostics.length === 0);
    const superiorCleared = nextDiagnostics(DEPUTY, (params) => params.diagnostics.length === 0);
    await writeReportsTo('om-center-deputy-manger', 'om-center-deputy-manager');
    await cleared;
    await superiorCleared;
  });

  it('completes reports_to by Chinese title and by pinyin initials, inserting the id', async () => {
    for (const typed of ['省级', 'sjcz']) {
      await writeReportsTo('om-center-deputy-manager', typed);
      const result = await connection.sendRequest<{
        items: Array<{ label: string; detail: string; textEdit: TextEdit }>;
      }>('textDocument/completion', {
        textDocument: { uri: uri(SUPERVISOR) },
        position: { line: 5, character: 12 + typed.length },
      });
      expect(result.items.map(({ label, detail, textEdit }) => ({ label, detail, textEdit }))).toEqual([
        {
          label: '省级操作维护中心副经理',
          detail: 'om-center-deputy-manager · 副经理 · 政企客户服务支撑中心',
          textEdit: { range: at(5, 12, 12 + typed.length), newText: 'om-center-deputy-manager' },
        },
      ]);
      await writeReportsTo(typed, 'om-center-deputy-manager');
    }
  });

  /** The supervisor's buffer, as the tests leave it between edits (the file on disk). */
  const supervisorLines = () => readFileSync(path.join(dir, SUPERVISOR), 'utf8').split('\n');
  const lineOf = (prefix: string) => supervisorLines().findIndex((line) => line.startsWith(prefix));
  const wholeLine = (line: number) => ({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  async function change(range: ReturnType<typeof at>, text: string) {
    version++;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(SUPERVISOR), version },
      contentChanges: [{ range, text }],
    });
  }
  interface Item {
    label: string;
    kind: number;
    detail?: string;
    textEdit: TextEdit;
  }
  const completeAt = async (line: number, character: number) =>
    (
      await connection.sendRequest<{ items: Item[] }>('textDocument/completion', {
        textDocument: { uri: uri(SUPERVISOR) },
        position: { line, character },
      })
    ).items.map(({ label, kind, detail, textEdit }) => ({ label, kind, detail, textEdit }));

  it('completes the keys the schema knows, at the top of the front matter and inside a map', async () => {
    const top = lineOf('job_level: ');
    await change(at(top, 0, 0), 'jo\n');
    const keys = await completeAt(top, 2);
    await change(wholeLine(top), '');
    // Every key of a role, in the schema's order, replacing what was typed.
    expect(keys.map((item) => item.label)).toEqual(
      schemaFields(createRoleSchema(DEFAULT_LEVELS)).map((field) => field.key),
    );
    expect(keys.find((item) => item.label === 'job_level')).toEqual({
      label: 'job_level',
      kind: 10,
      detail: '职级 on the configured ladder',
      textEdit: { range: at(top, 0, 2), newText: 'job_level: ' },
    });

    const nested = lineOf('  education:') + 1;
    await change(at(nested, 0, 0), '    pr\n');
    const education = await completeAt(nested, 6);
    await change(wholeLine(nested), '');
    expect(education).toEqual(
      [
        ['minimum', undefined],
        ['preferred', '理想学历: a degree, or as written, e.g. 大专以上'],
        ['as_written', "The source's own words, e.g. 专科以上毕业"],
      ].map(([key, detail]) => ({
        label: key,
        kind: 10,
        detail,
        textEdit: { range: at(nested, 4, 6), newText: `${key}: ` },
      })),
    );
  });

  it('completes the values of job_level, status and education, replacing the value written', async () => {
    const level = lineOf('job_level: ');
    expect(await completeAt(level, 11)).toEqual(
      ['助理', '专员', '主办', '主管', '副经理', '经理'].map((value, i) => ({
        label: value,
        kind: 20,
        detail: `level ${i + 1} of 6`,
        textEdit: { range: at(level, 11, 13), newText: value },
      })),
    );
    const status = lineOf('status: ');
    expect(await completeAt(status, 8)).toEqual(
      [
        ['draft', '草稿'],
        ['approved', '已批准'],
        ['retired', '已停用'],
      ].map(([value, detail]) => ({
        label: value,
        kind: 20,
        detail,
        textEdit: { range: at(status, 8, 16), newText: value },
      })),
    );
    const education = lineOf('    minimum: ');
    expect(await completeAt(education, 13)).toEqual(
      ['初中', '高中', '中专', '大专', '本科', '硕士', '博士'].map((value) => ({
        label: value,
        kind: 20,
        detail: undefined,
        textEdit: { range: at(education, 13, 15), newText: value },
      })),
    );
  });

  it('completes the section headings the file does not have yet, in the body', async () => {
    const last = supervisorLines().length - 1;
    await change(at(last, 0, 0), '## ');
    const headings = await completeAt(last, 3);
    await change(at(last, 0, 3), '');
    // The file has 职责任务, 考核要点, 工作难点, 工作禁忌 and 综合素质; 部门职责 is a department's.
    expect(headings).toEqual(
      [
        ['工作权限', '权限、岗位权限'],
        ['其他要求', '其它要求、补充说明、工作规范'],
        ['薪酬福利', '福利待遇、薪酬待遇'],
        ['组织机构', '组织架构、组织机构图'],
      ].map(([title, aliases]) => ({
        label: `## ${title}`,
        kind: 14,
        detail: aliases,
        textEdit: { range: at(last, 0, 3), newText: `## ${title}` },
      })),
    );
  });

  it('finds roles and departments across the workspace by title, pinyin initials or id', async () => {
    interface Found {
      name: string;
      kind: number;
      containerName: string;
      location: { uri: string; range: unknown };
    }
    const deputy = {
      name: '省级操作维护中心副经理',
      kind: 5,
      containerName: 'om-center-deputy-manager',
      location: { uri: uri(DEPUTY), range: at(1, 4, 28) },
    };
    for (const query of ['省级操作', 'sjczwh', 'om-center-deputy'])
      expect(await connection.sendRequest<Found[]>('workspace/symbol', { query })).toEqual([deputy]);
    const department = await connection.sendRequest<Found[]>('workspace/symbol', { query: '政企客户服务支撑中心' });
    expect(department.map(({ name, kind, containerName, location }) => [name, kind, containerName, location])).toEqual([
      [
        '政企客户服务支撑中心',
        3,
        'gov-enterprise-support-center',
        { uri: uri('roles/departments/gov-enterprise-support-center.md'), range: at(2, 4, 33) },
      ],
    ]);
  });

  it('hovers, goes to the superior and finds its references', async () => {
    const position = { line: 5, character: 20 };
    const textDocument = { uri: uri(SUPERVISOR) };
    const hover = await connection.sendRequest<{
      contents: { value: string };
      range: unknown;
    }>('textDocument/hover', { textDocument, position });
    expect(hover.range).toEqual(at(5, 12, 36));
    expect(hover.contents.value).toBe(
      [
        '**省级操作维护中心副经理** `om-center-deputy-manager`',
        '',
        '- Level: 副经理',
        '- Department: 政企客户服务支撑中心 (`gov-enterprise-support-center`)',
        '- English: Deputy Manager, Provincial Operations & Maintenance Centre',
        '- File: `roles/gov-enterprise-support-center/om-center-deputy-manager.md`',
      ].join('\n'),
    );
    expect(await connection.sendRequest('textDocument/definition', { textDocument, position })).toEqual({
      uri: uri(DEPUTY),
      range: at(1, 4, 28),
    });
    const references = await connection.sendRequest<Array<{ uri: string; range: unknown }>>('textDocument/references', {
      textDocument,
      position,
      context: { includeDeclaration: false },
    });
    expect(
      references.map((r) => `${path.relative(dir, fileURLToPath(r.uri))}:${JSON.stringify(r.range)}`),
    ).toMatchSnapshot();
  });

  it('renames an id as roles mv does: every reference and the file, in one workspace edit', async () => {
    const edit = await connection.sendRequest<{
      documentChanges: Array<{
        textDocument?: { uri: string; version: number | null };
        edits?: TextEdit[];
        kind?: string;
        oldUri?: string;
        newUri?: string;
      }>;
    }>('textDocument/rename', {
      textDocument: { uri: uri(SUPERVISOR) },
      position: { line: 1, character: 6 },
      newName: 'product-support-lead',
    });
    const rel = (u: string) => path.relative(dir, fileURLToPath(u));
    expect(
      edit.documentChanges.map((change) =>
        change.kind === 'rename'
          ? `rename ${rel(change.oldUri!)} → ${rel(change.newUri!)}`
          : `${rel(change.textDocument!.uri)} v${change.textDocument!.version}: ${change.edits!.map((e) => `${JSON.stringify(e.range)} ${e.newText}`).join('; ')}`,
      ),
    ).toMatchSnapshot();
  });

  it('picks up a file created outside the editor and offers to add it to its superior', async () => {
    const file = 'roles/gov-enterprise-support-center/network-security-supervisor.md';
    const text = readFileSync(path.join(dir, SUPERVISOR), 'utf8').replace(
      'id: product-support-supervisor',
      'id: network-security-supervisor',
    );
    writeFileSync(path.join(dir, file), text);
    const created = nextDiagnostics(file, (params) => params.diagnostics.length > 0);
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(file), type: 1 }] });
    const { diagnostics } = await created;
    const missing = diagnostics.find((d) => d.code === 'reports-both-ways')!;
    expect(missing.range).toEqual(at(5, 12, 36));
    const actions = await connection.sendRequest<
      Array<{ title: string; edit: { changes: Record<string, TextEdit[]> } }>
    >('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: missing.range,
      context: { diagnostics: [missing] },
    });
    const add = actions.find((action) => action.title.startsWith('Add'))!;
    expect(add.title).toBe(
      'Add `network-security-supervisor` to the `direct_reports` of `om-center-deputy-manager` (' + DEPUTY + ')',
    );
    expect(add.edit.changes).toEqual({
      [uri(DEPUTY)]: [{ range: at(11, 30, 30), newText: '\n  - network-security-supervisor' }],
    });

    rmSync(path.join(dir, file));
    const deleted = nextDiagnostics(file, (params) => params.diagnostics.length === 0);
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(file), type: 3 }] });
    await deleted;
  });

  it('follows a change of roles.config.yaml: locale zh-CN turns the messages and titles Chinese', async () => {
    const config = path.join(dir, 'roles.config.yaml');
    const typo = nextDiagnostics(SUPERVISOR, (params) => params.diagnostics.length > 0);
    await writeReportsTo('om-center-deputy-manager', 'om-center-deputy-manger');
    await typo;
    writeFileSync(config, `locale: zh-CN\n${readFileSync(config, 'utf8')}`);
    const chinese = nextDiagnostics(SUPERVISOR, (params) =>
      (params.diagnostics[0]?.message ?? '').includes('是不是指'),
    );
    await connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(config).href, type: 2 }],
    });
    const { diagnostics } = await chinese;
    expect(diagnostics.map((d) => [d.code, d.range, d.message])).toMatchSnapshot();
    const actions = await connection.sendRequest<Array<{ title: string }>>('textDocument/codeAction', {
      textDocument: { uri: uri(SUPERVISOR) },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    expect(actions.map((action) => action.title)).toEqual([
      '把 `om-center-deputy-manger` 改为 `om-center-deputy-manager`',
    ]);
    await writeReportsTo('om-center-deputy-manger', 'om-center-deputy-manager');
  });

  it('lists the sections of a file', async () => {
    const symbols = await connection.sendRequest<Array<{ name: string; selectionRange: unknown }>>(
      'textDocument/documentSymbol',
      {
        textDocument: { uri: uri(SUPERVISOR) },
      },
    );
    expect(symbols.map((symbol) => symbol.name)).toMatchSnapshot();
  });
});
