import type { Browser } from 'puppeteer-core';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../src/print/open-browser.js';
import { openDocument, printPdf } from '../src/print/print-pdf.js';
import { renderPdfPages } from './pdf-pages.js';
import { decodePng, type Image } from './decode-png.js';
import { runCli } from './run-cli.js';

const ORG = path.join(import.meta.dirname, 'fixtures', 'report-org');
const ROOT = path.join(import.meta.dirname, '..');

/** Share of pixels clearly darker than the white page (text, borders, chart boxes), and how much the grey varies. */
function ink(image: Image): { ink: number; variance: number } {
  const mean = image.grey.reduce((sum, level) => sum + level, 0) / image.grey.length;
  return {
    ink: image.grey.filter((level) => level < 160).length / image.grey.length,
    variance: image.grey.reduce((sum, level) => sum + (level - mean) ** 2, 0) / image.grey.length,
  };
}

// One browser for the whole file: Chromium from npm (@sparticuz/chromium) unless CHROMIUM or a system one is there.
describe('roles report --format html in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(process.env);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const view of [['tree'], ['role', 'config-officer']]) {
    it(`renders the ${view[0]} page to a screenshot that is not blank`, async () => {
      const result = await runCli(['report', ...view, '--format', 'html'], ORG);
      expect(result.code).toBe(0);
      const page = await openDocument(browser, result.stdout);
      try {
        await page.setViewport({ width: 1200, height: 900 });
        const image = decodePng(Buffer.from(await page.screenshot({ type: 'png' })));
        expect([image.width, image.height]).toEqual([1200, 900]);
        const { ink: share, variance } = ink(image);
        expect(share).toBeGreaterThan(0.01);
        expect(variance).toBeGreaterThan(100);
      } finally {
        await page.close();
      }
    });
  }

  it('draws Chinese with the bundled Noto Sans SC, not tofu boxes', async () => {
    const html = (await runCli(['report', 'role', 'config-officer', '--format', 'html'], ORG)).stdout;
    const shots: Image[] = [];
    const fonts: string[][] = [];
    for (const withoutFont of [false, true]) {
      const page = await openDocument(browser, html, { withoutFont });
      try {
        await page.setViewport({ width: 1200, height: 200 });
        // Which font Chromium really drew the title's glyphs with.
        const session = await page.createCDPSession();
        await session.send('DOM.enable');
        await session.send('CSS.enable');
        const { root } = await session.send('DOM.getDocument');
        const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
        const { fonts: used } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
        fonts.push(used.map((font) => font.familyName));
        shots.push(decodePng(Buffer.from(await page.screenshot({ type: 'png' }))));
      } finally {
        await page.close();
      }
    }
    expect(fonts[0]!.some((name) => name.startsWith('Noto Sans SC'))).toBe(true);
    expect(fonts[1]!.some((name) => name.startsWith('Noto Sans SC'))).toBe(false);
    // Without the font the same title is drawn differently (as boxes on a machine with no Chinese font).
    const [withFont, without] = shots as [Image, Image];
    let differing = 0;
    for (let i = 0; i < withFont.grey.length; i++) if (Math.abs(withFont.grey[i]! - without.grey[i]!) > 64) differing++;
    expect(differing / withFont.grey.length).toBeGreaterThan(0.005);
  });

  it('prints a role card whose table of facts is whole on the first page, with no lone row heading the next', async () => {
    for (const id of ['business-config-supervisor', 'service-quality-supervisor']) {
      const html = (await runCli(['--lang', 'zh-CN', 'report', 'role', id, '--format', 'html'], ROOT)).stdout;
      const pages = await renderPdfPages(browser, await printPdf(browser, html), { pictures: 0 });
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
