import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ProposedFeatures,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import { ConfigError } from '../config/load-config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { describeRules } from '../rules/describe-rules.js';
import { codeActions, type TextChange } from './code-actions.js';
import { complete } from './complete.js';
import { describeId } from './describe-id.js';
import { findIdAt, ownId } from './find-id-at.js';
import { renameId } from './rename-id.js';
import { documentSymbols, workspaceSymbols, type Symbol } from './symbols.js';
import { Workspace } from './workspace.js';

export interface ServerStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Where the server looks when the client names no workspace folder. */
  cwd: string;
  /** `--lang`: wins over `locale:` in the configuration and the environment. */
  lang?: string;
}

/**
 * `roles lsp --stdio`: a language server over the same per-file stage and organisation stage as
 * `roles check`. Resolves when the client asks it to exit.
 */
export function startServer({ input, output, env, cwd, lang }: ServerStreams): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, input, output);
  const buffers = new TextDocuments(TextDocument);
  let workspace: Workspace | undefined;
  let root = cwd;
  let pull = false;
  let watchDynamically = false;
  /** What each file's diagnostics were when last sent, to send only what changed. */
  const published = new Map<string, string>();
  let scheduled = false;

  const toPath = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
  const uriOf = (absolutePath: string) =>
    buffers.all().find((open) => toPath(open.uri) === absolutePath)?.uri ?? pathToFileURL(absolutePath).href;
  const absoluteOf = (file: string) => path.resolve(workspace?.cwd ?? root, file);

  const open = (): Workspace | undefined => {
    try {
      workspace = new Workspace(root, env, lang);
    } catch (error) {
      workspace = undefined;
      const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
      void connection.window.showErrorMessage(`roles: ${message}`);
    }
    return workspace;
  };

  const toRange = (document: Pick<Document, 'lines'>, start: number, end: number): Range => {
    const from = document.lines.position(start);
    const to = document.lines.position(end);
    return {
      start: { line: from.line - 1, character: from.column - 1 },
      end: { line: to.line - 1, character: to.column - 1 },
    };
  };
  const toOffset = (document: Document, position: { line: number; character: number }) =>
    Math.min(document.lines.lineStart(position.line + 1) + position.character, document.text.length);
  const documentAt = (uri: string) => {
    const absolutePath = toPath(uri);
    return absolutePath === undefined ? undefined : workspace?.document(absolutePath);
  };

  // The rule id in the Problems panel links to its docs page, as ESLint's does.
  const ruleDocs = new Map(describeRules().map((rule) => [rule.id, rule.url]));
  const toLsp = (diagnostic: Diagnostic): LspDiagnostic => ({
    range: {
      start: { line: diagnostic.line - 1, character: diagnostic.column - 1 },
      end: { line: diagnostic.endLine - 1, character: diagnostic.endColumn - 1 },
    },
    severity: diagnostic.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: diagnostic.rule,
    ...(ruleDocs.get(diagnostic.rule) ? { codeDescription: { href: ruleDocs.get(diagnostic.rule)! } } : {}),
    source: 'roles',
    message: diagnostic.message,
    ...(diagnostic.rule === 'unused-disable' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(diagnostic.related
      ? {
          relatedInformation: diagnostic.related.map((related) => ({
            location: {
              uri: uriOf(absoluteOf(related.file)),
              range: {
                start: { line: related.line - 1, character: related.column - 1 },
                end: { line: related.line - 1, character: related.column - 1 },
              },
            },
            message: related.message,
          })),
        }
      : {}),
  });

  /** What each open file's diagnostics were when the client was last told to pull. */
  const pulled = new Map<string, string>();

  /**
   * Checks the organisation again and pushes each file whose diagnostics changed. A client that
   * pulls is asked to pull again for the files it has open, and still gets the other files pushed,
   * so findings in files nobody opened show too.
   */
  const publish = () => {
    scheduled = false;
    if (!workspace) return;
    const { byFile, changed } = workspace.check();
    const open = new Set<string>();
    if (pull) for (const buffer of buffers.all()) open.add(workspace.displayPath(toPath(buffer.uri) ?? buffer.uri));
    let refresh = false;
    const send = (file: string, key: string, diagnostics: LspDiagnostic[]) => {
      if ((published.get(file) ?? '[]') === key) return;
      if (key === '[]') published.delete(file);
      else published.set(file, key);
      void connection.sendDiagnostics({ uri: uriOf(absoluteOf(file)), diagnostics });
    };
    // After an edit only the files it could reach were checked again: the others are as sent.
    for (const file of changed ?? byFile.keys()) {
      const diagnostics = byFile.get(file) ?? [];
      const lsp = diagnostics.map(toLsp);
      const key = JSON.stringify(lsp);
      if (open.has(file)) {
        send(file, '[]', []);
        if (pulled.get(file) !== key) refresh = true;
        pulled.set(file, key);
      } else {
        send(file, key, lsp);
      }
    }
    if (!changed) for (const file of [...published.keys()]) if (!byFile.has(file)) send(file, '[]', []);
    if (refresh) void connection.languages.diagnostics.refresh();
  };
  // Edits arriving together are checked once.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(publish);
  };

  connection.onInitialize((params: InitializeParams) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (folder) root = toPath(folder) ?? root;
    pull = Boolean(params.capabilities.textDocument?.diagnostic);
    watchDynamically = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [' ', '-', '#'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'roles' },
    };
  });

  connection.onInitialized(() => {
    open();
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/roles.config.yaml' }],
      });
    }
    schedule();
  });

  buffers.onDidOpen(({ document }) => {
    const absolutePath = toPath(document.uri);
    if (absolutePath && workspace) workspace.setBuffer(absolutePath, document.getText());
    schedule();
  });
  buffers.onDidChangeContent(({ document }) => {
    const absolutePath = toPath(document.uri);
    if (absolutePath && workspace) workspace.setBuffer(absolutePath, document.getText());
    schedule();
  });
  buffers.onDidClose(({ document }) => {
    const absolutePath = toPath(document.uri);
    if (absolutePath && workspace) workspace.dropBuffer(absolutePath);
    schedule();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!workspace) {
      if (open()) schedule();
      return;
    }
    let relist = false;
    for (const change of changes) {
      const absolutePath = toPath(change.uri);
      if (!absolutePath) continue;
      if (path.basename(absolutePath) === 'roles.config.yaml') {
        if (!open()) return;
        for (const buffer of buffers.all()) {
          const file = toPath(buffer.uri);
          if (file) workspace.setBuffer(file, buffer.getText());
        }
        break;
      }
      if (change.type === FileChangeType.Changed) workspace.refresh(absolutePath);
      else relist = true;
    }
    if (relist) workspace?.relist();
    schedule();
  });

  connection.languages.diagnostics.on((params) => {
    const absolutePath = toPath(params.textDocument.uri);
    const items =
      absolutePath && workspace ? (workspace.check().byFile.get(workspace.displayPath(absolutePath)) ?? []) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items: items.map(toLsp) };
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documentAt(textDocument.uri);
    if (!document || !workspace) return null;
    const { graph } = workspace.check();
    const result = complete(document, toOffset(document, position), graph, workspace.loaded.config);
    const kinds = {
      id: CompletionItemKind.Reference,
      value: CompletionItemKind.EnumMember,
      key: CompletionItemKind.Property,
      section: CompletionItemKind.Keyword,
    };
    const typedFor = (start: number) => document.text.slice(start, toOffset(document, position));
    return {
      isIncomplete: result.incomplete,
      items: result.items.map((item) => ({
        label: item.label,
        kind: kinds[item.kind],
        ...(item.detail ? { detail: item.detail } : {}),
        ...(item.documentation ? { documentation: item.documentation } : {}),
        sortText: String(item.sort).padStart(5, '0'),
        // Ids were matched here, on title, pinyin or id: the client must not filter them again by label.
        filterText: item.kind === 'id' ? typedFor(item.start) : item.label,
        textEdit: { range: toRange(document, item.start, item.end), newText: item.insert },
      })),
    };
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documentAt(textDocument.uri);
    if (!document || !workspace) return null;
    const { graph } = workspace.check();
    const at = findIdAt(graph, document, toOffset(document, position));
    const text = at && describeId(graph, at.id);
    if (!at || !text) return null;
    return { contents: { kind: 'markdown', value: text }, range: toRange(document, at.start, at.end) };
  });

  connection.onDefinition(({ textDocument, position }) => {
    const document = documentAt(textDocument.uri);
    if (!document || !workspace) return null;
    const { graph } = workspace.check();
    const at = findIdAt(graph, document, toOffset(document, position));
    const declaration = at && graph.declarations.get(at.id);
    if (!declaration) return null;
    const target = declaration.document;
    const own = idLocation(target);
    return { uri: uriOf(target.absolutePath), range: toRange(target, own.start, own.end) };
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const document = documentAt(textDocument.uri);
    if (!document || !workspace) return null;
    const { graph } = workspace.check();
    const at = findIdAt(graph, document, toOffset(document, position));
    if (!at) return null;
    const locations = [...(graph.referencesTo.get(at.id) ?? [])]
      .sort((a, b) =>
        a.document.file < b.document.file ? -1 : a.document.file > b.document.file ? 1 : a.start - b.start,
      )
      .map((reference) => {
        const found = findIdAt(graph, reference.document, reference.start) ?? reference;
        return {
          uri: uriOf(reference.document.absolutePath),
          range: toRange(reference.document, found.start, found.end),
        };
      });
    const declaration = graph.declarations.get(at.id);
    if (context.includeDeclaration && declaration) {
      const own = idLocation(declaration.document);
      locations.unshift({
        uri: uriOf(declaration.document.absolutePath),
        range: toRange(declaration.document, own.start, own.end),
      });
    }
    return locations;
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const document = documentAt(textDocument.uri);
    if (!document || !workspace) return null;
    const { graph } = workspace.check();
    const at = findIdAt(graph, document, toOffset(document, position));
    if (!at || !graph.declarations.has(at.id)) return null;
    return { range: toRange(document, at.start, at.end), placeholder: at.id };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const document = documentAt(textDocument.uri);
    if (!document || !workspace) return null;
    const { graph, documents } = workspace.check();
    const at = findIdAt(graph, document, toOffset(document, position));
    if (!at) return null;
    const result = renameId(documents, graph, at.id, newName, workspace.cwd);
    if (!result.ok) throw new Error(result.message);
    const edit: WorkspaceEdit = { documentChanges: [] };
    for (const change of result.changes) {
      const uri = uriOf(change.document.absolutePath);
      const version = buffers.get(uri)?.version ?? null;
      edit.documentChanges!.push({
        textDocument: { uri, version },
        edits: [{ range: toRange(change.document, change.start, change.end), newText: change.text }],
      });
    }
    for (const change of result.changes) {
      if (change.moveTo)
        edit.documentChanges!.push({
          kind: 'rename',
          oldUri: uriOf(change.document.absolutePath),
          newUri: pathToFileURL(change.moveTo).href,
        });
    }
    return edit;
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const document = documentAt(textDocument.uri);
    if (!document || !workspace) return null;
    const { graph, byFile } = workspace.check();
    const diagnostics = byFile.get(document.file) ?? [];
    const actions = codeActions(
      graph,
      document,
      diagnostics,
      toOffset(document, range.start),
      toOffset(document, range.end),
    );
    return actions.map((action): CodeAction => {
      const changes: Record<string, Array<{ range: Range; newText: string }>> = {};
      for (const change of action.changes) (changes[uriOf(change.document.absolutePath)] ??= []).push(toEdit(change));
      return {
        title: action.title,
        kind: CodeActionKind.QuickFix,
        edit: { changes },
        ...(action.diagnostic ? { diagnostics: [toLsp(action.diagnostic)] } : {}),
        ...(action.preferred ? { isPreferred: true } : {}),
      };
    });
  });
  const toEdit = (change: TextChange) => ({
    range: toRange(change.document, change.start, change.end),
    newText: change.text,
  });

  const symbolKinds: Record<Symbol['kind'], SymbolKind> = {
    section: SymbolKind.String,
    'front-matter': SymbolKind.Object,
    role: SymbolKind.Class,
    department: SymbolKind.Namespace,
  };
  connection.onDocumentSymbol(({ textDocument }) => {
    const document = documentAt(textDocument.uri);
    if (!document) return null;
    return documentSymbols(document).map((symbol) => ({
      name: symbol.name,
      kind: symbolKinds[symbol.kind],
      range: toRange(document, symbol.start, symbol.end),
      selectionRange: toRange(document, symbol.selectionStart, symbol.selectionEnd),
    }));
  });

  connection.onWorkspaceSymbol(({ query }) => {
    if (!workspace) return null;
    return workspaceSymbols(workspace.check().graph, query).map((symbol) => ({
      name: symbol.name,
      kind: symbolKinds[symbol.kind],
      containerName: symbol.detail,
      location: { uri: uriOf(symbol.document.absolutePath), range: toRange(symbol.document, symbol.start, symbol.end) },
    }));
  });

  buffers.listen(connection);
  return new Promise((resolve) => {
    connection.onExit(() => resolve());
    connection.onShutdown(() => undefined);
    connection.listen();
  });
}

/** Where a file writes its own id (the opening fence when it writes none). */
function idLocation(document: Document): { start: number; end: number } {
  return ownId(document) ?? { start: 0, end: 0 };
}
