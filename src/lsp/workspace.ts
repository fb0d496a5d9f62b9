import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { resolveLocale, setLocale } from '../i18n/locale.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildGraph, referencesOf } from '../graph/build-graph.js';
import { editReach } from '../graph/edit-reach.js';
import type { Graph } from '../graph/graph.js';
import { patchGraph } from '../graph/patch-graph.js';
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
  /** The files whose diagnostics were checked again (display paths); every file when absent. */
  changed?: ReadonlySet<string>;
}

/** One file's change since the last check: its document before and after. */
interface Edit {
  absolutePath: string;
  before: Document | undefined;
  after: Document | undefined;
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
  /** Files changed since `checked`, each with its document as `checked` knows it. */
  private edits: Edit[] = [];
  /** The files declaring each id (as written or as validated), as of `checked`. */
  private owners = new Map<string, Document[]>();

  private readonly lang: string | undefined;
  private readonly load: typeof loadDocuments;

  /**
   * `load` is the per-file stage (`loadDocuments`); a test checking against many fresh workspaces
   * passes one that remembers each file's result by its content.
   */
  constructor(
    cwd: string,
    env: Record<string, string | undefined> = {},
    lang?: string,
    load: typeof loadDocuments = loadDocuments,
  ) {
    this.cwd = cwd;
    this.env = env;
    this.lang = lang;
    this.load = load;
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
    const loadedDocuments = this.load(files, this.cwd, {
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
      const loaded = this.load([absolutePath], this.cwd, {
        ...this.loadOptions,
        read: (file) => this.readAny(file),
      });
      const before = this.files.get(absolutePath)?.document;
      const state = this.collect([absolutePath], loaded).get(absolutePath)!;
      this.files.set(absolutePath, state);
      if (this.checked && before) {
        const last = this.edits.at(-1);
        if (last?.absolutePath === absolutePath) last.after = state.document;
        else this.edits.push({ absolutePath, before, after: state.document });
        return;
      }
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
      const loaded = this.load(added, this.cwd, { ...this.loadOptions, read: (file) => this.readAny(file) });
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

  /**
   * The organisation stage over the documents kept; cached until something changes. After one
   * file's edit only the files the edit can reach are checked again (`editReach`), over the
   * graph patched for it, by the same `checkOrganisation` and rules; anything else checks all.
   */
  check(): Checked {
    const edits = this.edits;
    this.edits = [];
    if (this.checked && edits.length === 0) return this.checked;
    const previous = this.checked;
    const partial = previous && edits.length === 1 ? this.checkEdit(previous, edits[0]!) : undefined;
    this.checked = partial ?? this.checkAll();
    return this.checked;
  }

  /** The organisation stage after one file changed, over what the change can reach; undefined when that is everything. */
  private checkEdit(previous: Checked, { before, after }: Edit): Checked | undefined {
    if (!before || !after) return undefined;
    // A duplicate id is checked over every file: an edit that touches one checks everything.
    const beforeIds = idsOf(before);
    const afterIds = idsOf(after);
    for (const id of beforeIds) if (this.owners.get(id)?.length !== 1) return undefined;
    for (const id of afterIds) if ((this.owners.get(id)?.length ?? 0) > (beforeIds.has(id) ? 1 : 0)) return undefined;
    const reachBefore = editReach(previous.graph, before, after);
    if (!reachBefore) return undefined;
    const at = previous.documents.indexOf(before);
    if (at < 0) return undefined;
    // The previous result is left behind: its lists are updated in place.
    const documents = previous.documents;
    documents[at] = after;
    const graph = patchGraph(previous.graph, before, after) ?? buildGraph(documents, this.loaded.config.levels);
    const reachAfter = editReach(graph, after, before);
    if (!reachAfter) return undefined;
    const scope = new Set<Document>(reachAfter);
    for (const document of reachBefore) scope.add(document === before ? after : document);
    for (const id of beforeIds) this.owners.delete(id);
    for (const id of afterIds) this.owners.set(id, [after]);

    const diagnostics: Diagnostic[] = [];
    const lint = new Map<Document, Diagnostic[]>();
    const inScope = new Set<string>();
    const sharingIds = new Set<Document>();
    for (const document of scope) {
      for (const id of idsOf(document)) for (const owner of this.owners.get(id) ?? []) sharingIds.add(owner);
      const state = this.files.get(document.absolutePath)!;
      inScope.add(state.file);
      for (const diagnostic of state.diagnostics) diagnostics.push(diagnostic);
      if (state.lint) lint.set(document, state.lint);
    }
    const result = checkOrganisation({
      documents,
      diagnostics,
      lint,
      inScope,
      resolver: this.resolver,
      config: this.loaded.config,
      today: this.today,
      kinds: KINDS,
      graph,
      scope,
      sharingIds: [...sharingIds],
    });
    const byFile = previous.byFile as Map<string, Diagnostic[]>;
    for (const file of inScope) byFile.set(file, []);
    for (const diagnostic of result.diagnostics) byFile.get(diagnostic.file)?.push(diagnostic);
    for (const file of inScope) byFile.set(file, sortDiagnostics(byFile.get(file)!));
    return { graph: result.graph, documents, byFile, changed: inScope };
  }

  /** The organisation stage over every file. */
  private checkAll(): Checked {
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
    this.owners = new Map();
    for (const document of documents)
      for (const id of idsOf(document)) {
        const owners = this.owners.get(id);
        if (owners) owners.push(document);
        else this.owners.set(id, [document]);
      }
    return { graph: result.graph, documents, byFile };
  }

  /** Absolute paths of the files in the project, in display-path order. */
  list(): string[] {
    return [...this.files.keys()];
  }
}

/** The ids a file declares: as written, and as the schema read it. */
function idsOf(document: Document): Set<string> {
  const ids = new Set<string>();
  const written = referencesOf(document)?.id;
  if (written !== undefined) ids.add(written);
  const validated = document.role?.id ?? document.department?.id;
  if (validated !== undefined) ids.add(validated);
  return ids;
}
