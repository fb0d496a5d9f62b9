import { PACKAGE_JSON } from './version.js';

/** The repository's web address from package.json `repository` (`git+https://…/x.git` → `https://…/x`), if it has one. */
export function repositoryWebUrl(repository: (typeof PACKAGE_JSON)['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

const REPOSITORY = repositoryWebUrl(PACKAGE_JSON.repository);

/**
 * The web address of a page under the repository's `docs/` (`rules/ellipsis.md`), on its main
 * branch; undefined when package.json names no repository. The one place rule links come from.
 */
export function docsUrl(page: string): string | undefined {
  return REPOSITORY === undefined ? undefined : `${REPOSITORY}/blob/main/docs/${page}`;
}
