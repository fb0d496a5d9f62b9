// `npm run build` (after tsc): bundles the CLI and the per-file worker with esbuild into
// dist/roles-*.js (beside tsc's output, so `new URL('../package.json', import.meta.url)` still finds
// package.json from any chunk), so starting `roles` loads a few files instead of about 160 modules and their
// dependencies' hundreds (ES-module resolution took a third of a small check's time).
// Commands, formats and views stay in chunks loaded when used; packages that find their own
// files on disk (Chromium, fonts, the file watcher, the language server) stay in node_modules.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(ROOT, 'dist');
for (const file of readdirSync(outdir)) if (file.startsWith('roles-')) rmSync(path.join(outdir, file));
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

await build({
  absWorkingDir: ROOT,
  entryPoints: { cli: 'src/cli.ts', 'check-worker': 'src/per-file/check-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
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
  logLevel: 'warning',
});
