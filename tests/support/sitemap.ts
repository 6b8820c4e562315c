import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './dist';

/** The URL paths listed in the built sitemap (following the sitemap index to each sitemap file). */
export function sitemapPaths(): string[] {
  const locations = (file: string) =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
  return locations('sitemap-index.xml').flatMap((sitemap) => locations(sitemap.pathname.slice(1)).map((url) => url.pathname));
}
