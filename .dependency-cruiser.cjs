// The architecture test (`npm run lint:architecture`, also run by `npm test`): layers only look down.
// ARCHITECTURE.md draws the same layers. A folder may import its own layer and the layers below it,
// never one above it, not even for a type: declare the structural type you need where you need it.
/** Top to bottom. */
const LAYERS = [
  ['cli', '^src/(cli|localize-commander)[.]ts$'],
  ['commands and language server', '^src/(commands|lsp)/'],
  ['engine', '^src/run[.]ts$'],
  ['renderers, diff and authoring', '^src/(report|diff|format|print|create|fmt|import)/'],
  ['git', '^src/git/'],
  ['per-file stage', '^src/per-file/'],
  ['file writing', '^src/write/'],
  ['linter', '^src/lint/'],
  ['rules', '^src/rules/'],
  ['graph', '^src/graph/'],
  ['validate', '^src/validate/'],
  ['parse', '^src/parse/'],
  ['schema', '^src/schema/'],
  ['base', '^src/(text|diagnostics|config|i18n)/|^src/(io|is-inside|usage-error|version|docs-url|work-counts)[.]ts$'],
];

const layerRules = LAYERS.slice(1).map(([name, path], index) => ({
  name: `${name.replace(/ /g, '-')}-looks-down`,
  comment: `${name} may not import a layer above it (${LAYERS.slice(0, index + 1)
    .map(([above]) => above)
    .join(', ')})`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(0, index + 1).map(([, above]) => `(${above})`) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'every-module-has-a-layer',
      comment: 'a new top-level folder needs a place in LAYERS (and in ARCHITECTURE.md)',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(([, path]) => `(${path})`) },
      to: {},
    },
    {
      name: 'renderers-are-handed-what-they-need',
      comment:
        'formatters and report views are pure: they get rule descriptors and checked data, never the registry or the engine',
      severity: 'error',
      from: { path: '^src/(report|format)/' },
      to: { path: '^src/(rules|lint|per-file|git|write)/' },
    },
    {
      name: 'no-circular',
      comment: 'two modules that import each other are one module, or a layer split in the wrong place',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^src/',
    exclude: { path: '[.]test[.]ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
