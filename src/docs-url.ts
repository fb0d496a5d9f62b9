import { readFileSync } from 'node:fs';

interface PackageJson {
  repository?: string | { url?: string };
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;

/** The repository's web address from package.json `repository` (`git+https://…/x.git` → `https://…/x`), if it has one. */
export function repositoryWebUrl(repository: PackageJson['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

const REPOSITORY = repositoryWebUrl(pkg.repository);

/**
 * The web address of a page under the repository's `docs/` (`rules/ellipsis.md`), on its main
 * branch; undefined when package.json names no repository. The one place rule links come from.
 */
export function docsUrl(page: string): string | undefined {
  return REPOSITORY === undefined ? undefined : `${REPOSITORY}/blob/main/docs/${page}`;
}
