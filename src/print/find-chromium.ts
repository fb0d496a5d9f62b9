import { existsSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import { unpackChromium } from './unpack-chromium.js';
import { t } from '../i18n/t.js';

/** Where a system Chromium or Chrome usually lives; the first that exists wins over the bundled one. */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser that prints PDFs: `CHROMIUM` if set, else a system one, else the one installed from npm. */
export async function findChromium(
  env: Record<string, string | undefined>,
): Promise<{ path: string; bundled: boolean }> {
  const named = env.CHROMIUM;
  if (named !== undefined && named !== '') {
    if (!existsSync(named)) throw new UsageError(t('command.report.chromiumPath', { path: named }));
    return { path: named, bundled: false };
  }
  const system = SYSTEM_BROWSERS.find((candidate) => existsSync(candidate));
  if (system !== undefined) return { path: system, bundled: false };
  return { path: await unpackChromium(), bundled: true };
}
