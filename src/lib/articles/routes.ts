/** The params of a dynamic route, as its `getStaticPaths` returns them. */
export type RouteParams = Record<string, string | number | undefined>;

/**
 * The URL path of a page route file for `params` (the file's path under src/pages/ without `.astro`):
 * `index` → `/`, `search` → `/search/`, `[slug]` with `{ slug: 'faq' }` → `/faq/`.
 */
export function pagePathOfRoute(route: string, params: RouteParams = {}): string {
  const path = route
    .replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => String(params[name] ?? ''))
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'index')
    .join('/');
  return path ? `/${path}/` : '/';
}

/**
 * The URL paths of the non-article pages, from the files in `src/pages/` and `public/`. A folder of
 * pages is taken as a whole (`zh-hant/` holds the Traditional edition), even when all its routes are dynamic.
 */
export function siteRoutes(pageFiles: readonly string[], publicFiles: readonly string[]): string[] {
  const folders = pageFiles.filter((page) => page.includes('/')).map((page) => `/${page.split('/')[0]}/`);
  const pages = pageFiles
    .filter((page) => !/(^|\/)[_[]/.test(page))
    .map((page) =>
      page
        .replace(/\.(astro|md|mdx|html)$/, '/')
        .replace(/\.(ts|js)$/, '')
        .replace(/(^|\/)index\/$/, '$1'),
    )
    .map((route) => `/${route}`);
  return [...new Set([...pages, ...folders, ...publicFiles.map((file) => `/${file}`)])].sort();
}
