import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { resolveLocale, setLocale } from '../i18n/locale.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Graph } from '../graph/graph.js';
import { RULES } from '../rules/registry.js';
import { resolveRules, type RuleResolver } from '../lint/resolve-rules.js';
import { resolveToday } from '../config/today.js';
import { toDisplayPath } from '../per-file/display-path.js';
import { findFiles } from '../per-file/find-files.js';
import { loadDocuments, type LoadOptions } from '../per-file/load-documents.js';
import { readSource, type Source } from '../per-file/read-source.js';
import { threadCount } from '../per-file/check-files-in-workers.js';
import type { Document } from '../parse/document.js';
import { checkOrganisation } from '../lint/check-organisation.js';
import { getLocale } from '../i18n/locale.js';
import { createRoleSchema } from '../schema/role-schema.js';
import { validateDocument } from '../validate/validate-document.js';

/** What the per-file stage found for one file; kept until the file changes. */
interface FileState {
  file: string;
  document?: Document;
  /** Read, parse and schema problems. */
  diagnostics: Diagnostic[];
  /** Document-rule findings, before inline disables. */
  lint?: Diagnostic[];
}

/** The organisation as last checked: the graph and every file's diagnostics, sorted. */
export interface Checked {
  graph: Graph;
  documents: Document[];
  byFile: ReadonlyMap<string, Diagnostic[]>;
}

const KINDS: ReadonlySet<'document' | 'graph'> = new Set(['document', 'graph']);

/**
 * The organisation the language server keeps in memory: each file's per-file stage result,
 * with open editor buffers read instead of the disk. An edit runs the per-file stage on the
 * edited file only; the organisation stage (graph, graph rules, directives) then runs over
 * the documents kept, through the same `checkOrganisation` that `roles check` uses.
 */
export class Workspace {
  readonly cwd: string;
  loaded!: LoadedConfig;
  private resolver!: RuleResolver;
  private loadOptions!: LoadOptions;
  private readonly env: Record<string, string | undefined>;
  private readonly today: string;
  /** By absolute path, in display-path order (the graph keeps the first of duplicate ids in path order). */
  private files = new Map<string, FileState>();
  private readonly buffers = new Map<string, string>();
  private checked: Checked | undefined;

  private readonly lang: string | undefined;

  constructor(cwd: string, env: Record<string, string | undefined> = {}, lang?: string) {
    this.cwd = cwd;
    this.env = env;
    this.lang = lang;
    this.today = resolveToday(env);
    this.configure();
  }

  /** Reads the configuration and every file again: after `roles.config.yaml` changed. Throws ConfigError. */
  reload(): void {
    this.configure();
  }

  private configure(): void {
    const loaded = loadConfig(this.cwd);
    // The server is an entry point: it chooses the language as the CLI does, again when the config changes.
    setLocale(resolveLocale({ flag: this.lang, config: loaded.config.locale, env: this.env }));
    const resolver = resolveRules(RULES, loaded.config, loaded.root, this.cwd);
    const roleSchema = createRoleSchema(loaded.config.levels as [string, ...string[]]);
    this.loaded = loaded;
    this.resolver = resolver;
    this.loadOptions = {
      maxFileSize: loaded.config.maxFileSize,
      validate: (document) => validateDocument(document, roleSchema),
      lint: { resolver, config: loaded.config, today: this.today },
    };
    const files = this.projectFiles();
    const { config, root } = loaded;
    const loadedDocuments = loadDocuments(files, this.cwd, {
      ...this.loadOptions,
      // One thread unless ROLES_THREADS asks for more: worker heaps would lift the server's peak memory past 500 MB at 10,000 files.
      threads: this.buffers.size > 0 ? 1 : threadCount(files.length, { ROLES_THREADS: '1', ...this.env }),
      workerTask: { config, root, cwd: this.cwd, today: this.today, lint: true, locale: getLocale() },
      ...(this.buffers.size > 0 ? { read: (file: string) => this.readAny(file) } : {}),
    });
    this.files = this.collect(files, loadedDocuments);
    this.checked = undefined;
  }

  /** The Markdown files the configuration names, absolute, in display-path order. */
  private projectFiles(): string[] {
    const { config, root } = this.loaded;
    const dirs = config.roles.map((entry) => path.resolve(root, entry)).filter((dir) => existsSync(dir));
    if (dirs.length === 0) return [];
    return findFiles(dirs, this.cwd, root).files;
  }

  /** Splits the per-file stage's result by file, in one pass: ten thousand files must not cost ten thousand scans. */
  private collect(absolutePaths: readonly string[], loaded: ReturnType<typeof loadDocuments>): Map<string, FileState> {
    const documents = new Map(loaded.documents.map((document) => [document.absolutePath, document]));
    const diagnostics = new Map<string, Diagnostic[]>();
    for (const diagnostic of loaded.diagnostics) {
      const list = diagnostics.get(diagnostic.file);
      if (list) list.push(diagnostic);
      else diagnostics.set(diagnostic.file, [diagnostic]);
    }
    const states = new Map<string, FileState>();
    for (const absolutePath of absolutePaths) {
      const file = toDisplayPath(this.cwd, absolutePath);
      const document = documents.get(absolutePath);
      states.set(absolutePath, {
        file,
        ...(document ? { document, lint: loaded.lint.get(document) } : {}),
        diagnostics: diagnostics.get(file) ?? [],
      });
    }
    return states;
  }

  private read(absolutePath: string): Source | undefined {
    const text = this.buffers.get(absolutePath);
    if (text === undefined) return undefined;
    return text.startsWith('\uFEFF')
      ? { kind: 'ok', text: text.slice(1), bom: true }
      : { kind: 'ok', text, bom: false };
  }

  /** Whether the configuration names this file (open buffers of other files are not checked). */
  has(absolutePath: string): boolean {
    return this.files.has(absolutePath);
  }

  /** The document of a file, as last parsed. */
  document(absolutePath: string): Document | undefined {
    return this.files.get(absolutePath)?.document;
  }

  /** The file's display path, relative to the workspace folder. */
  displayPath(absolutePath: string): string {
    return toDisplayPath(this.cwd, absolutePath);
  }

  /** An editor buffer replaces the file's content on disk until it is closed. */
  setBuffer(absolutePath: string, text: string): void {
    this.buffers.set(absolutePath, text);
    if (this.files.has(absolutePath)) this.refresh(absolutePath);
  }

  /** The buffer was closed: the disk says again what the file holds. */
  dropBuffer(absolutePath: string): void {
    if (!this.buffers.delete(absolutePath)) return;
    if (this.files.has(absolutePath)) this.refresh(absolutePath);
  }

  /** Runs the per-file stage on one file again, from its buffer or the disk; a file gone from disk leaves. */
  refresh(absolutePath: string): void {
    if (!this.buffers.has(absolutePath) && !existsSync(absolutePath)) {
      this.files.delete(absolutePath);
    } else {
      const loaded = loadDocuments([absolutePath], this.cwd, {
        ...this.loadOptions,
        read: (file) => this.readAny(file),
      });
      this.files.set(absolutePath, this.collect([absolutePath], loaded).get(absolutePath)!);
    }
    this.checked = undefined;
  }

  /** Files were created, deleted or renamed outside the editor: list the project again and read the new ones. */
  relist(): void {
    const listed = this.projectFiles();
    const known = new Set(listed);
    let changed = false;
    for (const file of this.files.keys()) {
      if (!known.has(file)) {
        this.files.delete(file);
        changed = true;
      }
    }
    const added = listed.filter((file) => !this.files.has(file));
    if (added.length > 0) {
      const loaded = loadDocuments(added, this.cwd, { ...this.loadOptions, read: (file) => this.readAny(file) });
      for (const [file, state] of this.collect(added, loaded)) this.files.set(file, state);
      // Keep display-path order, which `findFiles` gave.
      this.files = new Map(listed.map((file) => [file, this.files.get(file)!]));
      changed = true;
    }
    if (changed) this.checked = undefined;
  }

  private readAny(absolutePath: string): Source | undefined {
    return this.read(absolutePath) ?? readSource(absolutePath, this.loaded.config.maxFileSize);
  }

  /** The organisation stage over the documents kept; cached until something changes. */
  check(): Checked {
    if (this.checked) return this.checked;
    const documents: Document[] = [];
    const diagnostics: Diagnostic[] = [];
    const lint = new Map<Document, Diagnostic[]>();
    for (const state of this.files.values()) {
      for (const diagnostic of state.diagnostics) diagnostics.push(diagnostic);
      if (!state.document) continue;
      documents.push(state.document);
      if (state.lint) lint.set(state.document, state.lint);
    }
    const inScope = new Set([...this.files.values()].map((state) => state.file));
    const result = checkOrganisation({
      documents,
      diagnostics,
      lint,
      inScope,
      resolver: this.resolver,
      config: this.loaded.config,
      today: this.today,
      kinds: KINDS,
    });
    const byFile = new Map<string, Diagnostic[]>();
    for (const state of this.files.values()) byFile.set(state.file, []);
    for (const diagnostic of result.diagnostics) byFile.get(diagnostic.file)?.push(diagnostic);
    for (const [file, list] of byFile) byFile.set(file, sortDiagnostics(list));
    this.checked = { graph: result.graph, documents, byFile };
    return this.checked;
  }

  /** Absolute paths of the files in the project, in display-path order. */
  list(): string[] {
    return [...this.files.keys()];
  }
}
