import type { APIRoute } from 'astro';
import { editionOfPath, editions, pathInEdition } from '../lib/editions/editions.ts';
import { siteConfig } from '../site.config.ts';

/**
 * The web app manifest, so the guide can be added to the home screen under its Chinese name. Served for
 * each edition (src/pages/zh-hant/manifest.webmanifest.ts): the added guide opens in the reader's edition.
 */
export const GET: APIRoute = ({ originPathname }) => {
  const edition = editionOfPath(originPathname);
  const home = pathInEdition('/', edition);
  const manifest = {
    name: siteConfig.name,
    short_name: siteConfig.shortName,
    description: siteConfig.tagline,
    lang: editions[edition].lang,
    dir: 'ltr',
    start_url: home,
    scope: home,
    display: 'standalone',
    // The light theme's page and accent colours (src/styles/global.css).
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
