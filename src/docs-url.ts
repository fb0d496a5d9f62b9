import { PACKAGE_JSON } from './version.js';

/** The repository's web address from package.json `repository` (`git+https://…/x.git` → `https://…/x`), if it has one. */
export function repositoryWebUrl(repository: (typeof PACKAGE_JSON)['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

const REPOSITORY = repositoryWebUrl(PACKAGE_JSON.repository);

/** The docs/ folder installed with the package: `../docs/` from src/ and from dist/'s bundle alike. */
const INSTALLED_DOCS = new URL('../docs/', import.meta.url);

/**
 * The address of a page under the repository's `docs/` (`rules/ellipsis.md`): on the web, on the
 * main branch, when package.json names the repository; else the page installed with `roles`
 * (a `file:` URL, which terminals, editors and browsers open offline). The one place rule links come from.
 */
export function docsUrl(page: string): string {
  return REPOSITORY === undefined ? new URL(page, INSTALLED_DOCS).href : `${REPOSITORY}/blob/main/docs/${page}`;
}
