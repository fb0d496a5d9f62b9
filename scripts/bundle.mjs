// `npm run build` (after tsc): bundles the CLI and the per-file worker with esbuild into
// dist/bundle/, so starting `roles` loads a few files instead of about 160 modules and their
// dependencies' hundreds (ES-module resolution took a third of a small check's time).
// Commands, formats and views stay in chunks loaded when used; packages that find their own
// files on disk (Chromium, fonts, the file watcher, the language server) stay in node_modules.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const outdir = path.join(ROOT, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: { cli: 'src/cli.ts', 'check-worker': 'src/per-file/check-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks beside the entries: `new URL('./check-worker.js', import.meta.url)` finds the worker from any of them.
  chunkNames: '[name]-[hash]',
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
  define: { ROLES_BUNDLED_VERSION: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});
