import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesOnlyInside } from '../../../test/changes-only-inside.js';
import { fixTextFull } from '../../../test/lint-text.js';
import { configSchema } from '../../config/config-schema.js';
import { checkFile } from '../../per-file/check-file.js';
import { createRoleSchema } from '../../schema/role-schema.js';
import { RULES } from '../../rules/registry.js';
import { validateDocument } from '../../validate/validate-document.js';
import type { Document } from '../../parse/document.js';
import { resolveRules } from '../resolve-rules.js';
import { fixOrganisation, MAX_PASSES } from './fix-organisation.js';
import { propertyRuns } from '../../../test/property-runs.js';

const DOCUMENT_RULES = RULES.filter((rule) => rule.kind === 'document');
const FRONT =
  '---\nid: test\ntitle: 测试岗位\ndepartment: center\njob_level: 专员\npurpose: 测试。\nstatus: draft\n---\n';

/** Pieces of scraped job descriptions that the fixable rules care about, and some that they must leave alone. */
const PIECES = [
  '负责',
  '客户',
  '服务',
  '测试',
  'Excel',
  'SQL',
  'v1.2',
  '3',
  '1,000',
  '9:00',
  ' ',
  '  ',
  ',',
  ';',
  ':',
  '.',
  '?',
  '!',
  '，',
  '。',
  '。。',
  '，，',
  '、、',
  '...',
  '。。。',
  '…',
  '……',
  '(',
  ')',
  '（',
  '）',
  '(临时)',
  '(a)',
  '\u200b',
  '\u200d',
  '⼀',
  '⼯',
  '⺀',
  '`a,b`',
  '<!-- x,y -->',
  'https://a.cn/x,y',
];
const LINE_STARTS = [
  '',
  '',
  '## ',
  '## 岗位职责',
  '## 职责任务：',
  '# ',
  '### ',
  '1、',
  '2、',
  '（1）',
  '一、',
  '- ',
  '- 1、',
  '1. ',
  '1.',
  '> ',
  '    ',
];

const line = fc
  .tuple(fc.constantFrom(...LINE_STARTS), fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }))
  .map(([start, pieces]) => start + pieces.join(''));
const documentText = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => `${FRONT}\n${lines.join(eol)}${eol}`.replace(/\n/g, eol));

/** Fixes one file as `roles lint --fix` does, parse and schema fixes (a full-width colon) included. */
function fixAll(text: string) {
  const config = configSchema.parse({});
  const resolver = resolveRules(DOCUMENT_RULES, config, '/project', '/project');
  const roleSchema = createRoleSchema(config.levels as [string, ...string[]]);
  const validate = (document: Document) => validateDocument(document, roleSchema);
  const today = '2026-06-30';
  const source = { kind: 'ok' as const, text, bom: false };
  const { document, entry } = checkFile('roles/test.md', '/project/roles/test.md', source, {
    validate,
    lint: { resolver, config, today },
  });
  const fixed = fixOrganisation({
    documents: [document],
    diagnostics: entry.diagnostics,
    lint: new Map([[document, entry.lint!]]),
    resolver,
    config,
    today,
    kinds: new Set(['document'] as const),
    validate,
  });
  return { text: fixed.documents[0]!.text, passes: fixed.changes[0]?.passes ?? [], passCount: fixed.passes };
}

describe('fixOrganisation', () => {
  it('repeats passes until nothing is fixable: overlapping fixes wait for the next pass', () => {
    const fixed = fixTextFull('## 职责任务\n\n负责服务(含测试,验收)。\n', DOCUMENT_RULES);
    expect(fixed.text).toBe('## 职责任务\n\n负责服务（含测试，验收）。\n');
    expect(fixed.passes).toBe(2);
  });

  it('never fixes a disabled problem', () => {
    const text =
      '<!-- roles-disable-next-line fullwidth-punctuation -- 原文如此 -->\n负责测试,验收。\n负责测试,验收。\n';
    expect(fixTextFull(text, DOCUMENT_RULES).text).toBe(
      '<!-- roles-disable-next-line fullwidth-punctuation -- 原文如此 -->\n负责测试,验收。\n负责测试，验收。\n',
    );
  });

  it('property: fixing twice changes nothing the second time, and each pass changes only what its fixes name', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const first = fixAll(text);
        let current = text;
        for (const applied of first.passes) {
          // Reconstruct each pass independently of applyFixes' own bookkeeping.
          const next = reconstruct(current, applied);
          expect(changesOnlyInside(current, next, applied)).toBe(true);
          current = next;
        }
        expect(current).toBe(first.text);
        expect(first.passCount).toBeLessThan(MAX_PASSES);
        // Line structure and endings are never touched.
        expect(first.text.split('\n').length).toBe(text.split('\n').length);
        expect(first.text.split('\r').length).toBe(text.split('\r').length);
        const second = fixAll(first.text);
        expect(second.passCount).toBe(0);
        expect(second.text).toBe(first.text);
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});

describe('rules on arbitrary input', () => {
  it('property: never throw, and fixing arbitrary text still converges', () => {
    const arbitrary = fc
      .tuple(
        fc.constantFrom('', FRONT, '---\n- a\n- b\n---\n', '---\nrequirements: 1\n---\n'),
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 12 }),
            fc.constantFrom(...PIECES, ...LINE_STARTS, '\n', '\r\n'),
          ),
          { maxLength: 30 },
        ),
      )
      .map(([front, parts]) => front + parts.join(''));
    fc.assert(
      fc.property(arbitrary, (text) => {
        const fixed = fixAll(text);
        expect(fixed.passCount).toBeLessThan(MAX_PASSES);
        expect(fixAll(fixed.text).passCount).toBe(0);
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});

function reconstruct(text: string, fixes: ReadonlyArray<{ range: [number, number]; text: string }>): string {
  let out = '';
  let from = 0;
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0])) {
    out += text.slice(from, fix.range[0]) + fix.text;
    from = fix.range[1];
  }
  return out + text.slice(from);
}
