import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { fontFaces } from './font-faces.js';

/** How to lay a printed page out; the page size and margins come from the document's own `@page` CSS. */
export interface PrintOptions {
  /** Page numbers at the foot of each page. */
  pageNumbers?: boolean;
  /** Leave the Chinese font out: what a machine without one would print (for the tofu test). */
  withoutFont?: boolean;
}

/**
 * Opens a document in a new tab from a file (so the font files on disk may load), with the bundled
 * Chinese font added, and waits until every font is ready. The caller closes the page.
 */
export async function openDocument(browser: Browser, html: string, options: PrintOptions = {}): Promise<Page> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'roles-print-'));
  const file = path.join(folder, 'document.html');
  writeFileSync(file, html);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 60_000 });
    if (!options.withoutFont) await page.addStyleTag({ content: fontFaces() });
    await page.evaluate(async () => {
      // Lay the page out first, so the fonts it needs start loading before we wait for them.
      void document.body.offsetHeight;
      await document.fonts.ready;
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return page;
}

/** Prints an HTML document to PDF bytes. */
export async function printPdf(browser: Browser, html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const page = await openDocument(browser, html, options);
  try {
    return await printPage(page, options);
  } finally {
    await page.close();
  }
}

/** Prints a document opened with `openDocument` to PDF bytes; the page stays open. */
export async function printPage(page: Page, options: PrintOptions = {}): Promise<Uint8Array> {
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    ...(options.pageNumbers
      ? {
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          // Digits only: the header and footer cannot load the page's web fonts.
          footerTemplate:
            '<div style="width:100%;text-align:center;font-size:8pt;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        }
      : {}),
  });
}

/** How `roles report --format pdf` prints a report's HTML: page numbers at the foot of each page. */
export const REPORT_PRINT: Readonly<PrintOptions> = { pageNumbers: true };

/** Prints a report's HTML as `roles report --format pdf` does. */
export function printReport(browser: Browser, html: string): Promise<Uint8Array> {
  return printPdf(browser, html, REPORT_PRINT);
}
