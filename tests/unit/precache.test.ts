import { describe, expect, test } from 'vitest';
import { isPrecached, offlinePagePath, precacheManifest, urlPathOf, type BuiltFile } from '../../src/lib/precache';

describe('urlPathOf', () => {
  test.each([
    ['index.html', '/'],
    ['renewal-steps/index.html', '/renewal-steps/'],
    ['guides/deep/index.html', '/guides/deep/'],
    ['404.html', '/404.html'],
    ['_astro/BaseLayout.B9gEhTCo.css', '/_astro/BaseLayout.B9gEhTCo.css'],
    ['favicon.svg', '/favicon.svg'],
  ])('%s is served at %s', (file, path) => {
    expect(urlPathOf(file)).toBe(path);
  });
});

describe('isPrecached', () => {
  test.each([
    ['index.html', true],
    ['faq/index.html', true],
    ['404.html', true],
    ['offline/index.html', true],
    ['_astro/BaseLayout.B9gEhTCo.css', true],
    ['_astro/RenewalReminder.astro_astro_type_script_index_0_lang.Cx1.js', true],
    ['favicon.svg', true],
    ['manifest.webmanifest', true],
    ['sw.js', false],
    ['sw-2741e00ba849.js', false],
    ['icons/icon-512.png', false],
    ['sitemap-index.xml', false],
    ['robots.txt', false],
    ['rss.xml', false],
    ['pagefind/pagefind.js', false],
    ['zh-hant/index.html', false],
    ['zh-hant/manifest.webmanifest', false],
  ])('%s: %s', (file, kept) => {
    expect(isPrecached(file)).toBe(kept);
  });

  test.each([
    ['zh-hant/index.html', true],
    ['zh-hant/faq/index.html', true],
    ['zh-hant/404.html', true],
    ['zh-hant/manifest.webmanifest', true],
    ['_astro/BaseLayout.B9gEhTCo.css', true],
    ['favicon.svg', true],
    ['index.html', false],
    ['faq/index.html', false],
    ['manifest.webmanifest', false],
    ['zh-hant/sw.js', false],
    ['zh-hant/rss.xml', false],
  ])('the Traditional edition keeps %s: %s', (file, kept) => {
    expect(isPrecached(file, 'zh-Hant')).toBe(kept);
  });
});

const workerCode = 'function startServiceWorker() {}';
const site: BuiltFile[] = [
  { file: 'renewal-steps/index.html', content: '<h1>续费的四个步骤</h1>' },
  { file: 'index.html', content: '<h1>首页</h1>' },
  { file: 'offline/index.html', content: '<h1>你现在离线</h1>' },
  { file: '_astro/BaseLayout.B9gEhTCo.css', content: 'body{}' },
  { file: 'icons/icon-512.png', content: new Uint8Array([137, 80, 78, 71]) },
  { file: 'sw.js', content: "importScripts('/sw-0.js');" },
];

describe('precacheManifest', () => {
  const manifest = precacheManifest(site, workerCode);

  test('lists the kept files by path, sorted, with the offline page', () => {
    expect(manifest.entries.map(([path]) => path)).toEqual(['/', '/_astro/BaseLayout.B9gEhTCo.css', '/offline/', '/renewal-steps/']);
    expect(manifest.offlinePage).toBe(offlinePagePath);
  });

  test('caches a hashed asset under its own path and any other file under path plus revision', () => {
    const keys = new Map(manifest.entries);
    expect(keys.get('/_astro/BaseLayout.B9gEhTCo.css')).toBe('/_astro/BaseLayout.B9gEhTCo.css');
    expect(keys.get('/renewal-steps/')).toMatch(/^\/renewal-steps\/\?rev=[0-9a-f]{10}$/);
  });

  test('a changed page changes its own key and the version, and no other key', () => {
    const changed = precacheManifest(
      site.map((built) => (built.file === 'renewal-steps/index.html' ? { ...built, content: '<h1>续费的五个步骤</h1>' } : built)),
      workerCode,
    );
    expect(changed.version).not.toBe(manifest.version);
    const differing = changed.entries.filter(([path, key]) => new Map(manifest.entries).get(path) !== key);
    expect(differing.map(([path]) => path)).toEqual(['/renewal-steps/']);
  });

  test('a change to the worker’s code alone is a new version', () => {
    const changed = precacheManifest(site, `${workerCode}\n`);
    expect(changed.entries).toEqual(manifest.entries);
    expect(changed.version).not.toBe(manifest.version);
  });

  test('the same files give the same version, whatever their order', () => {
    expect(precacheManifest([...site].reverse(), workerCode)).toEqual(manifest);
    expect(manifest.version).toMatch(/^[0-9a-f]{12}$/);
  });

  test('a build without the offline page fails with a message that names it', () => {
    expect(() => precacheManifest(site.filter(({ file }) => file !== 'offline/index.html'), workerCode)).toThrow(/离线页面 \/offline\//);
  });
});

describe('the precache manifest of each edition', () => {
  const bothEditions: BuiltFile[] = [
    ...site,
    { file: 'zh-hant/index.html', content: '<h1>首頁</h1>' },
    { file: 'zh-hant/offline/index.html', content: '<h1>你現在離線</h1>' },
    { file: 'zh-hant/sw.js', content: "importScripts('/sw-1.js');" },
  ];

  test('keeps the edition’s own pages and offline page, and the shared assets', () => {
    const simplified = precacheManifest(bothEditions, workerCode, 'zh-Hans');
    const traditional = precacheManifest(bothEditions, workerCode, 'zh-Hant');
    expect(simplified.entries.map(([path]) => path)).toEqual(['/', '/_astro/BaseLayout.B9gEhTCo.css', '/offline/', '/renewal-steps/']);
    expect(traditional.entries.map(([path]) => path)).toEqual(['/_astro/BaseLayout.B9gEhTCo.css', '/zh-hant/', '/zh-hant/offline/']);
    expect([simplified.offlinePage, traditional.offlinePage]).toEqual(['/offline/', '/zh-hant/offline/']);
    expect(simplified.version).not.toBe(traditional.version);
  });
});
