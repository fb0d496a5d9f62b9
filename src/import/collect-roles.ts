import { GROUP_KEYS, LABEL_NAMES, matchLabel, type Label } from './labels.js';
import type { SourceEntry, SourceRole } from './source-role.js';

/** A list marker or a Chinese section number before a label: `一、`, `1.`, `（1）`, `1)`. */
const MARKER = String.raw`(?:[一二三四五六七八九十]+[、.]|[(（]?\d{1,2}[.、)）]|[(（][一二三四五六七八九十]+[)）])`;
const LABELS = LABEL_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** `岗位名称：…`, `1. 学历要求:…`: a known label and a colon at the start of a line. */
const LABEL_COLON = new RegExp(String.raw`^\s*(?:${MARKER}\s*)?(${LABELS})\s*[:：]\s*(.*)$`, 'iu');
/** `一、岗位概述…`: a section number, a known label, the value straight after it (the scrape lost the break). */
const NUMBERED_LABEL = new RegExp(String.raw`^\s*[一二三四五六七八九十]+[、.]\s*(${LABELS})\s*[:：]?\s*(.*)$`, 'u');
/** `客户服务中心主管岗位说明书`: a document heading, with the title before it when it names one. */
export const HEADING =
  /^\s*(?:#{1,6}\s*)?(.*?)\s*(?:(?:岗位|职位|职务)说明书|job description)\s*(?:[(（][^)）]*[)）])?\s*$/iu;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/;

/** `五、岗位晋升:…`: a section number, a short name of its own, a colon. */
const UNKNOWN_SECTION = /^\s*[一二三四五六七八九十]+、\s*(\p{Script=Han}{2,8})\s*[:：]\s*(.*)$/u;

function sectionLabel(text: string): Label {
  return { key: 'section', text, canonical: text, heading: text };
}

/** Labels that belong under 任职资格 when they follow it. */
const REQUIREMENT_KEYS: ReadonlySet<string> = new Set([
  'education',
  'education_experience',
  'majors',
  'experience',
  'knowledge',
  'foreign_language',
  'computer_skills',
  'training',
  'certifications',
  'physical',
  'core_skills',
]);

/** The form's own title line (`…岗位说明书`): a title the role may not state otherwise. */
export const HEADING_LABEL: Label = { key: 'heading', text: '岗位说明书', canonical: '岗位说明书' };

/**
 * Gathers labelled entries into roles, whatever the layout they came from: a title label when
 * the role already has one, or a form heading after content, starts the next role; a block label
 * (任职资格, 生理要求) groups the sub-labels after it; text under no label is kept as an entry
 * without one.
 */
export class RoleCollector {
  readonly roles: SourceRole[] = [];
  private role: SourceRole | undefined;
  private entry: SourceEntry | undefined;
  private group: Label | undefined;
  /** 任职资格 while 生理要求 is open inside it. */
  private outer: Label | undefined;
  private hasTitle = false;

  constructor(private readonly file: string) {}

  /** A form heading (`…岗位说明书`); a repeated one, before any content, belongs to the same role. */
  heading(title: string, where: string, line = title): void {
    if (this.role === undefined || this.hasContent()) this.startRole(where);
    if (title !== '') this.role!.entries.push({ label: HEADING_LABEL, lines: [title, line], where });
    this.entry = undefined;
    this.group = undefined;
  }

  /**
   * A label with its value's lines (more may follow with `text`). `group`: the block label it
   * stands under as the layout shows it (null: none); undefined lets the order of labels decide.
   */
  label(label: Label, lines: readonly string[], where: string, group?: Label | null): void {
    if (this.role === undefined) this.startRole(where);
    if (label.key === 'title') {
      if (this.hasTitle && this.hasContent()) this.startRole(where);
      this.hasTitle = true;
    }
    const role = this.role!;
    if (group !== undefined) this.group = group ?? undefined;
    else if (GROUP_KEYS.has(label.key)) {
      if (label.key === 'physical' && this.group?.key === 'requirements') this.outer = this.group;
      else this.outer = undefined;
      this.group = label;
    } else if (this.group?.key === 'physical' && !label.key.startsWith('physical.')) {
      // 生理要求 holds only the physical demands; the requirements around it continue.
      this.group = REQUIREMENT_KEYS.has(label.key) ? this.outer : undefined;
    } else if (!REQUIREMENT_KEYS.has(label.key) && !label.key.startsWith('physical.')) this.group = undefined;
    const under = group === undefined ? (this.group !== label ? this.group : undefined) : (group ?? undefined);
    this.entry = {
      label,
      ...(under ? { group: under } : {}),
      lines: lines.map((line) => line.trim()).filter((line) => line !== ''),
      where,
    };
    role.entries.push(this.entry);
  }

  /** Text under the current label, or under none. */
  text(line: string, where: string): void {
    if (line.trim() === '') return;
    if (this.entry === undefined) {
      const role = this.role ?? this.startRole(where);
      this.entry = { lines: [], where };
      role.entries.push(this.entry);
    }
    this.entry.lines.push(line.trim());
  }

  /** Ends the current entry: what follows is under no label until the next one. */
  close(): void {
    this.entry = undefined;
  }

  /** One line of text: a heading, `label：value`, a label alone, or more of the current value. */
  line(line: string, where: string): void {
    if (line.trim() === '') return;
    // Headings are short; testing only short lines keeps the lazy patterns linear on hostile input.
    const short = line.length <= 200;
    const heading = short ? HEADING.exec(line) : null;
    if (heading) return this.heading(heading[1]!.trim(), where, line.replace(/^\s*#+\s*/, '').trim());
    const markdown = short ? MARKDOWN_HEADING.exec(line) : null;
    if (markdown) {
      const text = markdown[1]!;
      return this.label(matchLabel(text) ?? sectionLabel(text), [], where);
    }
    const colon = LABEL_COLON.exec(line);
    const numbered = colon ? null : NUMBERED_LABEL.exec(line);
    // Without a colon only a long label counts: `五、岗位晋升` is no `岗位` followed by `晋升`.
    const match = colon ?? (numbered && [...numbered[1]!].length >= 4 ? numbered : null);
    const label = match ? matchLabel(match[1]!) : matchLabel(line);
    if (!label) {
      // `五、岗位晋升:…`: a numbered heading the importer does not know is a section of that name.
      const unknown = short ? UNKNOWN_SECTION.exec(line) : null;
      if (unknown) return this.label(sectionLabel(unknown[1]!), unknown[2] ? [unknown[2]] : [], where);
      return this.text(line, where);
    }
    const rest = match ? match[2]! : '';
    // `任职要求1. 学历要求:…`: the value is itself a numbered label.
    if (rest !== '' && LABEL_COLON.test(rest)) {
      this.label(label, [], where);
      return this.line(rest, where);
    }
    this.label(label, rest === '' ? [] : [rest], where);
  }

  private hasContent(): boolean {
    return this.role?.entries.some((entry) => entry.label?.key !== 'heading') ?? false;
  }

  private startRole(where: string): SourceRole {
    this.role = { file: this.file, where, entries: [] };
    this.roles.push(this.role);
    this.entry = undefined;
    this.group = undefined;
    this.hasTitle = false;
    return this.role;
  }
}
