import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, project } from '../../test/check-files.js';
import { lintTextFull } from '../../test/lint-text.js';
import { loadConfig } from '../config/load-config.js';
import { docsUrl } from '../docs-url.js';
import { run } from '../run.js';
import { describeRules } from './describe-rules.js';
import type { Rule } from './rule.js';
import { RULES } from './registry.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const DOCS = path.join(ROOT, 'docs', 'rules');
const DOCUMENT_RULES = RULES.filter((rule) => rule.kind === 'document');
/** The modules of src/rules/ that hold no rule: the rule API, the registry and their helpers. */
const NOT_RULES = new Set(['rule.ts', 'registry.ts', 'describe-rules.ts', 'requirement-items.ts', 'mistyped-key.ts']);
const TODAY = '2026-06-30';

/** A fenced block of a page: its info string (`md invalid {"style":"x"}`) and its text. */
interface Block {
  info: string;
  text: string;
  /** The paragraph just above it, which names the fixture a quoted output comes from. */
  before: string;
}

function blocks(page: string): Block[] {
  return [...page.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    info: match[1]!.trim(),
    text: match[2]!,
    before: page.slice(Math.max(0, match.index - 300), match.index),
  }));
}

/** The rule switched on at its default severity (`warning` when it is off by default), with the example's options. */
function ruleSetting(rule: Rule, options: string | undefined): unknown {
  const severity = rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity;
  return options ? [severity, JSON.parse(options)] : severity;
}

/**
 * What an example makes the rule report, as its page writes it: `line:column  message` for a
 * ```md example (one file, linted with every per-file rule at its defaults so directive examples
 * work), `file:line:column  message` for a ```yaml roles example (one front matter per file,
 * separated by `---`, the keys it leaves out filled in by `project`).
 */
function reported(rule: Rule, block: Block): string[] {
  const [, kind, , options] = /^(md|yaml roles) (valid|invalid)(?: (\{.*\}))?$/.exec(block.info)!;
  if (kind === 'md') {
    const others = DOCUMENT_RULES.filter((other) => other !== rule);
    return lintTextFull(block.text, [rule, ...others], {
      options: options ? JSON.parse(options) : undefined,
      today: TODAY,
    })
      .filter((d) => d.rule === rule.id)
      .map((d) => `${d.line}:${d.column}  ${d.message}`);
  }
  const files = project(...block.text.split(/^---\n/m));
  const config = { rules: { [rule.id]: ruleSetting(rule, options) } };
  return checkFiles(files, { rule: rule.id, config: config as never }).map((line) =>
    line.replace(new RegExp(`^(\\S+) ${rule.id} `), '$1  '),
  );
}

const fixtureOutputs = new Map<string, Set<string>>();

/** `roles check` over a test fixture, once per fixture, as the text lines the pages quote. */
function fixtureOutput(name: string): Set<string> {
  let lines = fixtureOutputs.get(name);
  if (!lines) {
    const cwd = path.join(ROOT, 'test', 'fixtures', name);
    const kinds = new Set(['document', 'graph'] as const);
    const { diagnostics } = run({ cwd, targets: [], loaded: loadConfig(cwd), kinds, today: TODAY });
    lines = new Set(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}  ${d.rule}  ${d.message}`));
    fixtureOutputs.set(name, lines);
  }
  return lines;
}

describe('rule docs', () => {
  it('every rule file holds one rule, named after the file, registered, with a page and its web address', async () => {
    const files = readdirSync(import.meta.dirname).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !NOT_RULES.has(file),
    );
    const found: Rule[] = [];
    for (const file of files) {
      const module = (await import(path.join(import.meta.dirname, file))) as Record<string, unknown>;
      const rules = Object.values(module).filter(
        (value): value is Rule =>
          typeof value === 'object' && value !== null && 'id' in value && 'kind' in value && 'check' in value,
      );
      expect(
        rules.map((rule) => rule.id),
        file,
      ).toEqual([file.slice(0, -3)]);
      found.push(rules[0]!);
    }
    // The registry holds these very objects (the engine compares rules by identity), no more, no fewer.
    expect(new Set(RULES)).toEqual(new Set(found));
    expect(RULES).toHaveLength(found.length);
    const described = new Map(describeRules().map((descriptor) => [descriptor.id, descriptor]));
    for (const rule of RULES) {
      expect(existsSync(path.join(DOCS, `${rule.id}.md`)), rule.id).toBe(true);
      expect(described.get(rule.id)?.url, rule.id).toBe(docsUrl(`rules/${rule.id}.md`));
      expect(described.get(rule.id)?.url, rule.id).toMatch(new RegExp(`/docs/rules/${rule.id}[.]md$`));
    }
  });

  it('has no page without a rule', () => {
    const pages = readdirSync(DOCS)
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.slice(0, -3));
    expect(pages.sort()).toEqual(RULES.map((rule) => rule.id).sort());
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

  for (const rule of RULES) {
    it(`${rule.id}: the page states the registry's facts, and its examples report exactly what they say`, () => {
      const page = readFileSync(path.join(DOCS, `${rule.id}.md`), 'utf8');
      expect(page.startsWith(`# \`${rule.id}\`\n`)).toBe(true);
      expect(page).toContain(
        `Kind: ${rule.kind} · Default: \`${rule.defaultSeverity}\` · Fixable: ${rule.fixable ? 'yes' : 'no'}`,
      );
      const all = blocks(page);
      const examples = all.filter((block) => /^(md|yaml roles) (valid|invalid)\b/.test(block.info));
      const quoted = all.filter((block) => block.info === 'text' && /test\/fixtures\/[a-z-]+/.test(block.before));
      // Every page shows the rule reporting something, with its exact position and message.
      expect(examples.some((block) => block.info.includes(' invalid')) || quoted.length > 0).toBe(true);
      if (rule.kind === 'document') {
        expect(examples.some((block) => block.info.startsWith('md valid'))).toBe(true);
        expect(examples.some((block) => block.info.startsWith('md invalid'))).toBe(true);
      }
      all.forEach((block, i) => {
        if (!examples.includes(block)) return;
        const found = reported(rule, block);
        if (block.info.includes(' valid')) {
          expect(found, block.text).toEqual([]);
          return;
        }
        const expected = all[i + 1];
        expect(expected?.info, `the output after ${block.text}`).toBe('text');
        expect(found, block.text).toEqual(expected!.text.split('\n').filter((line) => line !== ''));
      });
      for (const block of quoted) {
        const fixture = [...block.before.matchAll(/test\/fixtures\/([a-z-]+)/g)].at(-1)![1]!;
        const output = fixtureOutput(fixture);
        for (const line of block.text.split('\n').filter((text) => text !== ''))
          expect(output.has(line), `${line}\nin roles check of ${fixture}`).toBe(true);
      }
    });
  }
});
