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
