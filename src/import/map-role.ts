import { CORE_SKILLS, EDUCATION_LEVELS, PHYSICAL_DEMANDS, STATUS_ALIASES, idSchema } from '../schema/role-schema.js';
import { t } from '../i18n/t.js';
import { renderSection } from './render-section.js';
import type { SourceRole } from './source-role.js';

/** A provenance note as the format writes it (docs/format.md). */
export interface Note {
  kind: 'source' | 'inferred' | 'merged' | 'normalised' | 'repaired' | 'omitted' | 'ambiguous';
  about?: string[];
  text: string;
}

/** A role read from a source, its references still written as the source writes them. */
export interface ImportedRole {
  source: SourceRole;
  title?: string;
  titleEn?: string;
  /** An id the form states (岗位编号). */
  id?: string;
  /** Front matter other than id, title, department and the role references. */
  fields: Record<string, unknown>;
  /** References as written (titles or ids), resolved once every file is read. */
  refs: {
    department?: string;
    reportsTo?: string;
    directReports: string[];
    careerPath: string[];
    internal: string[];
  };
  sections: Array<{ heading: string; markdown: string }>;
  notes: Note[];
  inferred: string[];
  /** One line per guess, for the command's summary. */
  guesses: string[];
}

export interface MapOptions {
  levels: readonly string[];
  /** Canonical section headings with their aliases (roles.config.yaml `sections`). */
  sections: Readonly<Record<string, { aliases: readonly string[] }>>;
}

/** The longest title a form's title cell holds; longer text there is no title. */
const MAX_TITLE = 40;
const INFERRED_SUFFIX = /\s*(?:（推定）|\(inferred\))$/u;
const LIST_SPLIT = /\s*[、，,;；/]\s*/u;
const DEGREE_WORDS: ReadonlyArray<[RegExp, (typeof EDUCATION_LEVELS)[number]]> = [
  [/博士/u, '博士'],
  [/硕士|研究生/u, '硕士'],
  [/本科|学士/u, '本科'],
  [/大专|专科|高职/u, '大专'],
  [/中专|中技|职高/u, '中专'],
  [/高中/u, '高中'],
  [/初中/u, '初中'],
];

/**
 * Maps one source role to front matter and body: each label to its field, each value parsed as
 * the field needs (a degree, years of experience, a headcount) or kept as written, text under no
 * field to a named section. Every reading that is not literal is a note, an `inferred` path and a
 * summary line.
 */
export function mapRole(source: SourceRole, options: MapOptions): ImportedRole {
  const role: ImportedRole = {
    source,
    fields: {},
    refs: { directReports: [], careerPath: [], internal: [] },
    sections: [],
    notes: [],
    inferred: [],
    guesses: [],
  };
  const requirements: Record<string, unknown> = {};
  const physical: Record<string, unknown> = {};
  const variants: string[] = [];
  const unmapped: string[] = [];
  const kept: string[] = [];
  let heading: string | undefined;
  /** The heading as the source writes it (`客服中心部门岗位职务说明书`). */
  let headingLine: string | undefined;
  const inferredLabels = new Set<string>();
  /** Sets a field the first time; a second, different value is no overwrite (the caller keeps it as written). */
  const once = (key: string, value: unknown): boolean => {
    if (role.fields[key] === undefined) role.fields[key] = value;
    return role.fields[key] === value;
  };

  const note = (kind: Note['kind'], text: string, about?: string[]) => {
    role.notes.push({ kind, ...(about && about.length > 0 ? { about } : {}), text });
    role.guesses.push(text);
  };
  const addSection = (headingText: string, lines: readonly string[]) => {
    if (lines.length === 0) return;
    const canonical = canonicalSection(headingText, options.sections);
    if (canonical !== headingText) variants.push(`${headingText} → ${canonical}`);
    const existing = role.sections.find((section) => section.heading === canonical);
    const markdown = renderSection(lines);
    if (existing) existing.markdown = `${existing.markdown}\n\n${markdown}`;
    else role.sections.push({ heading: canonical, markdown });
  };

  for (const entry of source.entries) {
    const label = entry.label;
    const lines = entry.lines.map((line) => line.replace(INFERRED_SUFFIX, (mark) => (label ? '' : mark)));
    if (label && entry.lines.some((line) => INFERRED_SUFFIX.test(line))) inferredLabels.add(label.key);
    const value = lines.join('\n').trim();
    if (!label) {
      for (const line of lines) unmapped.push(line);
      continue;
    }
    if (label.key !== 'heading' && label.text !== label.canonical && !/^[a-z ]+$/i.test(label.text))
      variants.push(`${label.text} → ${label.canonical}`);
    if (value === '' && label.key !== 'heading') continue;

    switch (label.key) {
      case 'heading':
        heading ??= lines[0];
        headingLine ??= lines[1];
        break;
      case 'title':
        // A title is a name, not a paragraph: a long value under a title label is kept as written.
        if (role.title === undefined && [...oneLine(lines)].length <= MAX_TITLE) role.title = oneLine(lines);
        else kept.push(`${label.text}：${value}`);
        break;
      case 'title_en':
        role.titleEn = oneLine(lines);
        break;
      case 'id':
        if (idSchema.safeParse(value).success) role.id = value;
        else kept.push(`${label.text}：${value}`);
        break;
      case 'aliases':
        role.fields.aliases = splitList(lines);
        break;
      case 'department':
        if (role.refs.department === undefined) role.refs.department = oneLine(lines);
        else kept.push(`${label.text}：${value}`);
        break;
      case 'job_level':
        if (!once('job_level', oneLine(lines))) kept.push(`${label.text}：${value}`);
        break;
      case 'reports_to':
        if (role.refs.reportsTo === undefined) role.refs.reportsTo = oneLine(lines).replace(/[。.]$/u, '');
        else kept.push(`${label.text}：${value}`);
        break;
      case 'direct_reports':
        for (const item of splitList(lines)) role.refs.directReports.push(item);
        break;
      case 'career_path': {
        const items = splitList(lines).map((item) => item.replace(/[。.]$/u, ''));
        // Targets are titles; sentences about growing are the section 职业发展, as written.
        if (items.some((item) => [...item].length > MAX_TITLE / 2 || /[:：]/u.test(item)))
          addSection(label.canonical, lines);
        else for (const item of items) role.refs.careerPath.push(item);
        break;
      }
      case 'internal':
        for (const item of splitList(lines)) role.refs.internal.push(item);
        break;
      case 'external':
        role.fields.collaboration = {
          ...(role.fields.collaboration as object | undefined),
          external: splitList(lines),
        };
        break;
      case 'collaboration':
        for (const item of splitList(lines)) role.refs.internal.push(item);
        break;
      case 'headcount': {
        const count = /^(\d{1,6})\s*(?:人|名|个)?$/u.exec(value.normalize('NFKC'));
        if (count) role.fields.headcount = Number(count[1]);
        else kept.push(`${label.text}：${value}`);
        break;
      }
      case 'job_code':
        role.fields.job_code = value;
        break;
      case 'pay': {
        const range = /^(\S+?)\s*(?:-|~|～|至|到)\s*(\S+)$/u.exec(value);
        if (range) role.fields.pay_grade = { min: numberOrText(range[1]!), max: numberOrText(range[2]!) };
        else kept.push(`${label.text}：${value}`);
        break;
      }
      case 'purpose':
        if (!once('purpose', lines.join('\n'))) kept.push(`${label.text}：${value}`);
        break;
      case 'section':
        addSection(label.heading ?? label.text, lines);
        break;
      case 'requirements':
      case 'description':
      case 'physical':
      case 'education_experience':
        for (const line of lines) {
          const education = readEducation(line);
          const experience = readExperience(line);
          if (label.key === 'education_experience' && (education || experience)) {
            note(
              'normalised',
              t('import.note.reading', {
                label: label.text,
                value: line,
                fields: 'requirements.education, requirements.experience',
              }),
              ['requirements'],
            );
            if (education) requirements.education = education.value;
            if (experience) requirements.experience = experience;
            if (education && experience && !line.includes(education.value.as_written ?? ''))
              kept.push(`${label.text}：${line}`);
          } else addSection(label.canonical, [line]);
        }
        break;
      case 'education': {
        const education = readEducation(value);
        if (education) {
          requirements.education = education.value;
          if (education.majors) {
            requirements.majors = { preferred: [education.majors] };
            note(
              'normalised',
              t('import.note.reading', {
                label: label.text,
                value,
                fields: 'requirements.education, requirements.majors',
              }),
              ['requirements.majors'],
            );
          }
          if (education.rest) kept.push(`${label.text}：${education.rest}`);
        } else kept.push(`${label.text}：${value}`);
        break;
      }
      case 'majors': {
        const preferred = /^(.*?)(?:优先考虑|优先)[。.]?$/u.exec(value);
        requirements.majors = preferred ? { preferred: [preferred[1]!] } : [value];
        if (preferred)
          note(
            'normalised',
            t('import.note.reading', { label: label.text, value, fields: 'requirements.majors.preferred' }),
            ['requirements.majors'],
          );
        break;
      }
      case 'experience': {
        const experience = readExperience(value);
        requirements.experience = experience ?? { as_written: value };
        if (experience && experience.as_written === undefined)
          note(
            'normalised',
            t('import.note.reading', { label: label.text, value, fields: 'requirements.experience' }),
            ['requirements.experience'],
          );
        break;
      }
      case 'knowledge':
        requirements.knowledge = [...((requirements.knowledge as string[] | undefined) ?? []), ...listItems(lines)];
        break;
      case 'foreign_language':
      case 'computer_skills':
        requirements[label.key] = readMinimumPreferred(value);
        break;
      case 'training':
      case 'certifications':
        requirements[label.key] = listItems(lines);
        break;
      case 'core_skills': {
        const levels = readCoreSkills(lines);
        if (levels) requirements.core_skills = levels;
        else if (lines.some((line) => !isScaleLine(line))) kept.push(`${label.text}：${value}`);
        break;
      }
      case 'work_environment':
        if (!once('work_environment', value)) kept.push(`${label.text}：${value}`);
        break;
      case 'tools':
        role.fields.tools = splitList(lines);
        break;
      case 'notes':
        for (const line of listItems(lines)) role.notes.push({ kind: 'source', text: line });
        break;
      case 'analysis_date': {
        const date = readDate(value);
        if (date && once('analysis_date', date)) {
          if (date !== value)
            note('normalised', t('import.note.date', { label: label.text, value, date }), ['analysis_date']);
        } else kept.push(`${label.text}：${value}`);
        break;
      }
      case 'version':
        role.fields.version = /^\d+$/.test(value) ? Number(value) : value;
        break;
      case 'status': {
        const status = STATUS_WORDS[value.toLowerCase()] ?? STATUS_ALIASES[value];
        if (status) role.fields.status = status;
        else kept.push(`${label.text}：${value}`);
        break;
      }
      case 'owner':
        role.fields.owner = value;
        break;
      case 'approval':
        kept.push(`${label.text}：${value}`);
        break;
      default:
        if (label.key.startsWith('physical.')) {
          const key = label.key.slice('physical.'.length);
          const demand = /^(.*?)[（(]([^）)]+)[）)]$/u.exec(value);
          physical[key] = demand ? { requirement: demand[1]!, justification: demand[2]! } : { requirement: value };
        }
    }
  }

  if (role.title === undefined && heading && [...heading].length <= MAX_TITLE) {
    role.title = heading;
    note('inferred', t('import.note.titleFromHeading', { heading: headingLine ?? heading }), ['title']);
  } else if (heading !== undefined && heading !== role.title)
    note('source', t('import.note.heading', { heading: headingLine ?? heading }));
  if (Object.keys(physical).length > 0) requirements.physical = orderBy(physical, Object.keys(PHYSICAL_DEMANDS));
  if (Object.keys(requirements).length > 0) role.fields.requirements = requirements;
  if (role.fields.job_level === undefined && role.title) {
    const level = [...options.levels].sort((a, b) => b.length - a.length).find((name) => role.title!.endsWith(name));
    if (level) {
      role.fields.job_level = level;
      role.inferred.push('job_level');
      note('inferred', t('import.note.levelFromTitle', { level, title: role.title }), ['job_level']);
    }
  }
  if (role.fields.status === undefined) {
    role.fields.status = 'draft';
    note('inferred', t('import.note.status'), ['status']);
    role.inferred.push('status');
  }
  if (variants.length > 0) note('normalised', t('import.note.variants', { pairs: [...new Set(variants)].join('；') }));
  if (kept.length > 0) {
    const heading = t('import.section.kept');
    addSection(heading, kept);
    note('source', t('import.note.kept', { heading }), [`## ${heading}`]);
  }
  if (unmapped.length > 0) {
    const heading = t('import.section.unmapped');
    addSection(heading, unmapped);
    note('ambiguous', t('import.note.unmapped', { heading }), [`## ${heading}`]);
  }
  for (const key of inferredLabels) if (key !== 'heading') role.guesses.push(t('import.guess.inferredMark', { key }));
  return role;
}

const STATUS_WORDS: Readonly<Record<string, 'draft' | 'approved' | 'retired'>> = {
  draft: 'draft',
  approved: 'approved',
  retired: 'retired',
  已撤销: 'retired',
};

function oneLine(lines: readonly string[]): string {
  return lines.join(' ').trim();
}

/** `A、B，C` → items; one item per line when the lines are already a list. */
function splitList(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => stripMarker(line).split(LIST_SPLIT))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A cell's lines as items, without their numbers. */
function listItems(lines: readonly string[]): string[] {
  return lines.map(stripMarker).filter((item) => item !== '');
}

function stripMarker(line: string): string {
  return line.replace(/^\s*(?:[(（]\d{1,3}[)）]|\d{1,3}\s*[.、)）](?!\d)|[-*•·●▪■◆➢►])\s*/u, '').trim();
}

function numberOrText(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** `本科以上学历` → minimum 本科, as written; `大专及以上，本科优先` → minimum and preference. */
/** Values longer than this are kept as written: no requirement is a page long, and the patterns stay linear. */
const PARSED_LENGTH = 500;

export function readEducation(
  text: string,
): { value: { minimum: string; preferred?: string; as_written?: string }; majors?: string; rest?: string } | undefined {
  if (text.length > PARSED_LENGTH) return undefined;
  const clauses = text.split(/[,，;；]\s*/u).filter((clause) => clause.trim() !== '');
  const first = clauses.findIndex(
    (clause) => DEGREE_WORDS.some(([word]) => word.test(clause)) && !clause.includes('经验'),
  );
  if (first === -1) return undefined;
  const clause = clauses[first]!.replace(/[。.]$/u, '').trim();
  const minimum = DEGREE_WORDS.find(([word]) => word.test(clause))![1];
  const value: { minimum: string; preferred?: string; as_written?: string } = { minimum };
  if (clause !== `${minimum}及以上`) value.as_written = clause;
  let majors: string | undefined;
  const rest: string[] = [];
  clauses.forEach((other, i) => {
    if (i === first) return;
    const cleaned = other.replace(/[。.]$/u, '').trim();
    const preferredDegree = /^(.+?)优先$/u.exec(cleaned);
    if (preferredDegree && EDUCATION_LEVELS.includes(preferredDegree[1] as never))
      value.preferred = preferredDegree[1]!;
    else if (cleaned.includes('专业') && cleaned.includes('优先')) majors = cleaned.replace(/(?:优先考虑|优先)$/u, '');
    else if (!cleaned.includes('经验')) rest.push(other);
  });
  return { value, ...(majors ? { majors } : {}), ...(rest.length > 0 ? { rest: rest.join('，') } : {}) };
}

/** `具备3年以上客户服务或相关工作经验，有团队管理经验者优先考虑` → years, field, preferred. */
export function readExperience(text: string): Record<string, unknown> | undefined {
  if (text.length > PARSED_LENGTH) return undefined;
  const clauses = text
    .replace(/[。.]$/u, '')
    .split(/[,，;；]\s*/u)
    .filter((clause) => clause.trim() !== '');
  const experience: Record<string, unknown> = {};
  for (const clause of clauses) {
    const years = /(\d+(?:\.\d+)?)\s*年以上(.*)$/u.exec(clause);
    const alternative = /^或任(.*?)(\d+(?:\.\d+)?)\s*年以上$/u.exec(clause);
    if (alternative) experience.alternative = { level: alternative[1]!, years: Number(alternative[2]) };
    else if (years && experience.years === undefined && !clause.includes('优先')) {
      experience.years = Number(years[1]);
      const field = years[2]!.trim();
      if (field !== '') experience.field = field;
    } else if (clause.includes('优先')) experience.preferred = clause.trim();
    else if (clause.includes('经验') && experience.as_written === undefined) experience.as_written = clause.trim();
  }
  return Object.keys(experience).length > 0 ? experience : undefined;
}

/** `能熟练地利用计算机处理日常公务；优先：…` → minimum and preference. */
function readMinimumPreferred(text: string): { minimum: string; preferred?: string } {
  const split = /^(.*?)[；;]\s*优先[：:]\s*(.+)$/u.exec(text);
  return split ? { minimum: split[1]!, preferred: split[2]! } : { minimum: text };
}

const SKILL_NAMES = new Map<string, string>(
  Object.entries(CORE_SKILLS).flatMap(([key, name]) => [
    [name, key],
    [key.replace(/_/g, ' '), key],
  ]),
);

/** `演算 ■■■□□ 3/5` lines → levels; undefined when no line gives one. */
function readCoreSkills(lines: readonly string[]): Record<string, number> | undefined {
  const levels: Record<string, number> = {};
  for (const line of lines) {
    const match = /^(\S+(?: \S+)?)\s+[■□]*\s*(\d)\s*\/\s*5$/u.exec(line.trim());
    const key = match && SKILL_NAMES.get(match[1]!.toLowerCase());
    if (key) levels[key] = Number(match[2]);
  }
  return Object.keys(levels).length > 0 ? orderBy(levels, Object.keys(CORE_SKILLS)) : undefined;
}

function isScaleLine(line: string): boolean {
  return /^\S+(?: \S+)?\s+[■□]+(?:\s*\d\s*\/\s*5)?$/u.test(line.trim());
}

/** `2023年5月`, `2023-05-01`, `2023/5/1` → `YYYY-MM(-DD)`. */
function readDate(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?)?$/u.exec(
    text.normalize('NFKC').trim(),
  );
  if (!match) return undefined;
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${match[1]}-${two(month)}${day === undefined ? '' : `-${two(day)}`}`;
}

function orderBy<T>(record: Record<string, T>, order: readonly string[]): Record<string, T> {
  return Object.fromEntries(order.filter((key) => key in record).map((key) => [key, record[key]!]));
}

/** The configured heading a section label stands for (`岗位职责` → `职责任务`), else the label itself. */
export function canonicalSection(
  heading: string,
  sections: Readonly<Record<string, { aliases: readonly string[] }>>,
): string {
  for (const [name, section] of Object.entries(sections))
    if (name === heading || section.aliases.includes(heading)) return name;
  return heading;
}
