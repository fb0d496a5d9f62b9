// `npm run build`: transpiles src/ to dist/ and bundles the CLI, with esbuild, in about a second.
// Type checking is `npm run typecheck` (part of `npm run lint`, which CI runs): tsc took ten seconds of every
// `npm test` to emit files only a few tools read.
//
// 1. dist/**/*.js, one file per module (tsc's layout): what loads single modules (bench/, the write-files
//    crash test's child process, bin/roles.js when the bundle is absent).
// 2. dist/roles-cli.cjs: the CLI in one CommonJS file, which bin/load-bundle.js runs with a V8 code cache
//    (Node 20 keeps none for ES modules): starting `roles` compiles nothing it compiled before and resolves
//    no modules (ES-module resolution of about 160 files took a third of a small check's time). Commands,
//    formats and views stay lazy inside it: their modules run when first imported. It sits in dist/, so
//    `new URL('../package.json', import.meta.url)` still finds package.json.
// 3. dist/roles-check-worker.js (+ chunks): the per-file worker, an ES-module bundle.
// Packages that find their own files on disk (Chromium, fonts, the file watcher, the language server) stay
// in node_modules, and so do large CommonJS packages only some commands use.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
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

/** Packages that find their own files on disk: loaded from node_modules, never bundled. */
const EXTERNAL = [
  'puppeteer-core',
  '@sparticuz/chromium',
  '@fontsource/noto-sans-sc',
  'chokidar',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageserver-textdocument',
];
/** Large CommonJS packages only some commands use (reports, import, roles new): required from node_modules when used. */
const REQUIRED_WHEN_USED = ['docx', 'exceljs', '@xmldom/xmldom', 'pinyin-pro', 'ajv', 'ajv/*', 'ajv-formats'];

/**
 * string-width makes an `Intl.Segmenter` when loaded, and the first segmenter of a process loads ICU's
 * break data: 6 % of a clean `roles check`, which never measures a string that needs it (displayWidth
 * counts ASCII and Chinese itself). In the bundle the segmenter is made on first use. string-width is
 * pinned exactly; the build stops if the line it changes is not there.
 */
const stringWidthSegmenterOnUse = {
  name: 'string-width-segmenter-on-use',
  setup(build) {
    // Ours, not the older copy cli-table3 brings along.
    const ours = path.join(ROOT, 'node_modules', 'string-width', 'index.js');
    build.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, (args) => {
      if (args.path !== ours) return undefined;
      const eager = 'const segmenter = new Intl.Segmenter();';
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`${args.path} no longer has \`${eager}\`: update scripts/build.mjs`);
      return {
        contents: source.replace(
          eager,
          'let made; const segmenter = { segment: (text) => (made ??= new Intl.Segmenter()).segment(text) };',
        ),
        loader: 'js',
      };
    });
  },
};

// A module removed from src/ must not linger in dist/ (bin/roles.js's fallback would load it).
rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: modules, outbase: 'src' }),
  build({
    ...common,
    entryPoints: { 'check-worker': 'src/per-file/check-worker.ts' },
    bundle: true,
    splitting: true,
    entryNames: 'roles-[name]',
    chunkNames: 'roles-chunk-[hash]',
    external: EXTERNAL,
    // Bundled CommonJS dependencies call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __rolesRequire } from 'node:module';\nconst require = __rolesRequire(import.meta.url);",
    },
    // The bundled worker, found from any chunk (all sit in dist/).
    define: { ROLES_BUNDLED_WORKER: JSON.stringify('./roles-check-worker.js') },
    plugins: [zodLocalesWeUse],
    legalComments: 'none',
  }),
  build({
    ...common,
    format: 'cjs',
    entryPoints: { 'roles-cli': 'src/cli.ts' },
    outExtension: { '.js': '.cjs' },
    bundle: true,
    external: [...EXTERNAL, ...REQUIRED_WHEN_USED],
    banner: {
      js: [
        "const __rolesModuleUrl = require('node:url').pathToFileURL(__filename).href;",
        "const __rolesResolve = (specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href;",
      ].join('\n'),
    },
    define: {
      ROLES_BUNDLED_WORKER: JSON.stringify('./roles-check-worker.js'),
      'import.meta.url': '__rolesModuleUrl',
      'import.meta.resolve': '__rolesResolve',
    },
    plugins: [zodLocalesWeUse, stringWidthSegmenterOnUse],
    // No comments, no indentation: a smaller source to read and hash (a tenth less to start).
    minifyWhitespace: true,
    legalComments: 'none',
  }),
]);
