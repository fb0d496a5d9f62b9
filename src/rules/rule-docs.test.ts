import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTextFull } from '../../test/lint-text.js';
import { RULES } from './registry.js';

const DOCS = path.join(import.meta.dirname, '..', '..', 'docs', 'rules');
const DOCUMENT_RULES = RULES.filter((rule) => rule.kind === 'document');
// ```md valid | ```md invalid, optionally followed by the rule's options as JSON.
const EXAMPLE = /^```md (valid|invalid)(?: (\{.*\}))?\n([\s\S]*?)^```$/gm;

/**
 * Every per-file rule has docs/rules/<id>.md, and the page's examples run: each ```md valid
 * block gets no diagnostic from the rule and each ```md invalid block at least one, linted
 * with every per-file rule at its defaults (so directive examples work) and ROLES_TODAY=2026-06-30.
 */
describe('rule docs', () => {
  it('has a page for every per-file rule and no page without a rule', () => {
    const pages = readdirSync(DOCS)
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.slice(0, -3));
    const graphIds = new Set(RULES.filter((rule) => rule.kind === 'graph').map((rule) => rule.id));
    expect(pages.filter((page) => !graphIds.has(page)).sort()).toEqual(DOCUMENT_RULES.map((rule) => rule.id).sort());
  });

  it('has a page for every graph rule, with the facts the registry states', () => {
    for (const rule of RULES.filter((candidate) => candidate.kind === 'graph')) {
      const page = readFileSync(path.join(DOCS, `${rule.id}.md`), 'utf8');
      expect(page.startsWith(`# \`${rule.id}\`\n`), rule.id).toBe(true);
      expect(page, rule.id).toContain(
        `Kind: graph · Default: \`${rule.defaultSeverity}\` · Fixable: ${rule.fixable ? 'yes' : 'no'}`,
      );
    }
  });

  it('has a Chinese section on every page: the description and every message in zh-CN, as the rule says them', () => {
    for (const rule of RULES) {
      const page = readFileSync(path.join(DOCS, `${rule.id}.md`), 'utf8');
      const start = page.indexOf('\n## 中文说明\n');
      expect(start, rule.id).toBeGreaterThan(0);
      const end = page.indexOf('\n## ', start + 1);
      const section = page.slice(start, end < 0 ? undefined : end);
      const description = rule.description['zh-CN'];
      expect(section, rule.id).toContain(`\n${description}${description.endsWith('。') ? '' : '。'}\n`);
      for (const [id, message] of Object.entries(rule.messages ?? {}))
        expect(section, `${rule.id}/${id}`).toContain(`\n- \`${id}\`：${message['zh-CN']}\n`);
    }
  });

  it("the linting page's rule table matches the registry", () => {
    const index = readFileSync(path.join(DOCS, '..', 'linting.md'), 'utf8');
    const rows = [...index.matchAll(/^\| \[`([a-z-]+)`\]\(rules\/\1\.md\) \| (error|warning|off) \| ?(yes¹?)? ?\|/gm)];
    expect(rows.map((row) => [row[1], row[2], row[3] !== undefined])).toEqual(
      DOCUMENT_RULES.map((rule) => [rule.id, rule.defaultSeverity, rule.fixable === true]),
    );
  });

  for (const rule of DOCUMENT_RULES) {
    const file = path.join(DOCS, `${rule.id}.md`);
    it(`${rule.id}: the page's examples hold`, () => {
      expect(existsSync(file)).toBe(true);
      const page = readFileSync(file, 'utf8');
      expect(page.startsWith(`# \`${rule.id}\`\n`)).toBe(true);
      // The facts line says what the registry says.
      expect(page).toContain(
        `Kind: ${rule.kind} · Default: \`${rule.defaultSeverity}\` · Fixable: ${rule.fixable ? 'yes' : 'no'}`,
      );
      const examples = [...page.matchAll(EXAMPLE)];
      expect(examples.some((example) => example[1] === 'valid')).toBe(true);
      expect(examples.some((example) => example[1] === 'invalid')).toBe(true);
      for (const [, verdict, options, text] of examples) {
        const others = DOCUMENT_RULES.filter((other) => other !== rule);
        const found = lintTextFull(text!, [rule, ...others], {
          options: options ? JSON.parse(options) : undefined,
        }).filter((d) => d.rule === rule.id);
        if (verdict === 'valid')
          expect(
            found.map((d) => `${d.line}:${d.column} ${d.message}`),
            text,
          ).toEqual([]);
        else expect(found.length, text).toBeGreaterThan(0);
      }
    });
  }
});
