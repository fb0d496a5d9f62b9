import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { resetWorkCounts, workCounts } from '../src/work-counts.js';
import { tempDir } from './temp-dir.js';

const ROLE = (id: string, title: string) => `---
id: ${id}
title: ${title}
department: service
job_level: 专员
purpose: 解答客户疑问。
status: approved
---

## 职责任务

1. 解答客户疑问XXXX。
`;

function project(): string {
  const dir = tempDir('roles-cache-');
  writeFileSync(path.join(dir, 'roles.config.yaml'), 'roles: [.]\nrules: { single-root: off }\n');
  writeFileSync(
    path.join(dir, 'service.md'),
    '---\nkind: department\nid: service\nname: 客户服务中心\nstatus: approved\n---\n\n## 部门职责\n\n1. 服务客户。\n',
  );
  writeFileSync(path.join(dir, 'support.md'), ROLE('support', '客户支持'));
  return dir;
}

const SECRET = 'the key of this machine, kept outside the repository';
const check = (dir: string, ...args: string[]) =>
  runCli(['check', '--cache', '--format', 'json', ...args], dir, {
    ROLES_TODAY: '2026-11-29',
    ROLES_CACHE_SECRET: SECRET,
  });

/** A cache file's parts: the index (line 2), the facts (line 4) and the links (line 6), each after its signature line. */
const readParts = (file: string) => {
  const lines = readFileSync(file, 'utf8').split('\n');
  return { index: JSON.parse(lines[1]!), facts: JSON.parse(lines[3]!), links: JSON.parse(lines[5]!) };
};
const mac = (secret: string, ...parts: string[]) => {
  const hmac = createHmac('sha256', secret);
  for (const part of parts) hmac.update(part);
  return hmac.digest('hex');
};
/**
 * Writes a cache signed with a key, as roles does: the index's signature and length, the index,
 * then the facts and the links, each signed over the index's signature and itself.
 */
const writeSigned = (file: string, parts: { index: unknown; facts: unknown; links?: unknown }, secret: string) => {
  const index = JSON.stringify(parts.index);
  const facts = JSON.stringify(parts.facts);
  const links = JSON.stringify(parts.links ?? {});
  const indexMac = mac(secret, index);
  writeFileSync(
    file,
    `${indexMac} ${Buffer.byteLength(index)}\n${index}\n${mac(secret, indexMac, facts)} ${Buffer.byteLength(facts)}\n${facts}\n${mac(secret, indexMac, links)}\n${links}\n`,
  );
};

describe('--cache', () => {
  it('gives the same output cold, warm and without a cache, and writes .rolescache', async () => {
    const dir = project();
    const plain = await runCli(['check', '--format', 'json'], dir, { ROLES_TODAY: '2026-11-29' });
    const cold = await check(dir);
    expect(existsSync(path.join(dir, '.rolescache'))).toBe(true);
    const warm = await check(dir);
    expect(JSON.parse(plain.stdout).diagnostics.length).toBeGreaterThan(0);
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
  });

  it('reuses a stored result while the content is unchanged, and drops it when it changes', async () => {
    const dir = project();
    await check(dir);
    const cacheFile = path.join(dir, '.rolescache');
    const cache = readParts(cacheFile);
    // Change the stored findings, signed with this machine's key: only a cache that is really read can print this.
    cache.facts['support.md'].lint[0].message = 'from the cache';
    // Without the organisation stage's stored result, the per-file results are put together again.
    delete cache.index.organisation;
    writeSigned(cacheFile, cache, SECRET);
    expect((await check(dir)).stdout).toContain('from the cache');
    writeFileSync(path.join(dir, 'support.md'), ROLE('support', '客户支持专员'));
    expect((await check(dir)).stdout).not.toContain('from the cache');
  });

  it('reuses the organisation stage while no file changed, and runs it again when one does', async () => {
    const dir = project();
    await check(dir);
    const cacheFile = path.join(dir, '.rolescache');
    const cache = readParts(cacheFile);
    cache.index.organisation.diagnostics[0].message = 'from the cache';
    writeSigned(cacheFile, cache, SECRET);
    expect((await check(dir)).stdout).toContain('from the cache');
    // Another file changes: a reference into it could have broken, so everything is judged again.
    writeFileSync(
      path.join(dir, 'service.md'),
      readFileSync(path.join(dir, 'service.md'), 'utf8') + '\n2. 回访客户。\n',
    );
    expect((await check(dir)).stdout).not.toContain('from the cache');
  });

  it('does no per-file work on a warm run: no worker, no parse, no YAML tree, no line index', async () => {
    const dir = project();
    // A graph finding (level-order, with a related location), a broken reference and a directive.
    writeFileSync(
      path.join(dir, 'lead.md'),
      ROLE('lead', '主管').replace('job_level: 专员', 'job_level: 助理\nreports_to: nobody'),
    );
    writeFileSync(
      path.join(dir, 'support.md'),
      ROLE('support', '客户支持')
        .replace('status: approved', 'reports_to: lead\nstatus: approved')
        .replace('## 职责任务', '<!-- roles-disable-next-line placeholder -- 待补 -->\n## 职责任务'),
    );
    resetWorkCounts();
    const cold = await check(dir, '--format', 'stylish');
    expect(cold.stdout).toContain('level-order');
    expect(cold.stdout).toContain('reference-exists');
    // Findings are cheap: their positions are read off the YAML text, not the careful parser's tree.
    expect(workCounts).toMatchObject({ fileParses: 3, carefulYaml: 0 });
    resetWorkCounts();
    const warm = await check(dir, '--format', 'stylish');
    expect(warm).toEqual(cold);
    expect(workCounts).toEqual({ fileParses: 0, carefulYaml: 0, lineIndexes: 0, workers: 0 });
  });

  it('still runs the graph rules when no file changed', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'lead.md'),
      ROLE('lead', '主管').replace('job_level: 专员', 'job_level: 主管\nreports_to: nobody'),
    );
    await check(dir);
    const warm = JSON.parse((await check(dir)).stdout);
    expect(warm.diagnostics.some((d: { rule: string }) => d.rule === 'reference-exists')).toBe(true);
  });

  it.each([
    ['garbage', 'not json at all {'],
    ['another tool', JSON.stringify({ tool: 'eslint', files: {} })],
    [
      'another version or config',
      JSON.stringify({ tool: 'roles', key: 'something else', files: { 'support.md': { hash: 'x', diagnostics: [] } } }),
    ],
    ['a broken entry', JSON.stringify({ tool: 'roles', key: 'k', files: { 'support.md': { hash: 1 } } })],
  ])('ignores and rebuilds a cache file holding %s', async (_name, content) => {
    const dir = project();
    const expected = await runCli(['check', '--format', 'json'], dir, { ROLES_TODAY: '2026-11-29' });
    writeFileSync(path.join(dir, '.rolescache'), content);
    expect(await check(dir)).toEqual(expected);
    expect(readParts(path.join(dir, '.rolescache')).index.tool).toBe('roles');
  });

  it.each([
    ['signed with another key (committed from another machine, or crafted)', 'a key the attacker chose'],
    ['unsigned (hand-written, or from an older roles)', undefined],
  ])('never lets a cache %s hide a diagnostic', async (_name, otherKey) => {
    const dir = project();
    await check(dir);
    const cacheFile = path.join(dir, '.rolescache');
    const cache = readParts(cacheFile);
    // The attack: the broken file's entry says it has no findings.
    cache.facts['support.md'].lint = [];
    cache.index.files['support.md'].diagnostics = [];
    delete cache.index.organisation;
    if (otherKey) writeSigned(cacheFile, cache, otherKey);
    else writeFileSync(cacheFile, `${JSON.stringify(cache.index)}\n${JSON.stringify(cache.facts)}\n`);
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('placeholder');
  });

  it('never takes the facts part from another cache, even one signed with this key', async () => {
    const dir = project();
    await check(dir);
    const cacheFile = path.join(dir, '.rolescache');
    const cache = readParts(cacheFile);
    cache.facts['support.md'].lint = [];
    // Facts signed with this machine's key, but for another index than the one beside them.
    const index = JSON.stringify(cache.index);
    const facts = JSON.stringify(cache.facts);
    writeFileSync(
      cacheFile,
      `${mac(SECRET, index)} ${Buffer.byteLength(index)}\n${index}\n${mac(SECRET, 'another index', facts)} ${Buffer.byteLength(facts)}\n${facts}\n`,
    );
    // A file changed: the organisation stage runs again and needs the other files' facts.
    writeFileSync(
      path.join(dir, 'service.md'),
      readFileSync(path.join(dir, 'service.md'), 'utf8') + '\n2. 回访客户。\n',
    );
    const expected = await runCli(['check', '--format', 'json'], dir, { ROLES_TODAY: '2026-11-29' });
    const result = await check(dir);
    expect(result).toEqual(expected);
    expect(result.stdout).toContain('placeholder');
  });

  it('reads only the index when no file changed, and the facts part as well when one did', async () => {
    const dir = project();
    const expected = await runCli(['check', '--format', 'json'], dir, { ROLES_TODAY: '2026-11-29' });
    await check(dir);
    const cacheFile = path.join(dir, '.rolescache');
    // Whatever follows the index is unreadable now: a run with nothing changed must not need it.
    const [head, index] = readFileSync(cacheFile, 'utf8').split('\n');
    writeFileSync(cacheFile, `${head}\n${index}\nnot a signature\n{`);
    resetWorkCounts();
    expect(await check(dir)).toEqual(expected);
    expect(workCounts.fileParses).toBe(0);
    // One file changed: the facts part is needed and does not verify, so every file is checked again.
    writeFileSync(
      path.join(dir, 'service.md'),
      readFileSync(path.join(dir, 'service.md'), 'utf8') + '\n2. 回访客户。\n',
    );
    const changed = await runCli(['check', '--format', 'json'], dir, { ROLES_TODAY: '2026-11-29' });
    resetWorkCounts();
    expect(await check(dir)).toEqual(changed);
    expect(workCounts.fileParses).toBe(2);
  });

  it('says in one line when the cache cannot be written, and still reports', async () => {
    const dir = project();
    mkdirSync(path.join(dir, 'cache-dir'));
    const result = await check(dir, '--cache-location', 'cache-dir');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('placeholder');
    expect(result.stderr).toMatch(
      /^roles: Cannot write the cache `[^`]*cache-dir`: E[A-Z]+: results were not cached\n$/,
    );
  });

  it('keeps its file where --cache-location says', async () => {
    const dir = project();
    await check(dir, '--cache-location', 'build/roles-cache.json');
    expect(existsSync(path.join(dir, 'build', 'roles-cache.json'))).toBe(true);
    expect(existsSync(path.join(dir, '.rolescache'))).toBe(false);
  });
});
