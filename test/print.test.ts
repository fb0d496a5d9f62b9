import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../src/print/open-browser.js';
import { openDocument, printPdf } from '../src/print/print-pdf.js';
import { tIn } from '../src/i18n/t.js';
import { renderSvg } from '../src/report/render/svg.js';
import type { Chart } from '../src/report/report.js';
import { decodePng } from './decode-png.js';
import { renderPdfPages, type PdfPage } from './pdf-pages.js';
import { runCli } from './run-cli.js';

const ROOT = path.join(import.meta.dirname, '..');
const ROLE = 'customer-service-center-supervisor';
/** The labels of the form as printed under zh-CN. */
const LABELS = Object.fromEntries(
  (
    [
      'title',
      'id',
      'department',
      'superior',
      'subordinates',
      'headcount',
      'purpose',
      'duties',
      'authority',
      'assessment',
      'requirements',
      'physical',
      'coreSkills',
      'careerPath',
      'workEnvironment',
      'analysisDate',
      'approval',
      'handbook',
      'contents',
      'orgChart',
      'kind',
    ] as const
  ).map((name) => [name, tIn('zh-CN', `form.${name}`)]),
) as Record<
  | 'title'
  | 'id'
  | 'department'
  | 'superior'
  | 'subordinates'
  | 'headcount'
  | 'purpose'
  | 'duties'
  | 'authority'
  | 'assessment'
  | 'requirements'
  | 'physical'
  | 'coreSkills'
  | 'careerPath'
  | 'workEnvironment'
  | 'analysisDate'
  | 'approval'
  | 'handbook'
  | 'contents'
  | 'orgChart'
  | 'kind',
  string
>;
/** The labels every form has, as the issue lists them. */
const FORM_FIELDS = [
  LABELS.title,
  LABELS.id,
  LABELS.department,
  LABELS.superior,
  LABELS.subordinates,
  LABELS.headcount,
  LABELS.purpose,
  LABELS.duties,
  LABELS.authority,
  LABELS.assessment,
  LABELS.requirements,
  LABELS.physical,
  LABELS.coreSkills,
  LABELS.careerPath,
  LABELS.workEnvironment,
  LABELS.analysisDate,
  LABELS.approval,
];
/** Where `ROLES_SHOTS=folder` saves what the reader would see, for the README's pictures. */
const SHOTS = process.env.ROLES_SHOTS;

/** Elements whose text does not fit their box: wider than the box, or (SVG) outside its rectangle. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('td, th, h1, h2, h3, li, p')) {
      const box = element as HTMLElement;
      if (box.scrollWidth > box.clientWidth + 1) found.push(`${box.tagName}: ${box.textContent?.slice(0, 40)}`);
    }
    for (const node of document.querySelectorAll('svg g.node')) {
      const rect = node.querySelector('rect')!.getBBox();
      for (const text of node.querySelectorAll('text')) {
        const box = text.getBBox();
        if (
          box.x < rect.x ||
          box.x + box.width > rect.x + rect.width ||
          box.y < rect.y ||
          box.y + box.height > rect.y + rect.height
        )
          found.push(`svg: ${text.textContent}`);
      }
    }
    return found;
  });
}

/** A page's text as lines: runs on one baseline joined left to right (pdf.js splits runs at font subsets). */
function pageLines(page: PdfPage): string[] {
  const runs = [...page.texts].sort((a, b) => a.y + a.height - (b.y + b.height) || a.x - b.x);
  const lines: Array<{ base: number; runs: typeof runs }> = [];
  for (const run of runs) {
    const base = run.y + run.height;
    const line = lines.find((entry) => Math.abs(entry.base - base) < run.height / 2);
    if (line) line.runs.push(run);
    else lines.push({ base, runs: [run] });
  }
  return lines.map((line) =>
    line.runs
      .sort((a, b) => a.x - b.x)
      .map((run) => run.text)
      .join(''),
  );
}

function overlapping(
  boxes: ReadonlyArray<{ x: number; y: number; width: number; height: number; id: string }>,
): string[] {
  const found: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id} × ${b.id}`);
    }
  return found;
}

describe('documents people print, looked at as a reader would', () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roles-print-test-'));
  beforeAll(async () => {
    browser = await openBrowser(process.env);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `roles report <args> --format pdf` in zh-CN, read back; only the first `pictures` pages are drawn. */
  async function pdfOf(args: string[], pictures: number): Promise<{ bytes: Uint8Array; pages: PdfPage[] }> {
    const file = path.join(dir, `${args.join('-')}.pdf`);
    const result = await runCli(['--lang', 'zh-CN', 'report', ...args, '--format', 'pdf', '-o', file], ROOT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const bytes = readFileSync(file);
    return { bytes, pages: await renderPdfPages(browser, bytes, { pictures }) };
  }

  /** How many forms the handbook holds (one per role), from its JSON. */
  let handbookForms: number | undefined;
  async function formsInHandbook(): Promise<number> {
    return (handbookForms ??= JSON.parse((await runCli(['report', 'handbook', '--format', 'json'], ROOT)).stdout).forms
      .length as number);
  }

  /**
   * Pages that hold a lone row: one row of the form (one label in the label column, after the
   * repeated title) and little else. A single row too tall for any page may fill one on its own.
   */
  function loneRows(pages: readonly PdfPage[]): number[] {
    return pages.flatMap((page, i) => {
      const body = page.texts.filter((text) => text.y > page.height * 0.07 && text.y < page.height * 0.95);
      const labels = new Set(body.filter((text) => text.x < page.width * 0.19).map((text) => Math.round(text.y / 4)));
      const bottom = Math.max(0, ...body.map((text) => text.y + text.height));
      return labels.size <= 1 && bottom < page.height * 0.5 ? [i + 1] : [];
    });
  }

  it('prints the card as an A4 form with every field, Chinese in the embedded font, no lone row', async () => {
    const { pages } = await pdfOf(['card', ROLE], SHOTS ? 1 : 0);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) expect(page.height / page.width).toBeCloseTo(297 / 210, 2);
    const text = pages.flatMap(pageLines).join('\n');
    for (const label of FORM_FIELDS) expect(text, label).toContain(label);
    expect(loneRows(pages)).toEqual([]);
    // The role's title heads every page.
    for (const page of pages) expect(pageLines(page)[0]).toContain('客户服务中心主管');
    // Chinese glyphs come from the bundled Noto Sans SC, embedded in the file.
    const chinese = pages.flatMap((page) => page.texts).filter((text) => /[\u4e00-\u9fff]/.test(text.text));
    expect(chinese.length).toBeGreaterThan(20);
    expect(chinese.every((text) => text.font.includes('NotoSansSC'))).toBe(true);
    // Nothing runs off the page.
    for (const page of pages)
      for (const text of page.texts) expect(text.x + text.width, text.text).toBeLessThanOrEqual(page.width);
    if (SHOTS) writeFileSync(path.join(SHOTS, 'card-pdf.png'), pages[0]!.png);
  });

  it('shows tofu, not Chinese, when the font is left out (so the test above can tell)', async () => {
    const html = (await runCli(['--lang', 'zh-CN', 'report', 'card', ROLE, '--format', 'html'], ROOT)).stdout;
    const [withFont] = await renderPdfPages(browser, await printPdf(browser, html), { pictures: 1 });
    const [without] = await renderPdfPages(browser, await printPdf(browser, html, { withoutFont: true }), {
      pictures: 1,
    });
    const fonts = (page: PdfPage) => page.texts.filter((text) => /[\u4e00-\u9fff]/.test(text.text)).map((t) => t.font);
    expect(fonts(withFont!).every((font) => font.includes('NotoSansSC'))).toBe(true);
    expect(fonts(without!).some((font) => font.includes('NotoSansSC'))).toBe(false);
    const a = decodePng(withFont!.png);
    const b = decodePng(without!.png);
    let differing = 0;
    for (let i = 0; i < Math.min(a.grey.length, b.grey.length); i++)
      if (Math.abs(a.grey[i]! - b.grey[i]!) > 64) differing++;
    expect(differing / a.grey.length).toBeGreaterThan(0.005);
  });

  it('prints the handbook: cover, contents, landscape org chart, departments and forms, numbered pages', async () => {
    const { pages } = await pdfOf(['handbook'], SHOTS ? Infinity : 0);
    const text = (page: PdfPage) => pageLines(page).join('\n');
    expect(text(pages[0]!)).toContain(LABELS.handbook);
    expect(text(pages[1]!)).toContain(LABELS.contents);
    const chart = pages.findIndex((page) => text(page).includes(LABELS.orgChart) && page.width > page.height);
    expect(chart, 'a landscape page with the org chart').toBeGreaterThan(1);
    pages.forEach((page, i) => expect(text(page)).toContain(`${i + 1} / ${pages.length}`));
    const forms = pages.filter((page) => pageLines(page)[0]?.endsWith(LABELS.kind));
    const roles = await formsInHandbook();
    expect(roles).toBeGreaterThan(10);
    // Every role's form starts a page.
    expect(
      pages.filter((page) => pageLines(page)[0]?.endsWith(LABELS.kind) && text(page).includes(LABELS.id)).length,
    ).toBeGreaterThanOrEqual(roles);
    expect(loneRows(forms)).toEqual([]);
    if (SHOTS) writeFileSync(path.join(SHOTS, 'handbook-chart.png'), pages[chart]!.png);
  });

  it('screenshots every HTML view: not blank, no text overflowing its box', async () => {
    const views = [
      ['summary'],
      ['tree'],
      ['role', ROLE],
      ['skills'],
      ['requirements'],
      ['careers'],
      ['compliance'],
      ['card', ROLE],
      ['handbook'],
    ];
    for (const view of views) {
      const result = await runCli(['--lang', 'zh-CN', 'report', ...view, '--format', 'html'], ROOT);
      expect(result.code).toBe(0);
      const page = await openDocument(browser, result.stdout);
      try {
        await page.setViewport({ width: 1100, height: 900 });
        const image = decodePng(Buffer.from(await page.screenshot({ type: 'png' })));
        const ink = image.grey.filter((level) => level < 160).length / image.grey.length;
        expect(ink, view[0]).toBeGreaterThan(0.003);
        expect(await overflows(page), view[0]).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('writes the card and handbook as Word documents whose tables hold every field', async () => {
    for (const args of [['card', ROLE], ['handbook']]) {
      const file = path.join(dir, `${args[0]}.docx`);
      const result = await runCli(['--lang', 'zh-CN', 'report', ...args, '--format', 'docx', '-o', file], ROOT);
      expect(result.code).toBe(0);
      const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
      const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
        [...cell[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(''),
      );
      expect(xml).toContain('<w:tbl>');
      for (const label of FORM_FIELDS) expect(cells, label).toContain(label);
      // Values as names: the department's name and the subordinates' titles, not ids.
      expect(cells).toContain('客户服务中心');
      expect(cells.some((cell) => cell.startsWith('客户服务专员、客户支持'))).toBe(true);
      expect(xml).toContain('<w:tblHeader/>');
      expect(xml).toContain('<w:cantSplit/>');
      if (args[0] === 'handbook') {
        const roles = await formsInHandbook();
        expect(cells.filter((cell) => cell === LABELS.title)).toHaveLength(roles);
      }
    }
  });

  it('draws the tree as an SVG that parses, names every role, and has no overlapping boxes', async () => {
    const result = await runCli(['--lang', 'zh-CN', 'report', 'tree', '--format', 'svg'], ROOT);
    expect(result.code).toBe(0);
    const titles = JSON.parse(
      (await runCli(['--lang', 'zh-CN', 'report', 'tree', '--format', 'json'], ROOT)).stdout,
    ).roles.map((role: { title: string }) => role.title);
    // Opened like a printed page, with the bundled font, as a reader's browser would show it.
    const page = await openDocument(
      browser,
      `<!doctype html><meta charset="utf-8"><body style="margin:0">${result.stdout}</body>`,
    );
    try {
      const found = await page.evaluate((svg: string) => {
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return {
          error: parsed.querySelector('parsererror')?.textContent ?? null,
          boxes: [...document.querySelectorAll('svg g.node')].map((node) => {
            const box = node.querySelector('rect')!.getBBox();
            return { id: node.getAttribute('data-id')!, x: box.x, y: box.y, width: box.width, height: box.height };
          }),
          titles: [...document.querySelectorAll('svg g.node title')].map((title) => title.textContent ?? ''),
        };
      }, result.stdout);
      expect(found.error).toBeNull();
      for (const title of titles)
        expect(
          found.titles.some((text: string) => text.startsWith(title)),
          title,
        ).toBe(true);
      expect(overlapping(found.boxes)).toEqual([]);
      expect(await overflows(page)).toEqual([]);
      if (SHOTS)
        writeFileSync(path.join(SHOTS, 'tree-svg.png'), await page.screenshot({ type: 'png', fullPage: true }));
    } finally {
      await page.close();
    }
  });

  it('fits 100 roles with wide levels on A4 landscape without overlaps', async () => {
    // A director, 6 managers, each with 3 supervisors and 12 staff: wide levels to fold.
    const nodes: Chart['nodes'] = [{ id: 'd', lines: ['总经理', '经理'], group: '总部' }];
    const edges: Chart['edges'] = [];
    for (let m = 0; m < 6; m++) {
      nodes.push({ id: `m${m}`, lines: [`第${m + 1}部门经理`, '经理'], group: `部门${m + 1}` });
      edges.push({ from: 'd', to: `m${m}` });
      for (let s = 0; s < 3; s++) {
        nodes.push({ id: `m${m}s${s}`, lines: [`业务主管${m}${s}`, '主管'], group: `部门${m + 1}` });
        edges.push({ from: `m${m}`, to: `m${m}s${s}` });
      }
      for (let s = 0; s < 12; s++) {
        nodes.push({ id: `m${m}p${s}`, lines: [`客户服务专员${s}`, '专员'], group: `部门${m + 1}` });
        edges.push({ from: `m${m}s${s % 3}`, to: `m${m}p${s}` });
      }
    }
    expect(nodes.length).toBeGreaterThanOrEqual(97);
    const svg = renderSvg({ direction: 'TD', nodes, edges });
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number) as [number, number, number];
    // Scaled to A4 landscape's printable 277 × 190 mm, the 12 px titles stay at least 5 pt high.
    const scale = Math.min(((277 / 25.4) * 72) / width, ((190 / 25.4) * 72) / height);
    expect(12 * scale).toBeGreaterThanOrEqual(5);
    const page = await browser.newPage();
    try {
      await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('svg g.node')].map((node) => {
          const box = node.querySelector('rect')!.getBBox();
          return { id: node.getAttribute('data-id')!, x: box.x, y: box.y, width: box.width, height: box.height };
        }),
      );
      expect(boxes).toHaveLength(nodes.length);
      expect(overlapping(boxes)).toEqual([]);
      if (SHOTS)
        writeFileSync(path.join(SHOTS, 'hundred-svg.png'), await page.screenshot({ type: 'png', fullPage: true }));
    } finally {
      await page.close();
    }
  });
});
