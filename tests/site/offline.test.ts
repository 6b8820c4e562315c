import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { kilobytes, transferBytes, type CacheEntry, type PrecacheManifest } from '../../src/offline/precache.ts';
import { revisionTagPattern } from '../../src/offline/revision.ts';
import { savedCopyLine, withSavedPages } from '../../src/offline/saved-pages.ts';
import { chineseDateOf } from '../../src/lib/dates/day.ts';
import { siteConfig } from '../../src/site.config.ts';
import { editionHomeOf, isTraditional, traditionalPrefix } from '../support/built-site.ts';
import { cspDirectives, cspHashOf } from '../support/csp.ts';
import { type BuiltPage, builtPages, distFiles, readDist } from '../support/dist.ts';
import { parseDocument, textsOf } from '../support/html.ts';

const pages = builtPages();
const files = new Set(distFiles());

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe.each(pages.map((page) => [page.path, page] as [string, BuiltPage]))('%s', (path, { document }) => {
  const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
  const policy = cspDirectives(meta?.getAttribute('content') ?? '');

  test('carries a CSP meta tag whose script-src allows only this site, hashed inline scripts and WebAssembly', () => {
    const scriptSources = policy.get('script-src') ?? [];
    expect(scriptSources).toContain("'self'");
    const keywords = scriptSources.filter((source) => source !== "'self'" && !source.startsWith("'sha256-"));
    expect(keywords, "only Pagefind's WebAssembly, never 'unsafe-inline' or 'unsafe-eval'").toEqual([
      "'wasm-unsafe-eval'",
    ]);
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
  });

  test('lists the hash of every script and style the page inlines, and no other', () => {
    const inlineScripts = [...document.querySelectorAll('script:not([src])')].filter(
      (script) => !/^application\/(ld\+)?json$/.test(script.getAttribute('type') ?? ''),
    );
    const hashes = (sources: string[] | undefined) =>
      (sources ?? []).filter((source) => source.startsWith("'sha256-")).sort();
    const expectedScripts = [...new Set(inlineScripts.map((script) => cspHashOf(script.textContent ?? '')))].sort();
    const expectedStyles = [
      ...new Set([...document.querySelectorAll('style')].map((style) => cspHashOf(style.textContent ?? ''))),
    ].sort();
    expect(hashes(policy.get('script-src'))).toEqual(expectedScripts);
    expect(hashes(policy.get('style-src'))).toEqual(expectedStyles);
  });

  test('links its edition’s web app manifest and the home-screen icon', () => {
    const manifest = document.querySelector('link[rel="manifest"]');
    expect(manifest?.getAttribute('href')).toBe(`${editionHomeOf(path)}manifest.webmanifest`);
    expect(manifest?.getAttribute('crossorigin'), 'fetched over the page’s connection, not a second one').toBe(
      'use-credentials',
    );
    expect(document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe(
      '/icons/apple-touch-icon.png',
    );
  });
});

/**
 * Only the reminder's script registers the service worker (every other page ships no JavaScript), so a
 * visit to either home page, which carries the reminder, saves that edition offline.
 */
const pagesWithReminder = pages.filter(({ document }) => document.querySelector('renewal-reminder'));

test('both home pages carry the reminder, which keeps the guide offline', () => {
  expect(pagesWithReminder.map(({ path }) => path)).toEqual(expect.arrayContaining(['/', traditionalPrefix]));
});

describe.each(pagesWithReminder.map((page) => [page.path, page] as [string, BuiltPage]))(
  'the reminder on %s',
  (path, { document }) => {
    test('registers its edition’s service worker, which the build wrote', () => {
      const worker = document.querySelector('renewal-reminder')!.getAttribute('data-service-worker');
      expect(worker).toBe(`${editionHomeOf(path)}sw.js`);
      expect(files.has(worker!.slice(1))).toBe(true);
    });
  },
);

/** Each edition's root: its manifest and its service worker live there. */
const editionRoots = ['/', traditionalPrefix];

describe.each(editionRoots)('the web app manifest of the edition at %s', (home) => {
  const manifest = JSON.parse(readDist(`${home.slice(1)}manifest.webmanifest`).toString('utf8'));
  const homePage = pages.find(({ path }) => path === home)!.document;

  test('names the guide in the edition’s Chinese and opens it standalone at the edition’s home page', () => {
    expect(manifest.name).toBe(homePage.querySelector('header a')?.textContent?.trim());
    if (!isTraditional(home))
      expect(manifest).toMatchObject({ name: siteConfig.name, short_name: siteConfig.shortName });
    expect(manifest).toMatchObject({
      lang: homePage.documentElement.getAttribute('lang'),
      start_url: home,
      scope: home,
      display: 'standalone',
    });
    expect(manifest.short_name.length, 'fits under a home-screen icon').toBeLessThanOrEqual(12);
  });

  test('has 192 and 512 px icons and a maskable one, each a PNG of the size it claims', () => {
    const icons: { src: string; sizes: string; purpose: string }[] = manifest.icons;
    expect(icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const { src, sizes } of icons) expect(pngSize(readDist(src.slice(1))), src).toBe(sizes);
    expect(pngSize(readDist('icons/apple-touch-icon.png'))).toBe('180x180');
  });
});

/** What a first visit may download in the background, per edition, at any number of articles (1 KB = 1,000 bytes). */
const firstVisitBudget = 150_000;

/** The file in dist/ a cached path is served from: `/faq/` → `faq/index.html`. */
const fileOf = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));
const onTheWire = (path: string) => transferBytes({ file: fileOf(path), content: readDist(fileOf(path)) });

describe.each(editionRoots)('the service worker of the edition at %s', (home) => {
  const registered = readDist(`${home.slice(1)}sw.js`).toString('utf8');
  const workerFile = registered.match(/^importScripts\('\/(sw-[0-9a-f]{12}\.js)'\);\n$/)?.[1] ?? '';
  const worker = files.has(workerFile) ? readDist(workerFile).toString('utf8') : '';
  const manifest: PrecacheManifest = JSON.parse(worker.match(/^const manifest=(.*);\n/)?.[1] ?? 'null');
  const everything: CacheEntry[] = JSON.parse(readDist(manifest.everything).toString('utf8'));
  const shell = manifest.entries.map(([path]) => path);

  test('sw.js only imports this build’s worker, named after the version it carries', () => {
    expect(workerFile).not.toBe('');
    expect(workerFile).toBe(`sw-${manifest.version}.js`);
  });

  test('every page it keeps carries the revision its cache key names, which the worker reads instead of hashing', () => {
    const keptPages = everything.filter(([path]) => pages.some((page) => page.path === path));
    expect(keptPages.length).toBeGreaterThan(0);
    for (const [path, key] of keptPages) {
      const { html } = pages.find((page) => page.path === path)!;
      expect(`${path}?rev=${html.match(revisionTagPattern)?.[1]}`, path).toBe(key);
    }
    expect(worker).not.toMatch(/crypto|digest/);
  });

  test('the first visit keeps only the shell: the pages of siteConfig.offlineShell, the scripts, the manifest and the favicon', () => {
    const scripts = [...files].filter((file) => /^_astro\/.*\.(js|css)$/.test(file)).map((file) => `/${file}`);
    const shellPages = siteConfig.offlineShell.map((path) => `${home}${path.slice(1)}`);
    expect(shell).toEqual([...shellPages, ...scripts, `${home}manifest.webmanifest`, '/favicon.svg'].sort());
    expect(shell).toContain(manifest.offlinePage);
    expect(shell).toContain(`${home}${siteConfig.providerFinderPath.slice(1)}`);
  });

  test('the list of everything has every page of its edition, every hashed asset and the manifest, only files that exist, and no page of the other edition', () => {
    const listed = everything.map(([path]) => path);
    const editionPages = pages.filter(({ path }) => editionHomeOf(path) === home).map(({ path }) => path);
    const assets = [...files].filter((file) => file.startsWith('_astro/')).map((file) => `/${file}`);
    expect(listed).toEqual(expect.arrayContaining([...editionPages, ...assets, ...shell]));
    for (const path of listed)
      expect(pages.some((page) => page.path === path) || files.has(path.slice(1)), path).toBe(true);
    const otherEdition = pages.filter(({ path }) => editionHomeOf(path) !== home).map(({ path }) => path);
    expect(listed.filter((path) => otherEdition.includes(path))).toEqual([]);
    for (const [path, key] of manifest.entries) expect(new Map(everything).get(path), path).toBe(key);
  });

  // The code of both offline features (the shell and pages kept when read; search kept on the first search) and
  // the shell's list: no list in it grows with the site, so neither does the worker (2.6 KB since issue 23 added the
  // offline page's list of saved pages, the saved-copy line and 我的 eSIM's save-this-page message: 1.7 KB before).
  test('is small at any article count: sw.js at most 100 B, the worker (code and shell) at most 2.6 KB gzip', () => {
    const workerGzip = gzipSync(worker, { level: 9 }).byteLength;
    console.log(
      `sw.js ${registered.length} B; ${workerFile} ${worker.length} B, ${workerGzip} B gzip; shell ${shell.length} files, everything ${everything.length}`,
    );
    expect(registered.length).toBeLessThanOrEqual(100);
    expect(workerGzip).toBeLessThanOrEqual(2600);
  });

  test(`a first visit downloads at most ${firstVisitBudget / 1000} KB gzip in the background: sw.js, the worker and the shell`, () => {
    const background = [`${home}sw.js`, `/${workerFile}`, ...shell].map((path) => ({ path, bytes: onTheWire(path) }));
    const total = background.reduce((sum, { bytes }) => sum + bytes, 0);
    console.log(`${home}: a first visit downloads ${total} B gzip in the background (${background.length} files)`);
    expect(total).toBeLessThanOrEqual(firstVisitBudget);
  });

  test('the save-offline page states what saving everything downloads beyond the shell, in KB', () => {
    const savePage = pages.find(({ path }) => path === `${home}${siteConfig.saveOfflinePath.slice(1)}`)!;
    const stated = savePage.document.querySelector('save-offline button')?.textContent?.match(/([\d,]+) KB/)?.[1];
    const rest = everything.filter(([path]) => !shell.includes(path)).reduce((sum, [path]) => sum + onTheWire(path), 0);
    expect(stated, 'the button states the size').toBeDefined();
    // Written before the page itself was final, so its own few changed bytes may move it by one.
    expect(
      Math.abs(Number(stated!.replaceAll(',', '')) - Number(kilobytes(rest).replaceAll(',', ''))),
    ).toBeLessThanOrEqual(1);
  });

  test('its offline page holds what the worker fills in, in the edition’s words: the list of pages saved, and the line of a page opened offline', () => {
    const { html } = pages.find(({ path }) => path === manifest.offlinePage)!;
    const savedAt = new Date();
    const saved = { path: `${home}providers/airalo/`, title: 'Airalo', savedAt };
    expect(textsOf(parseDocument(withSavedPages(html, [saved])), '[data-saved-pages] li')).toEqual([
      `Airalo ${chineseDateOf(savedAt)}`,
    ]);
    const line = parseDocument(`<main>${savedCopyLine(html, savedAt) ?? ''}</main>`).querySelector('main > p');
    const words = isTraditional(home) ? '離線副本，儲存於' : '离线副本，保存于';
    expect(line?.textContent).toBe(`${words} ${chineseDateOf(savedAt)}`);
  });

  test('its offline page is the edition’s own, kept out of search results', () => {
    expect(editionHomeOf(manifest.offlinePage)).toBe(home);
    const offline = pages.find((page) => page.path === manifest.offlinePage);
    expect(offline?.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
