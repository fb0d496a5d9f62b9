// `npm run package:vscode` ends here: checks the .vsix it wrote as VS Code would read it, without
// VS Code (not installable from npm here). It unpacks the archive, checks the manifest against
// package.json, loads the packaged extension.js with its packaged dependencies (a stand-in for
// the `vscode` module records what it asks for), then starts the language server exactly as the
// packaged vscode-languageclient would (fork, `lsp --stdio --clientProcessId=…`) and talks to it
// with the packaged protocol library: a typo in `reports_to` must come back as `reference-exists`.
import { fork } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const vsix = path.resolve(process.argv[2] ?? path.join(HERE, 'roles.vsix'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '✔' : '✘'} ${what}`);
  if (!ok) failures.push(what);
};

// 1. The archive and its manifest.
const files = unzipSync(readFileSync(vsix));
const text = (name) => Buffer.from(files[name]).toString('utf8');
check(files['extension.vsixmanifest'] !== undefined, 'extension.vsixmanifest is in the archive');
check(files['[Content_Types].xml'] !== undefined, '[Content_Types].xml is in the archive');
const manifest = text('extension.vsixmanifest');
const packaged = JSON.parse(text('extension/package.json'));
const source = JSON.parse(readFileSync(path.join(HERE, 'package.json'), 'utf8'));
const identity = /<Identity [^>]*Id="([^"]+)"[^>]*Version="([^"]+)"[^>]*Publisher="([^"]+)"/.exec(manifest);
check(
  identity?.[1] === source.name && identity[2] === source.version && identity[3] === source.publisher,
  `manifest identity ${identity?.[3]}.${identity?.[1]}@${identity?.[2]} is package.json's`,
);
const engine = /Id="Microsoft\.VisualStudio\.Code\.Engine" Value="([^"]+)"/.exec(manifest)?.[1];
check(engine === source.engines.vscode, `manifest engine ${engine} is package.json's engines.vscode`);
check(
  /Type="Microsoft\.VisualStudio\.Code\.Manifest" Path="extension\/package\.json"/.test(manifest),
  'manifest points at extension/package.json',
);
check(JSON.stringify(packaged) === JSON.stringify(source), 'the packaged package.json is editors/vscode/package.json');
check(
  packaged.activationEvents?.includes('workspaceContains:**/roles.config.yaml'),
  'activates on workspaces with roles.config.yaml',
);
const main = `extension/${packaged.main.replace(/^\.\//, '')}`;
check(files[main] !== undefined, `the entry point ${main} is in the archive`);

// 2. The packaged extension loads with only what the archive holds, and picks the workspace's roles.
const unpacked = mkdtempSync(path.join(tmpdir(), 'roles-vsix-'));
const workspace = mkdtempSync(path.join(tmpdir(), 'roles-vsix-workspace-'));
let server;
try {
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    writeFileSync(path.join(unpacked, name), bytes);
  }
  // A workspace that installed roles: node_modules/roles is this repository.
  cpSync(path.join(ROOT, 'roles'), path.join(workspace, 'roles'), { recursive: true });
  cpSync(path.join(ROOT, 'roles.config.yaml'), path.join(workspace, 'roles.config.yaml'));
  mkdirSync(path.join(workspace, 'node_modules'));
  const { symlinkSync } = await import('node:fs');
  symlinkSync(ROOT, path.join(workspace, 'node_modules', 'roles'));

  const folder = { uri: { fsPath: workspace }, name: 'workspace', index: 0 };
  const warnings = [];
  // The parts of the VS Code API the extension calls; any other property is an inert stand-in.
  const inert = () =>
    // A function target, so the stand-in can also be called or constructed.
    new Proxy(
      function inertTarget() {
        return undefined;
      },
      {
        get: (_, key) => (key === 'then' ? undefined : inert()),
        apply: () => inert(),
        construct: () => inert(),
      },
    );
  const vscode = new Proxy(
    {
      workspace: {
        workspaceFolders: [folder],
        findFiles: async () => [{ fsPath: path.join(workspace, 'roles.config.yaml') }],
        getWorkspaceFolder: () => folder,
        getConfiguration: () => ({ get: () => '' }),
      },
      window: { showWarningMessage: (message) => warnings.push(message) },
    },
    { get: (target, key) => (key in target ? target[key] : inert()) },
  );
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  Module._cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
  const requireInside = createRequire(path.join(unpacked, main));
  const client = requireInside('vscode-languageclient/node');
  check(
    requireInside.resolve('vscode-languageclient/node').startsWith(path.join(unpacked, 'extension', 'node_modules')),
    'vscode-languageclient comes from the archive',
  );
  let started;
  client.LanguageClient = class {
    constructor(id, name, serverOptions, clientOptions) {
      started = { id, serverOptions, clientOptions };
    }
    start() {
      return Promise.resolve();
    }
    stop() {
      return Promise.resolve();
    }
    dispose() {
      return undefined;
    }
  };
  const extension = requireInside(path.join(unpacked, main));
  await extension.activate({ subscriptions: [] });
  check(warnings.length === 0, `no warning on activation${warnings.length ? `: ${warnings.join(' ')}` : ''}`);
  const options = started?.serverOptions;
  check(
    options?.module === path.join(workspace, 'node_modules', 'roles', 'bin', 'roles.js'),
    `server module: ${options?.module}`,
  );

  // 3. The server starts as vscode-languageclient starts it and answers over stdio.
  const { TransportKind } = client;
  check(options?.transport === TransportKind.stdio, 'the server talks over stdio');
  server = fork(options.module, [...options.args, '--stdio', `--clientProcessId=${process.pid}`], {
    cwd: options.options.cwd,
    execArgv: [],
    silent: true,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  const protocol = requireInside('vscode-languageserver-protocol/node');
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(server.stdout),
    new protocol.StreamMessageWriter(server.stdin),
  );
  const file = path.join(workspace, 'roles', 'gov-enterprise-support-center', 'product-support-supervisor.md');
  const published = new Promise((done) =>
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
      if (params.uri === pathToFileURL(file).href && params.diagnostics.length > 0) done(params.diagnostics);
    }),
  );
  connection.listen();
  const initialized = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    capabilities: {},
  });
  check(initialized.serverInfo?.name === 'roles', `initialize answered by ${initialized.serverInfo?.name}`);
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {
      uri: pathToFileURL(file).href,
      languageId: 'markdown',
      version: 1,
      text: readFileSync(file, 'utf8').replace(
        'reports_to: om-center-deputy-manager',
        'reports_to: om-center-deputy-manger',
      ),
    },
  });
  const timeout = new Promise((done) => setTimeout(() => done([]), 60_000));
  const diagnostics = await Promise.race([published, timeout]);
  check(
    diagnostics.some((d) => d.code === 'reference-exists' && d.message.includes('om-center-deputy-manager')),
    `a mistyped reports_to is reported: ${diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`,
  );
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
} finally {
  server?.kill();
  rmSync(unpacked, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`${path.basename(vsix)}: ${failures.length} check(s) failed`);
  process.exitCode = 1;
} else {
  console.log(
    `${path.basename(vsix)}: is well-formed, its extension loads from it and starts the roles language server (VS Code itself was not run)`,
  );
}
