import YAML from 'yaml';
import type { SchemaField } from '../schema/schema-fields.js';
import { fieldHint, SECTION_HINTS, type TemplateLanguage } from '../i18n/field-hints.js';

/** What a new file is made from: the schema's keys, the values known so far, the configured sections. */
export interface TemplateInput {
  kind: 'role' | 'department';
  fields: readonly SchemaField[];
  /** Top-level keys and their values; every other key is written as a comment to fill in later. */
  values: Readonly<Record<string, unknown>>;
  /** Section headings the kind must have, then the others the configuration knows. */
  requiredSections: readonly string[];
  optionalSections: readonly string[];
  language: TemplateLanguage;
}

const HEADER = {
  role: {
    'zh-CN': '岗位文件（由 roles new 生成）。以 “# 键:” 开头的行是可选的键：需要时去掉行首的 “# ” 并填写。',
    en: 'Role file (made by roles new). Lines starting `# key:` are optional keys: remove the `# ` and fill them in when needed.',
  },
  department: {
    'zh-CN':
      '部门文件（由 roles new --kind department 生成）。以 “# 键:” 开头的行是可选的键：需要时去掉行首的 “# ” 并填写。',
    en: 'Department file (made by roles new --kind department). Lines starting `# key:` are optional keys: remove the `# ` and fill them in when needed.',
  },
};

const BODY = {
  'zh-CN': {
    intro: '正文：每个 ## 章节下写条目，每项一行，用 “1.” 编号。',
    optional: '以下章节可选：需要时把标题移到注释外面，并在下面写内容。',
  },
  en: {
    intro: 'Body: items under each ## section, one per line, numbered `1.`.',
    optional: 'Optional sections: move a heading out of this comment when needed and write its content below it.',
  },
};

/** The text of a new role or department file: every key of the schema in its order, with comments saying what goes where. */
export function renderTemplate(input: TemplateInput): string {
  const { language } = input;
  const lines = ['---', `# ${HEADER[input.kind][language]}`];
  for (const field of input.fields) {
    const hint = fieldHint(field.path, language) ?? field.description;
    if (Object.hasOwn(input.values, field.key) && input.values[field.key] !== undefined) {
      if (hint) lines.push(`# ${hint}`);
      for (const line of valueLines(field.key, input.values[field.key])) lines.push(line);
    } else {
      if (hint) lines.push(`# ${hint}`);
      for (const line of commentedLines(field, 0, language)) lines.push(line);
    }
  }
  lines.push('---', '', `<!-- ${BODY[language].intro} -->`, '');
  for (const section of input.requiredSections) {
    lines.push(`## ${section}`, '');
    const hint = SECTION_HINTS[section]?.[language];
    if (hint) lines.push(`<!-- ${hint} -->`, '');
  }
  if (input.optionalSections.length > 0) {
    lines.push(`<!-- ${BODY[language].optional}`, '');
    for (const section of input.optionalSections) {
      const hint = SECTION_HINTS[section]?.[language];
      lines.push(`## ${section}`, ...(hint ? [language === 'en' ? `(${hint})` : `（${hint}）`] : []), '');
    }
    lines.push('-->', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function valueLines(key: string, value: unknown): string[] {
  return YAML.stringify({ [key]: value }, { lineWidth: 0 })
    .trimEnd()
    .split('\n');
}

/** An optional key as comment lines, its children indented under it. */
function commentedLines(field: SchemaField, depth: number, language: TemplateLanguage): string[] {
  const indent = '  '.repeat(depth);
  const hint = depth === 0 ? undefined : (fieldHint(field.path, language) ?? field.description);
  const trailing = hint ? ` # ${hint}` : '';
  if (field.shape === 'map') {
    return [
      `# ${indent}${field.key}:${trailing}`,
      ...(field.fields ?? []).flatMap((child) => commentedLines(child, depth + 1, language)),
    ];
  }
  if (field.shape === 'list') {
    if (!field.fields) return [`# ${indent}${field.key}:${trailing}`, `# ${indent}  -`];
    const [first, ...rest] = field.fields;
    return [
      `# ${indent}${field.key}:${trailing}`,
      ...(first ? [`# ${indent}  - ${first.key}:`] : []),
      ...rest.map((child) => `# ${indent}    ${child.key}:`),
    ];
  }
  return [`# ${indent}${field.key}:${trailing}`];
}
