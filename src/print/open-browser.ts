import puppeteer, { type Browser } from 'puppeteer-core';
import { findChromium } from './find-chromium.js';

/** Flags for a quiet, offline, headless browser that runs as root in a container. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/** Starts headless Chromium over a pipe, with a fresh profile that puppeteer removes on close. */
export async function openBrowser(env: Record<string, string | undefined>): Promise<Browser> {
  const chromium = await findChromium(env);
  return puppeteer.launch({
    executablePath: chromium.path,
    // The bundled binary is the headless shell; a full Chrome uses its new headless mode.
    headless: chromium.bundled ? 'shell' : true,
    pipe: true,
    args: ARGS,
    timeout: 60_000,
  });
}
