import { readFileSync } from 'node:fs';

interface PackageJson {
  version: string;
  repository?: string | { url?: string };
}

/** package.json, read once: the version and the repository's address are written only there. */
export const PACKAGE_JSON = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as PackageJson;

/** The package version. */
export const VERSION: string = PACKAGE_JSON.version;
