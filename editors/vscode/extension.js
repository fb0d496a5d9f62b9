// The roles extension: starts `roles lsp --stdio` from the workspace's own roles install.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The workspace's roles: the setting, then node_modules/roles, then the workspace itself when it is roles. */
function findServer(folder) {
  const configured = vscode.workspace.getConfiguration('roles', folder.uri).get('serverPath');
  if (configured) return path.resolve(folder.uri.fsPath, configured);
  const installed = path.join(folder.uri.fsPath, 'node_modules', 'roles', 'bin', 'roles.js');
  if (fs.existsSync(installed)) return installed;
  try {
    const own = JSON.parse(fs.readFileSync(path.join(folder.uri.fsPath, 'package.json'), 'utf8'));
    const bin = path.join(folder.uri.fsPath, 'bin', 'roles.js');
    if (own.name === 'roles' && fs.existsSync(bin)) return bin;
  } catch {
    // No package.json: not the roles repository.
  }
  return undefined;
}

async function activate(context) {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const configs = await vscode.workspace.findFiles('**/roles.config.yaml', '**/node_modules/**', 1);
  const folder = (configs[0] && vscode.workspace.getWorkspaceFolder(configs[0])) ?? folders[0];
  if (!folder) return;
  const server = findServer(folder);
  if (!server) {
    vscode.window.showWarningMessage(
      'roles: no roles install found in this workspace (run `npm install roles`, or set `roles.serverPath`).',
    );
    return;
  }
  const nodePath = vscode.workspace.getConfiguration('roles', folder.uri).get('nodePath');
  const options = { cwd: path.dirname(configs[0]?.fsPath ?? folder.uri.fsPath) };
  const serverOptions = nodePath
    ? { command: nodePath, args: [server, 'lsp', '--stdio'], options }
    : { module: server, args: ['lsp'], transport: TransportKind.stdio, options };
  client = new LanguageClient('roles', 'roles', serverOptions, {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    workspaceFolder: folder,
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
