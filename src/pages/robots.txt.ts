import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';

/** Lets every crawler in and points it to the sitemap, whose address comes from the site config. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', siteConfig.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
