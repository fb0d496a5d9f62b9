import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { setLocale } from '../i18n/locale.js';
import { checkFile } from './check-file.js';
import { readSource } from './read-source.js';
import { RULES } from '../rules/registry.js';
import { resolveRules } from '../lint/resolve-rules.js';
import { createRoleSchema } from '../schema/role-schema.js';
import { validateDocument } from '../validate/validate-document.js';
import { EVENTS, FINISHED, POSTED, type WorkerResult, type WorkerTask } from './check-files-in-workers.js';

/** Files per message: results go back as they are made, so no thread holds a whole share's results at once. */
const BATCH = 256;

/** A worker thread: runs the per-file stage on its share of the files and posts the results back in batches. */
const { task, port, state } = workerData as { task: WorkerTask; port: MessagePort; state: Int32Array };
/** Counts a message or the end of the work; the main thread waits on the count of both, as it cannot read the port until a message is there. */
function signal(what: typeof POSTED | typeof FINISHED): void {
  Atomics.add(state, what, 1);
  Atomics.add(state, EVENTS, 1);
  Atomics.notify(state, EVENTS);
}

function checkShare(task: WorkerTask): void {
  setLocale(task.locale);
  const config = task.config;
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  const resolver = resolveRules(RULES, config, task.root, task.cwd);
  const context = {
    validate: (document: Parameters<typeof validateDocument>[0]) => validateDocument(document, roleSchema),
    ...(task.lint ? { lint: { resolver, config, today: task.today } } : {}),
  };
  let results: WorkerResult[] = [];
  const post = () => {
    port.postMessage(results);
    results = [];
    signal(POSTED);
  };
  for (const [file, absolutePath] of task.files) {
    const source = readSource(absolutePath, config.maxFileSize);
    // The main thread read the text already; sending it back would double the memory in flight.
    results.push(
      source.kind === 'problem' ? { file } : { file, entry: checkFile(file, absolutePath, source, context).entry },
    );
    if (results.length === BATCH) post();
  }
  if (results.length > 0) post();
}

try {
  checkShare(task);
} catch (error) {
  // A thrown error is a bug; report it rather than leave the main thread waiting.
  port.postMessage({ error: (error as Error).stack ?? String(error) });
  signal(POSTED);
}

signal(FINISHED);
parentPort?.close();
