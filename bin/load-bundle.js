// Loads the CommonJS bundle of the CLI (dist/roles-cli.cjs) with a V8 code cache: a check of a small
// organisation is start-up bound, and compiling the bundle was a fifth of it. Node 20 has no compile
// cache for ES modules (module.enableCompileCache came in Node 22); vm.Script takes cached data.
//
// The cache is keyed by the bundle's content hash, Node's version, architecture and flags, and the command
// (each run caches the functions it compiled). V8 refuses cached data made by another V8 or with other
// flags (`cachedDataRejected`), and only checks the source's LENGTH: hence the content hash. It lives
// beside the code it caches (node_modules/.cache/roles in the package), written atomically by rename;
// a cache that cannot be read or written is no cache, never an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** Commands cached apart; anything else shares one cache. */
const COMMANDS = new Set(['check', 'lint', 'validate', 'xref', 'report', 'rules', 'diff', 'refs', 'tree', 'fmt']);

/**
 * Runs `file` as a CommonJS module; `save()` stores the code compiled so far when there was no usable
 * cache (call it once the command has run, so the cache holds the functions it needed).
 */
export function loadBundle(file, cacheDir, args) {
  const bytes = readFileSync(file);
  const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  const command = args.find((arg) => COMMANDS.has(arg)) ?? 'other';
  // V8 refuses data made under other flags: runs with and without `--inspect` (say) keep a cache each.
  const options = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0');
  const flags = options === '' ? '' : `-${createHash('sha1').update(options).digest('hex').slice(0, 8)}`;
  const cacheFile = path.join(cacheDir, `roles-cli-${hash}-${process.version}-${process.arch}${flags}-${command}.v8`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // One line, so that the bundle's line numbers stay those of the file in stack traces.
  const source = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  const save = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
      // Caches of earlier builds are never read again.
      for (const name of readdirSync(cacheDir))
        if (name.startsWith('roles-cli-') && !name.startsWith(`roles-cli-${hash}-`))
          rmSync(path.join(cacheDir, name), { force: true });
    } catch {
      // A read-only install, a full disk: run uncached.
    }
  };
  return { exports: module.exports, save };
}
