import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

/** A text run pdf.js found on a page: what it says, the font it is drawn with, and its box in page pixels. */
export interface PdfText {
  text: string;
  font: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  /** The page drawn at the scale asked for; empty when pictures were not asked for (see `PdfReader.read`). */
  png: Buffer;
  width: number;
  height: number;
  texts: PdfText[];
}

/** Reads PDFs with pdf.js in one tab of a browser; pdf.js and its worker load once, for every PDF read. */
export interface PdfReader {
  /**
   * Each page's size and text runs with their fonts and boxes, and the first `pictures` pages drawn
   * to PNG (drawing is most of the time, so only what a test looks at is drawn). With `fonts: false`
   * the pages not drawn do not load their fonts either, and text runs name the PDF's font ids
   * (`g_d0_f1`) instead of the fonts' names: for tests that look at the words and where they are.
   */
  read(pdf: Uint8Array, options?: { pictures?: number; scale?: number; fonts?: boolean }): Promise<PdfPage[]>;
  close(): Promise<void>;
}

const PDFJS = path.join(import.meta.dirname, '..', 'node_modules', 'pdfjs-dist');
const ORIGIN = 'http://pdf.test';

/** Runs in the page once: pdf.js and one worker, kept for every document read. */
const LOAD = `(async () => {
  const pdfjs = await import('/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
  globalThis.pdfReader = { pdfjs, worker: new pdfjs.PDFWorker() };
})()`;

/** Runs in the page for each document: render each page on a canvas, collect its text runs. */
const READ = `
      const { pdfjs, worker } = globalThis.pdfReader;
      const bytes = new Uint8Array(await (await fetch(file)).arrayBuffer());
      const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, worker }).promise;
      const out = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const pdfPage = await doc.getPage(n);
        const viewport = pdfPage.getViewport({ scale });
        let png = '';
        if (n <= pictures) {
          const canvas = document.createElement('canvas');
          canvas.width = Math.ceil(viewport.width);
          canvas.height = Math.ceil(viewport.height);
          const context = canvas.getContext('2d');
          context.fillStyle = '#fff';
          context.fillRect(0, 0, canvas.width, canvas.height);
          await pdfPage.render({ canvasContext: context, canvas, viewport }).promise;
          png = canvas.toDataURL('image/png');
        } else if (fonts) {
          // What drawing does before it draws: load the page's fonts, whose names the text runs report.
          await pdfPage.getOperatorList();
        }
        const content = await pdfPage.getTextContent();
        const texts = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str.trim() === '') continue;
          const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
          const font = pdfPage.commonObjs.has(item.fontName) ? pdfPage.commonObjs.get(item.fontName) : null;
          texts.push({
            text: item.str,
            font: font?.name ?? item.fontName,
            x,
            y: y - item.height * scale,
            width: item.width * scale,
            height: item.height * scale,
          });
        }
        out.push({ png, width: Math.ceil(viewport.width), height: Math.ceil(viewport.height), texts });
      }
      await doc.destroy();
      return out;
`;

/**
 * Opens a tab that reads PDFs with pdf.js inside the same Chromium (served from memory, so nothing
 * touches the network). Loading pdf.js and starting its worker took most of a small PDF's reading
 * time, so one reader serves a whole test file. Reads run one after another.
 */
export async function openPdfReader(browser: Browser): Promise<PdfReader> {
  const documents = new Map<string, Uint8Array>();
  const page: Page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== ORIGIN) return void request.abort();
    const files: Record<string, () => { body: Buffer | Uint8Array; type: string }> = {
      '/': () => ({ body: Buffer.from('<!doctype html><meta charset="utf-8"><body></body>'), type: 'text/html' }),
      '/pdf.mjs': () => ({ body: readFileSync(path.join(PDFJS, 'build', 'pdf.mjs')), type: 'text/javascript' }),
      '/pdf.worker.mjs': () => ({
        body: readFileSync(path.join(PDFJS, 'build', 'pdf.worker.mjs')),
        type: 'text/javascript',
      }),
    };
    const pdf = documents.get(url.pathname);
    const file = pdf ? () => ({ body: pdf, type: 'application/pdf' }) : files[url.pathname];
    if (!file) return void request.respond({ status: 404, body: '' });
    const { body, type } = file();
    void request.respond({ status: 200, contentType: type, body: Buffer.from(body) });
  });
  await page.goto(`${ORIGIN}/`);
  // Sent as text: the test runner rewrites dynamic imports in functions it compiles.
  await page.evaluate(LOAD);
  let count = 0;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read(pdf, { pictures = Infinity, scale = 1.5, fonts = true } = {}) {
      const file = `/doc-${++count}.pdf`;
      const run = queue.then(async () => {
        documents.set(file, pdf);
        try {
          const pages = (await page.evaluate(
            `(async (file, scale, pictures, fonts) => {${READ}})(${JSON.stringify(file)}, ${scale}, ${pictures}, ${fonts})`,
          )) as Array<Omit<PdfPage, 'png'> & { png: string }>;
          return pages.map((entry) => ({
            ...entry,
            png: Buffer.from(entry.png.replace(/^data:image\/png;base64,/, ''), 'base64'),
          }));
        } finally {
          documents.delete(file);
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => page.close(),
  };
}
