import type { Message } from '../i18n/format-message.js';
import { z } from 'zod';
import type { Config } from '../config/config-schema.js';
import type { Document } from '../parse/document.js';
import { frontMatterStrings, type FrontMatterString } from '../parse/front-matter-strings.js';
import { canonicalSection, outline } from '../parse/sections.js';

/** Sections whose every item states a requirement on the candidate. */
export const REQUIREMENT_SECTIONS = [
  '任职资格',
  '任职要求',
  '任职条件',
  '岗位要求',
  '招聘要求',
  '其他要求',
  '综合素质',
];

/** The options both compliance rules take. */
export const requirementRuleOptions = z.strictObject({
  /** Body sections whose every item is a requirement (matched in the canonical name or the title). */
  sections: z.array(z.string().min(1)).default(REQUIREMENT_SECTIONS),
});
export type RequirementRuleOptions = z.infer<typeof requirementRuleOptions>;

/** A piece of body text that states a requirement: offsets in `document.text`, hand number excluded. */
export interface RequirementText {
  start: number;
  end: number;
}

/**
 * The body items that state requirements: every item of a requirement section (by canonical
 * name or title), and anywhere else each list item or numbered line that mentions 要求.
 */
export function requirementItems(
  document: Document,
  config: Config,
  sectionNames: readonly string[],
): RequirementText[] {
  const found: RequirementText[] = [];
  for (const section of outline(document)?.sections ?? []) {
    const name = canonicalSection(config, section.title) ?? section.title;
    const wholeSection = sectionNames.some((wanted) => name.includes(wanted) || section.title.includes(wanted));
    for (const item of section.items) {
      const start = item.start + (item.number?.lengthWithSpace ?? 0);
      if (wholeSection || ((item.listItem || item.number) && document.text.slice(start, item.end).includes('要求')))
        found.push({ start, end: item.end });
    }
  }
  return found;
}

/**
 * The body's convention for a justified requirement: a clause in the same item that starts with
 * 因, 因为 or 由于, such as `身高170cm以上（因需攀爬通信铁塔）` or `声音清晰，因需长时间接听热线`.
 */
export function hasJustification(text: string): boolean {
  return /(?:^|[（(，,；;：:\s])(?:因为|因|由于)[^\s）)，,。]/.test(text);
}

/** A physical demand of the front matter as written, schema-valid or not. */
export interface Demand {
  field: string;
  requirement?: FrontMatterString;
  justified: boolean;
}

/** The demands under `requirements.physical`, read from the raw front matter. */
export function physicalDemands(document: Document): Demand[] {
  const byField = new Map<string, Demand>();
  for (const entry of frontMatterStrings(document)) {
    const [requirements, physical, field, key] = entry.path;
    if (
      requirements !== 'requirements' ||
      physical !== 'physical' ||
      typeof field !== 'string' ||
      entry.path.length !== 4
    )
      continue;
    const demand = byField.get(field) ?? { field, justified: false };
    if (key === 'requirement') demand.requirement = entry;
    if (key === 'justification' && entry.value.trim() !== '') demand.justified = true;
    byField.set(field, demand);
  }
  return [...byField.values()];
}

/** Strings under `requirements` other than the physical demands, which are judged field by field. */
export function otherRequirementStrings(document: Document): FrontMatterString[] {
  return frontMatterStrings(document).filter(
    (entry) => entry.path[0] === 'requirements' && entry.path[1] !== 'physical',
  );
}

/** Whether a match is waived: `不限`, `均可` or `无要求` in it or just after it in its clause, or `不限` just before. */
export function isWaived(text: string, start: number, end: number): boolean {
  const after = /^[^，,。；;\n]{0,8}/.exec(text.slice(end, end + 8))![0];
  const before = text.slice(Math.max(0, start - 3), start);
  return /不限|均可|无要求|不作要求|无特殊要求/.test(text.slice(start, end) + after) || /不限|无论/.test(before);
}

/** Requirement values that mean "no requirement". */
export function isNoRequirement(value: string): boolean {
  return /^(?:不限|无|无要求|无特殊要求|男女不限|不作要求)$/.test(value.trim());
}

/** A kind of requirement the law restricts, how to spot it, and the law to cite. */
export interface RequirementCategory {
  /** What is required, in a phrase, in every language: `gender`, `age-cap`. */
  label: Message;
  /** Global, with bounded quantifiers only. */
  pattern: RegExp;
  /** The law it breaks, cited in every language. */
  law: Message;
}

/** The first unwaived match of each category in a text, in category order. */
export function findRequirements(
  text: string,
  categories: readonly RequirementCategory[],
): Array<{ category: RequirementCategory; index: number; text: string }> {
  const found: Array<{ category: RequirementCategory; index: number; text: string }> = [];
  for (const category of categories) {
    for (const match of text.matchAll(category.pattern)) {
      if (isWaived(text, match.index, match.index + match[0].length)) continue;
      found.push({ category, index: match.index, text: match[0] });
      break;
    }
  }
  return found;
}
