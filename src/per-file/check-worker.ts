import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { setLocale } from '../i18n/locale.js';
import { checkFile } from './check-file.js';
import { readSource } from './read-source.js';
import { RULES } from '../rules/registry.js';
import { resolveRules } from '../lint/resolve-rules.js';
import { createRoleSchema } from '../schema/role-schema.js';
import { validateDocument } from '../validate/validate-document.js';
import type { WorkerResult, WorkerTask } from './check-files-in-workers.js';

/** A worker thread: runs the per-file stage on its share of the files and posts the results back. */
const { task, port, done } = workerData as { task: WorkerTask; port: MessagePort; done: Int32Array };
function checkShare(task: WorkerTask): WorkerResult[] {
  setLocale(task.locale);
  const config = task.config;
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  const resolver = resolveRules(RULES, config, task.root, task.cwd);
  const context = {
    validate: (document: Parameters<typeof validateDocument>[0]) => validateDocument(document, roleSchema),
    ...(task.lint ? { lint: { resolver, config, today: task.today } } : {}),
  };
  const results: WorkerResult[] = [];
  for (const [file, absolutePath] of task.files) {
    const source = readSource(absolutePath, config.maxFileSize);
    if (source.kind === 'problem') {
      results.push({ file });
      continue;
    }
    // The main thread read the text already; sending it back would double the memory in flight.
    results.push({ file, entry: checkFile(file, absolutePath, source, context).entry });
  }
  return results;
}

try {
  port.postMessage(checkShare(task));
} catch (error) {
  // A thrown error is a bug; report it rather than leave the main thread waiting.
  port.postMessage({ error: (error as Error).stack ?? String(error) });
}

// The main thread waits on this flag: it cannot read the port until the message is there.
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
parentPort?.close();
