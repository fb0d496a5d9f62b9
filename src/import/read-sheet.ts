import { matchLabel, type Label, type LabelKey } from './labels.js';
import type { SourceRole } from './source-role.js';

/** The fields `--map column=field` may name, by the names the file format and the form use. */
const FIELD_NAMES: Readonly<Record<string, LabelKey>> = {
  title: 'title',
  title_en: 'title_en',
  id: 'id',
  aliases: 'aliases',
  department: 'department',
  job_level: 'job_level',
  reports_to: 'reports_to',
  direct_reports: 'direct_reports',
  headcount: 'headcount',
  job_code: 'job_code',
  pay_grade: 'pay',
  purpose: 'purpose',
  education: 'education',
  majors: 'majors',
  experience: 'experience',
  knowledge: 'knowledge',
  foreign_language: 'foreign_language',
  computer_skills: 'computer_skills',
  training: 'training',
  certifications: 'certifications',
  career_path: 'career_path',
  work_environment: 'work_environment',
  tools: 'tools',
  analysis_date: 'analysis_date',
  version: 'version',
  status: 'status',
  owner: 'owner',
};

/** The field names `--map` accepts, for its message. */
export const MAP_FIELDS: readonly string[] = Object.keys(FIELD_NAMES);

/** `--map 岗位层级=job_level` → the label that column stands for; undefined when the field is unknown. */
export function mapLabel(column: string, field: string): Label | undefined {
  const key = FIELD_NAMES[field.trim()];
  if (key) return { key, text: column, canonical: column };
  const label = matchLabel(field);
  return label && { ...label, text: column, canonical: label.canonical };
}

/**
 * Reads a position list: the first row with text is the header, each later row with text one
 * role. A column's header is matched like a form's label (Chinese or English, `岗位名称`,
 * `Position`), or by `--map`; a column no one recognises is kept under no label
 * (`header：value`), so nothing is lost.
 */
export function readSheet(
  file: string,
  sheet: string | undefined,
  rows: ReadonlyArray<readonly string[]>,
  map: ReadonlyMap<string, Label>,
): SourceRole[] {
  const start = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (start === -1) return [];
  const header = rows[start]!.map((cell) => cell.trim());
  const labels = header.map((name) => map.get(name) ?? matchLabel(name));
  const roles: SourceRole[] = [];
  for (let r = start + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (!row.some((cell) => cell.trim() !== '')) continue;
    const where = sheet === undefined ? `row ${r + 1}` : `${sheet}, row ${r + 1}`;
    const role: SourceRole = { file, where, entries: [] };
    row.forEach((cell, c) => {
      const value = cell.trim();
      if (value === '') return;
      const label = labels[c];
      const lines = value.split(/\r\n|\r|\n/).map((line) => line.trim());
      if (label) role.entries.push({ label, lines, where: `${where}, ${header[c] ?? c + 1}` });
      else
        role.entries.push({
          lines: [`${header[c] || `#${c + 1}`}：${lines.join(' ')}`],
          where: `${where}, ${header[c] ?? c + 1}`,
        });
    });
    roles.push(role);
  }
  return roles;
}
