// `npm run build`: transpiles src/ to dist/ and bundles the CLI, with esbuild, in about a second.
// Type checking is `npm run typecheck` (part of `npm run lint`, which CI runs): tsc took ten seconds of every
// `npm test` to emit files only a few tools read.
//
// 1. dist/**/*.js, one file per module (tsc's layout): what loads single modules (bench/, the write-files
//    crash test's child process, bin/roles.js when the bundle is absent).
// 2. dist/roles-*.js: the CLI and the per-file worker bundled, beside those modules (so
//    `new URL('../package.json', import.meta.url)` still finds package.json from any chunk), so starting
//    `roles` loads a few files instead of about 160 modules and their dependencies' hundreds (ES-module
//    resolution took a third of a small check's time). Commands, formats and views stay in chunks loaded
//    when used; packages that find their own files on disk (Chromium, fonts, the file watcher, the
//    language server) stay in node_modules.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(ROOT, 'dist');
/** Every module of src/ but the tests. */
const modules = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
  .map((file) => path.join('src', file));
/** What both builds share: Node 20's ECMAScript modules. */
const common = { absWorkingDir: ROOT, outdir, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' };

/** zod's messages in the languages the catalogue has; roles reads no other (src/i18n/zod-errors.ts). */
const ZOD_LOCALES = { en: 'en', zhCN: 'zh-CN' };

/**
 * zod's `z` namespace carries `locales`, its messages in about 50 languages (360 KB, half of zod):
 * compiled by every run for nothing. In the bundle `locales` holds only ZOD_LOCALES.
 */
const zodLocalesWeUse = {
  name: 'zod-locales-we-use',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: path.join(args.resolveDir, args.path), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: Object.entries(ZOD_LOCALES)
        .map(([name, file]) => `export { default as ${name} } from ${JSON.stringify(`./${file}.js`)};`)
        .join('\n'),
      resolveDir: path.dirname(args.path),
    }));
  },
};

// A module removed from src/ must not linger in dist/ (bin/roles.js's fallback would load it).
rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: modules, outbase: 'src' }),
  build({
    ...common,
    entryPoints: { cli: 'src/cli.ts', 'check-worker': 'src/per-file/check-worker.ts' },
    bundle: true,
    splitting: true,
    entryNames: 'roles-[name]',
    chunkNames: 'roles-chunk-[hash]',
    external: [
      'puppeteer-core',
      '@sparticuz/chromium',
      '@fontsource/noto-sans-sc',
      'chokidar',
      'vscode-languageserver',
      'vscode-languageserver/*',
      'vscode-languageserver-textdocument',
    ],
    // Bundled CommonJS dependencies call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __rolesRequire } from 'node:module';\nconst require = __rolesRequire(import.meta.url);",
    },
    // The bundled worker, found from any chunk (all sit in dist/).
    define: { ROLES_BUNDLED_WORKER: JSON.stringify('./roles-check-worker.js') },
    plugins: [zodLocalesWeUse],
    legalComments: 'none',
  }),
]);
