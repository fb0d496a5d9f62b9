import YAML from 'yaml';
import { splitFrontMatter } from '../parse/split-front-matter.js';
import { matchLabel, type LabelKey } from './labels.js';

/** The front-matter path each form field holds; sections are body headings instead. */
const PATHS: Partial<Record<LabelKey, string>> = {
  title: 'title',
  department: 'department',
  job_level: 'job_level',
  reports_to: 'reports_to',
  direct_reports: 'direct_reports',
  headcount: 'headcount',
  purpose: 'purpose',
  education: 'requirements.education',
  majors: 'requirements.majors',
  experience: 'requirements.experience',
  knowledge: 'requirements.knowledge',
  foreign_language: 'requirements.foreign_language',
  computer_skills: 'requirements.computer_skills',
  training: 'requirements.training',
  certifications: 'requirements.certifications',
  physical: 'requirements.physical',
  core_skills: 'requirements.core_skills',
  career_path: 'career_path',
  work_environment: 'work_environment',
  tools: 'tools',
  collaboration: 'collaboration',
  analysis_date: 'analysis_date',
  version: 'version',
  status: 'status',
};

/** What a form field stands for in the file: a front-matter path, a body section, or nothing we can write back. */
export function fieldTarget(
  label: string,
  canonicalSection: (heading: string) => string,
): { path: string } | { section: string } | undefined {
  const match = matchLabel(label.split('/').pop()!);
  if (!match) return { section: canonicalSection(label.split('/').pop()!) };
  if (match.key === 'section') return { section: canonicalSection(match.heading ?? match.text) };
  if (match.key.startsWith('physical.')) return { path: `requirements.${match.key}` };
  const path = PATHS[match.key];
  return path === undefined ? undefined : { path };
}

/**
 * The card's copy of a file with the fields changed in Word taken from the form as read now:
 * each changed front-matter path replaced (or removed when the cell was emptied), each changed
 * body section replaced in place; everything else, and every comment, as the copy has it.
 */
export function mergeEdited(
  source: string,
  visible: { data: Record<string, unknown>; sections: ReadonlyArray<{ heading: string; markdown: string }> },
  changed: ReadonlyArray<{ path: string } | { section: string }>,
): { data: Record<string, unknown>; body: string } | undefined {
  const split = splitFrontMatter(source.replace(/^\ufeff/, ''));
  if (split.kind !== 'ok') return undefined;
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = YAML.parse(split.yaml);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    data = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const inferred = Array.isArray(data.inferred) ? (data.inferred as unknown[]) : undefined;
  for (const target of changed) {
    if (!('path' in target)) continue;
    const value = valueAt(visible.data, target.path);
    setAt(data, target.path, value);
    // The form now states it: what was inferred about it is no longer so, unless the form still says so.
    if (inferred && value === undefined)
      data.inferred = inferred.filter((entry) => typeof entry !== 'string' || !covers(target.path, entry));
  }
  if (Array.isArray(data.inferred) && data.inferred.length === 0) delete data.inferred;

  const chunks = splitSections(split.body);
  for (const target of changed) {
    if (!('section' in target)) continue;
    const section = visible.sections.find((candidate) => candidate.heading === target.section);
    const chunk = chunks.find((candidate) => candidate.heading === target.section);
    const text = section ? `## ${section.heading}\n\n${section.markdown}\n\n` : '';
    if (chunk) chunk.text = text;
    else if (section) chunks.push({ heading: section.heading, text });
  }
  return { data, body: chunks.map((chunk) => chunk.text).join('') };
}

function covers(path: string, entry: string): boolean {
  return entry === path || entry.startsWith(`${path}.`) || path.startsWith(`${entry}.`);
}

/** The body cut before each `## ` heading; the text before the first is a chunk without a heading. */
function splitSections(body: string): Array<{ heading: string | undefined; text: string }> {
  const chunks: Array<{ heading: string | undefined; text: string }> = [{ heading: undefined, text: '' }];
  for (const line of body.split(/(?<=\n)/)) {
    const heading = /^##\s+(.*?)\s*#*\s*$/.exec(line.replace(/\n$/, ''));
    if (heading) chunks.push({ heading: heading[1]!, text: line });
    else chunks[chunks.length - 1]!.text += line;
  }
  return chunks;
}

function valueAt(data: Record<string, unknown>, path: string): unknown {
  let current: unknown = data;
  for (const segment of path.split('.'))
    current =
      current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
  return current;
}

function setAt(data: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let current = data;
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment];
    if (next === null || typeof next !== 'object') {
      if (value === undefined) return;
      current[segment] = {};
    }
    current = current[segment] as Record<string, unknown>;
  }
  const last = segments[segments.length - 1]!;
  if (value === undefined) delete current[last];
  else current[last] = value;
}
