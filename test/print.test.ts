import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../src/print/open-browser.js';
import { openDocument, printPage, printPdf, REPORT_PRINT } from '../src/print/print-pdf.js';
import { tIn } from '../src/i18n/t.js';
import { renderSvg } from '../src/report/render/svg.js';
import type { Chart } from '../src/report/report.js';
import { decodePng, type Image } from './decode-png.js';
import { openPdfReader, type PdfPage, type PdfReader } from './pdf-pages.js';
import { runCli, type CliResult } from './run-cli.js';

const ROOT = path.join(import.meta.dirname, '..');
/** A small English organisation of the test fixtures. */
const ORG = path.join(import.meta.dirname, 'fixtures', 'report-org');
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

/** The viewport as PNG, compressed for speed (the same pixels: PNG is lossless), to be decoded at once. */
async function screenshot(page: Page): Promise<Buffer> {
  return Buffer.from(await page.screenshot({ type: 'png', optimizeForSpeed: true }));
}

/** Share of pixels clearly darker than the white page (text, borders, chart boxes), and how much the grey varies. */
function ink(image: Image): { ink: number; variance: number } {
  // From the histogram of grey levels: one pass over the million pixels (filter and reduce took 0.5 s a run).
  const counts = new Float64Array(256);
  for (const level of image.grey) counts[level]!++;
  const pixels = image.grey.length;
  let dark = 0;
  let sum = 0;
  counts.forEach((count, level) => {
    if (level < 160) dark += count;
    sum += count * level;
  });
  const mean = sum / pixels;
  let squares = 0;
  counts.forEach((count, level) => (squares += count * (level - mean) ** 2));
  return { ink: dark / pixels, variance: squares / pixels };
}

/** Share of pixels whose grey differs by more than a quarter between two pictures of the same size. */
function differing(a: Image, b: Image): number {
  let count = 0;
  for (let i = 0; i < Math.min(a.grey.length, b.grey.length); i++) if (Math.abs(a.grey[i]! - b.grey[i]!) > 64) count++;
  return count / a.grey.length;
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

/** The HTML views the view test screenshots (zh-CN, the repository's own roles). */
const VIEWS = [
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
/** The views of the small English organisation (test/fixtures/report-org) screenshot as a reader's browser shows them. */
const ORG_VIEWS = [['tree'], ['role', 'config-officer']];
/** The roles whose printed role page must hold the whole facts table on page 1. */
const FACT_ROLES = ['business-config-supervisor', 'service-quality-supervisor'];

/** What the view test sees of a view: its share of ink at 1100 × 900, and the text overflowing its box. */
interface Seen {
  ink: number;
  overflows: string[];
}
/** A view of the small organisation at 1200 × 900; for `role`, also its top 1200 × 200 and its title's fonts. */
interface OrgShot {
  full: Image;
  top?: Image;
  fonts?: string[];
}

// One browser and one pdf.js reader for the whole file (Chromium from npm, @sparticuz/chromium, unless
// CHROMIUM or a system one is there); each report is rendered once and looked at by every test that needs it.
describe('documents people print, looked at as a reader would', () => {
  let browser: Browser;
  let reader: PdfReader;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roles-print-test-'));

  /** Each thing the tests look at is made once; a promise, so the browser may start on it before its test. */
  const made = new Map<string, Promise<unknown>>();
  function once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let promise = made.get(key) as Promise<T> | undefined;
    if (!promise) made.set(key, (promise = make()));
    return promise;
  }

  beforeAll(async () => {
    browser = await openBrowser(process.env);
    reader = await openPdfReader(browser);
    // Every HTML first, one CLI run at a time and before the tests: a run sets the language of the
    // whole process, and each test starts in English (test/setup.ts). Then the browser starts on
    // what the tests will look at and works while they run the CLI for the card's PDF and the Word
    // files; each test awaits what it checks (a failure is reported by the test that looks).
    for (const view of VIEWS) await htmlOf(view);
    for (const id of FACT_ROLES) await htmlOf(['role', id]);
    for (const view of ORG_VIEWS) await orgHtml(view);
    const started = [
      ...VIEWS.map((view) => seen(view)),
      cardWithoutFont(),
      ...ORG_VIEWS.map((view) => orgShot(view)),
      orgRoleWithoutFont(),
      ...FACT_ROLES.map((id) => factPages(id)),
    ];
    for (const promise of started) promise.catch(() => undefined);
  }, 120_000);
  afterAll(async () => {
    // Whatever was started and not looked at (a test failed first) ends before the browser closes.
    await Promise.allSettled(made.values());
    await reader?.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `roles <args>` run in `cwd`, once per file: the same report serves every test that looks at it. */
  function roles(args: string[], cwd = ROOT): Promise<CliResult> {
    return once(`roles ${JSON.stringify([cwd, args])}`, () => runCli(args, cwd));
  }

  /** `roles report <args> --format html` in zh-CN, checked to succeed. */
  async function htmlOf(args: string[]): Promise<string> {
    const result = await roles(['--lang', 'zh-CN', 'report', ...args, '--format', 'html']);
    expect(result.code).toBe(0);
    return result.stdout;
  }

  /** `roles report <args> --format html` for the small English organisation, checked to succeed. */
  async function orgHtml(args: string[]): Promise<string> {
    const result = await roles(['report', ...args, '--format', 'html'], ORG);
    expect(result.code).toBe(0);
    return result.stdout;
  }

  /**
   * The end-to-end print: `roles report card <ROLE> --format pdf` in zh-CN (its own browser, as a
   * user runs it), read back with the first page drawn (the tofu test compares that page).
   */
  function cardPages(): Promise<PdfPage[]> {
    return once('card pdf', async () => {
      const file = path.join(dir, 'card.pdf');
      const result = await runCli(['--lang', 'zh-CN', 'report', 'card', ROLE, '--format', 'pdf', '-o', file], ROOT);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return reader.read(readFileSync(file), { pictures: 1 });
    });
  }

  /** The same card printed as the CLI prints it (page numbers too), but without the font; its first page drawn. */
  function cardWithoutFont(): Promise<PdfPage> {
    return once('card without font', async () => {
      const pdf = await printPdf(browser, await htmlOf(['card', ROLE]), { ...REPORT_PRINT, withoutFont: true });
      return (await reader.read(pdf, { pictures: 1 }))[0]!;
    });
  }

  /** What the view test looks at in an open view at 1100 × 900: its share of ink, and text overflowing its box. */
  async function look(page: Page): Promise<Seen> {
    await page.setViewport({ width: 1100, height: 900 });
    return { ink: ink(decodePng(await screenshot(page))).ink, overflows: await overflows(page) };
  }

  /** A view opened with the bundled font (as the PDF prints it) and looked at; the handbook's comes from `handbookOnce`. */
  function seen(view: string[]): Promise<Seen> {
    if (view[0] === 'handbook') return handbookOnce().then((handbook) => handbook.seen);
    return once(`seen ${view.join(' ')}`, async () => {
      const page = await openDocument(browser, await htmlOf(view));
      try {
        return await look(page);
      } finally {
        await page.close();
      }
    });
  }

  /**
   * The handbook's HTML opened once, for its two tests: first printed as `roles report --format pdf`
   * prints it (REPORT_PRINT, with this file's browser; the card test runs the CLI's own), then looked
   * at as a view. Both are what a fresh page gives (same PDF text and pictures, same screenshot:
   * compared when this was written); the handbook is the largest document to load.
   */
  function handbookOnce(): Promise<{ pdf: Uint8Array; seen: Seen }> {
    return once('handbook', async () => {
      const page = await openDocument(browser, await htmlOf(['handbook']));
      try {
        const pdf = await printPage(page, REPORT_PRINT);
        return { pdf, seen: await look(page) };
      } finally {
        await page.close();
      }
    });
  }

  /** How many forms the handbook holds (one per role), from its JSON. */
  async function formsInHandbook(): Promise<number> {
    return JSON.parse((await roles(['report', 'handbook', '--format', 'json'])).stdout).forms.length as number;
  }

  /** A role page printed to PDF (no page numbers), read for its words only. */
  function factPages(id: string): Promise<PdfPage[]> {
    return once(`facts ${id}`, async () =>
      reader.read(await printPdf(browser, await htmlOf(['role', id])), { pictures: 0, fonts: false }),
    );
  }

  /**
   * A page of the small English organisation with the bundled font, as a reader's browser shows it
   * at 1200 × 900; for `role`, also its top 1200 × 200 and the fonts its title is drawn with (the
   * font test compares them with the page without the font).
   */
  function orgShot(view: string[]): Promise<OrgShot> {
    return once(`org ${view.join(' ')}`, async () => {
      const page = await openDocument(browser, await orgHtml(view));
      try {
        await page.setViewport({ width: 1200, height: 900 });
        const full = decodePng(await screenshot(page));
        if (view[0] !== 'role') return { full };
        await page.setViewport({ width: 1200, height: 200 });
        return { full, ...(await titleFontsAndShot(page)) };
      } finally {
        await page.close();
      }
    });
  }

  /** The small organisation's role page without the font, at 1200 × 200: its title's fonts and a screenshot. */
  function orgRoleWithoutFont(): Promise<{ top: Image; fonts: string[] }> {
    return once('org role without font', async () => {
      const page = await openDocument(browser, await orgHtml(['role', 'config-officer']), { withoutFont: true });
      try {
        await page.setViewport({ width: 1200, height: 200 });
        return await titleFontsAndShot(page);
      } finally {
        await page.close();
      }
    });
  }

  /** Which fonts Chromium really drew the title's glyphs with, and a screenshot of the viewport. */
  async function titleFontsAndShot(page: Page): Promise<{ top: Image; fonts: string[] }> {
    const session = await page.createCDPSession();
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    return {
      fonts: fonts.map((font) => font.familyName),
      top: decodePng(await screenshot(page)),
    };
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
    const pages = await cardPages();
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
    const [withFont] = await cardPages();
    const without = await cardWithoutFont();
    const fonts = (page: PdfPage) => page.texts.filter((text) => /[\u4e00-\u9fff]/.test(text.text)).map((t) => t.font);
    expect(fonts(withFont!).every((font) => font.includes('NotoSansSC'))).toBe(true);
    expect(fonts(without).some((font) => font.includes('NotoSansSC'))).toBe(false);
    expect(differing(decodePng(withFont!.png), decodePng(without.png))).toBeGreaterThan(0.005);
  });

  it('prints the handbook: cover, contents, landscape org chart, departments and forms, numbered pages', async () => {
    const pages = await reader.read((await handbookOnce()).pdf, {
      pictures: SHOTS ? Infinity : 0,
      fonts: false,
    });
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
    // Opened side by side in the one browser (started before the tests): most of a view's time is Chromium loading its fonts.
    const found = await Promise.all(VIEWS.map(async (view) => ({ view: view[0], ...(await seen(view)) })));
    for (const { view, ink: share, overflows: over } of found) {
      expect(share, view).toBeGreaterThan(0.003);
      expect(over, view).toEqual([]);
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

  for (const view of ORG_VIEWS) {
    it(`renders the ${view[0]} page to a screenshot that is not blank`, async () => {
      const image = (await orgShot(view)).full;
      expect([image.width, image.height]).toEqual([1200, 900]);
      const { ink: share, variance } = ink(image);
      expect(share).toBeGreaterThan(0.01);
      expect(variance).toBeGreaterThan(100);
    });
  }

  it('draws Chinese with the bundled Noto Sans SC, not tofu boxes', async () => {
    const withFont = await orgShot(['role', 'config-officer']);
    const without = await orgRoleWithoutFont();
    expect(withFont.fonts!.some((name) => name.startsWith('Noto Sans SC'))).toBe(true);
    expect(without.fonts.some((name) => name.startsWith('Noto Sans SC'))).toBe(false);
    // Without the font the same title is drawn differently (as boxes on a machine with no Chinese font).
    expect(differing(withFont.top!, without.top)).toBeGreaterThan(0.005);
  });

  it('prints a role card whose table of facts is whole on the first page, with no lone row heading the next', async () => {
    for (const id of FACT_ROLES) {
      const pages = await factPages(id);
      const text = (n: number) => pages[n]!.texts.map((run) => run.text).join('');
      // The facts table opens with 岗位名称 and closes with 检查结果: both on page 1.
      expect(text(0), id).toContain('岗位名称');
      expect(text(0), id).toContain('检查结果');
      for (let n = 1; n < pages.length; n++) {
        expect(text(n), `${id} page ${n + 1}`).not.toMatch(/^项目内容/);
        expect(text(n), `${id} page ${n + 1}`).not.toContain('版本');
      }
    }
  });
});
