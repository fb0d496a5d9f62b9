import YAML, { isMap, isScalar, isSeq } from 'yaml';
import type { SchemaField } from '../schema/schema-fields.js';

/** How front matter is written once formatted; `yaml` quotes only where plain text would change meaning. */
const TO_STRING = { lineWidth: 0, indent: 2, indentSeq: true, singleQuote: true } as const;

/**
 * Front matter in canonical form: keys in the schema's order at every level (unknown keys after
 * the known ones, in their own order), block lists and maps, strings unquoted unless quoting is
 * needed (then single quotes), no blank lines; comments stay with the key they precede. Returns
 * undefined when the YAML has errors: a person must fix those first.
 */
export function formatFrontMatter(yaml: string, fields: readonly SchemaField[]): string | undefined {
  const document = YAML.parseDocument(yaml, { merge: false, strict: true, uniqueKeys: true });
  if (document.errors.length > 0 || document.warnings.length > 0) return undefined;
  if (document.contents === null) return yaml;
  if (!isMap(document.contents)) return undefined;
  reorder(document.contents, fields);
  YAML.visit(document, {
    Node(_key, node) {
      node.spaceBefore = false;
      if (isScalar(node) && typeof node.value === 'string' && !isBlockScalar(node)) node.type = undefined;
      if (isSeq(node) || isMap(node)) node.flow = false;
    },
  });
  // A comment after the last key belongs to the front matter, not after a blank line.
  const trailing = document.comment;
  document.comment = null;
  const text = document.toString(TO_STRING);
  if (!trailing) return text;
  const comments = trailing
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `#${line}`);
  return `${text}${comments.join('\n')}\n`;
}

/** Keeps multi-line text as the author wrote it (`|` or `>`): re-flowing would change its lines. */
function isBlockScalar(node: YAML.Scalar): boolean {
  return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' || String(node.value).includes('\n');
}

function reorder(map: YAML.YAMLMap, fields: readonly SchemaField[]): void {
  const rank = new Map(fields.map((field, i) => [field.key, i]));
  const position = new Map(map.items.map((item, i) => [item, i]));
  const keyOf = (item: (typeof map.items)[number]) => (isScalar(item.key) ? String(item.key.value) : undefined);
  map.items.sort((a, b) => {
    const ra = rank.get(keyOf(a) ?? '') ?? fields.length;
    const rb = rank.get(keyOf(b) ?? '') ?? fields.length;
    return ra - rb || position.get(a)! - position.get(b)!;
  });
  for (const item of map.items) {
    const field = fields.find((candidate) => candidate.key === keyOf(item));
    if (!field?.fields) continue;
    if (isMap(item.value)) reorder(item.value, field.fields);
    else if (isSeq(item.value))
      for (const element of item.value.items) if (isMap(element)) reorder(element, field.fields);
  }
}
