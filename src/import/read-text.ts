import { RoleCollector } from './collect-roles.js';
import { LABEL_NAMES } from './labels.js';
import type { SourceRole } from './source-role.js';

const LABELS = LABEL_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Where a scrape ran a new numbered section into the line before: `…工作。二、岗位职责`. */
const INLINE_SECTION = new RegExp(String.raw`(?<=\S)(?=[一二三四五六七八九十]+、\s*(?:${LABELS}))`, 'gu');
/** Items a scrape ran together: `…建议;2. 负责…` splits before `2.`. */
const INLINE_ITEM = /(?<=[;；。])\s*(?=\d{1,2}[.、]\s*\S)/gu;
/** `客户服务中心主管岗位说明书一、岗位概述…`: a heading run into the first section. */
const HEADING_RUN_ON =
  /^(.{1,40}?(?:岗位|职位|职务)说明书(?:[(（][^)）]{0,20}[)）])?)(?=[一二三四五六七八九十]+、)(.*)$/u;

/**
 * Reads roles from plain text or Markdown (see `RoleCollector`): a `岗位名称：…` line, a
 * `…岗位说明书` heading or a second title starts a role. Scraped text whose line breaks were lost
 * (`…岗位说明书一、岗位概述…二、岗位职责1. …`) is cut apart again at section numbers that precede a
 * known label and at item numbers after a `；`. Linear in the text's length.
 */
export function readText(file: string, text: string): SourceRole[] {
  const collector = new RoleCollector(file);
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i === 0 ? raw.replace(/^\ufeff/, '') : raw;
    const run = HEADING_RUN_ON.exec(line);
    for (const piece of run ? [run[1]!, run[2]!] : [line])
      for (const section of piece.split(INLINE_SECTION))
        for (const part of section.split(INLINE_ITEM)) collector.line(part, `line ${i + 1}`);
  });
  return collector.roles;
}
