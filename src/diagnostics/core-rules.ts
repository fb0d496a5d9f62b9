/** A rule id with its one-line description, as machine formats (SARIF) list them. */
export interface RuleDescriptor {
  id: string;
  description: string;
  /** The rule's docs page on the web (SARIF `helpUri`, `--show-docs`), when the package names its repository. */
  url?: string;
}

/**
 * The checks built into reading, parsing and validating files. They are not configurable rules
 * (a file that cannot be read or fails the schema is always an error), but their ids appear in
 * diagnostics like any rule's, so they are described here once.
 */
export const CORE_RULES: readonly RuleDescriptor[] = [
  { id: 'file-empty', description: 'A file has front matter and a body, not nothing or whitespace' },
  { id: 'file-binary', description: 'A file is text, without NUL bytes' },
  { id: 'file-encoding', description: 'A file is UTF-8' },
  { id: 'file-too-large', description: 'A file is no larger than `maxFileSize`' },
  { id: 'file-unreadable', description: 'A file can be read' },
  { id: 'front-matter-missing', description: 'A file starts with YAML front matter' },
  { id: 'front-matter-unterminated', description: 'Front matter ends with a `---` line' },
  { id: 'front-matter-language', description: 'Front matter is YAML (`---` alone), never another language' },
  { id: 'yaml-syntax', description: 'Front matter is valid YAML' },
  { id: 'yaml-duplicate-key', description: 'Each key appears once per YAML map' },
  { id: 'yaml-alias', description: 'Front matter has no YAML anchors or aliases' },
  { id: 'yaml-depth', description: 'Front matter nests at most 32 levels deep' },
  { id: 'yaml-unsafe-key', description: 'Front matter has no `__proto__`, `constructor` or `prototype` keys' },
  { id: 'schema-invalid-value', description: 'Front-matter values have the type and range the format allows' },
  { id: 'schema-unknown-key', description: 'Front matter has only the keys of the format' },
  { id: 'schema-missing-key', description: 'Front matter has every required key' },
  { id: 'id-matches-file', description: 'The `id` equals the file name' },
  { id: 'duplicate-id', description: 'Each id is declared by one file' },
  { id: 'symlink-loop', description: 'Symlinks resolve, without loops (others are skipped)' },
  { id: 'symlink-outside', description: 'Symlinks stay inside the project (others are skipped)' },
  { id: 'markdown-too-complex', description: 'The Markdown body is simple enough to parse in linear time' },
];

/** The docs page, under `docs/`, that explains a core check: the file format's, or bad input's. */
export function coreRulePage(id: string): string {
  return id.startsWith('schema-') || id === 'id-matches-file' || id === 'duplicate-id'
    ? 'file-format.md'
    : 'bad-input.md';
}
