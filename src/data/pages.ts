import { pagePathOfRoute, type RouteParams } from '../lib/articles/routes.ts';

interface PageRoute {
  getStaticPaths?: () => Promise<{ params: RouteParams }[]>;
}

/**
 * The page routes of the Simplified edition: every `.astro` file under src/pages/ but the Traditional
 * edition's folder and `_` files, which Astro does not route.
 */
const routes = import.meta.glob<PageRoute>(['../pages/**/*.astro', '!../pages/zh-hant/**', '!../pages/**/_*.astro']);

/**
 * The URL path of every page of the Simplified edition, read from its routes (a dynamic route is
 * asked for its pages), so a new page gets its Traditional twin without a list to keep.
 */
export async function sourcePagePaths(): Promise<string[]> {
  const paths = await Promise.all(
    Object.entries(routes).map(async ([file, load]) => {
      const route = file.slice('../pages/'.length, -'.astro'.length);
      if (!route.includes('[')) return [pagePathOfRoute(route)];
      const { getStaticPaths } = await load();
      if (!getStaticPaths) throw new Error(`${file} 是动态路由，却没有 getStaticPaths。`);
      return (await getStaticPaths()).map(({ params }) => pagePathOfRoute(route, params));
    }),
  );
  return paths.flat().sort();
}
