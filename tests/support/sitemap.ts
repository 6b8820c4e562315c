import { readDistText } from './dist.ts';

/** A URL of the built sitemap: its path and its `hreflang` alternates as [hreflang, href] pairs. */
export interface SitemapEntry {
  path: string;
  alternates: [string, string][];
}

/** Every URL of the built sitemap (following the sitemap index to each sitemap file). */
export function sitemapEntries(): SitemapEntry[] {
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
  const index = readDistText('sitemap-index.xml');
  return locations(index).flatMap((sitemap) =>
    [...readDistText(sitemap.pathname).matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, url]) => ({
      path: locations(url!)[0]!.pathname,
      alternates: [...url!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        ([, hreflang, href]): [string, string] => [hreflang!, href!],
      ),
    })),
  );
}

/** The URL paths listed in the built sitemap. */
export function sitemapPaths(): string[] {
  return sitemapEntries().map(({ path }) => path);
}
