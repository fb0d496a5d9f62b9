import { readFileSync } from 'node:fs';

/** Set by the bundler (scripts/bundle.mjs) to package.json's version; undefined when running from `dist/` or source. */
declare const ROLES_BUNDLED_VERSION: string | undefined;

/** The package version, read from package.json so it is written in one place. */
export const VERSION: string =
  typeof ROLES_BUNDLED_VERSION === 'string'
    ? ROLES_BUNDLED_VERSION
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
