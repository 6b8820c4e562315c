import { describe, expect, test } from 'vitest';
import {
  fillSaveEverythingSize,
  isInOfflineCopy,
  isInShell,
  kilobytes,
  offlineCopy,
  offlinePagePath,
  revisionOf,
  saveEverythingSizeMarker,
  transferBytes,
  urlPathOf,
  withRevision,
  type BuiltFile,
} from '../../../src/offline/precache.ts';
import { revisionTagPattern } from '../../../src/offline/revision.ts';
import { siteConfig } from '../../../src/site.config.ts';

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

describe('isInOfflineCopy', () => {
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
    expect(isInOfflineCopy(file)).toBe(kept);
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
    expect(isInOfflineCopy(file, 'zh-Hant')).toBe(kept);
  });
});

describe('isInShell: what the first visit saves', () => {
  test.each([
    ['index.html', true],
    ['offline/index.html', true],
    ['renewal-steps/index.html', true],
    ['which-esim/index.html', true],
    ['providers/index.html', true],
    ['_astro/BaseLayout.B9gEhTCo.css', true],
    ['_astro/RenewalReminder.astro_astro_type_script_index_0_lang.Cx1.js', true],
    ['manifest.webmanifest', true],
    ['favicon.svg', true],
    ['worked-example/index.html', false],
    ['providers/airalo/index.html', false],
    ['bench-1/index.html', false],
    ['404.html', false],
    ['_astro/esim-settings.DfA3.webp', false],
    ['zh-hant/index.html', false],
  ])('%s: %s', (file, kept) => {
    expect(isInShell(file)).toBe(kept);
  });

  test('the Traditional shell is the same pages under /zh-hant/', () => {
    expect(isInShell('zh-hant/renewal-steps/index.html', 'zh-Hant')).toBe(true);
    expect(isInShell('zh-hant/worked-example/index.html', 'zh-Hant')).toBe(false);
    expect(isInShell('renewal-steps/index.html', 'zh-Hant')).toBe(false);
  });
});

describe('transferBytes: the size on the wire, gzip where nginx compresses', () => {
  const page = '<p>续费</p>'.repeat(200);
  test('a page of 512 bytes or more is counted gzipped, an image or a small file as it is', () => {
    expect(transferBytes({ file: 'faq/index.html', content: page })).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(transferBytes({ file: '_astro/a.webp', content: page })).toBe(Buffer.byteLength(page));
    expect(transferBytes({ file: 'favicon.svg', content: '<svg/>' })).toBe(6);
  });
});

describe('the save-everything size', () => {
  test('is written in whole kilobytes (1 KB = 1,000 bytes), never 0', () => {
    expect(kilobytes(175_666)).toBe('176');
    expect(kilobytes(8_123_400)).toBe('8,123');
    expect(kilobytes(12)).toBe('1');
  });

  test('replaces the marker the page was rendered with', () => {
    expect(fillSaveEverythingSize(`约 ${saveEverythingSizeMarker} KB`, 2_400)).toBe('约 2 KB');
  });
});

describe('the revision of a page, which the build writes into it and the worker reads', () => {
  const page: BuiltFile = {
    file: 'faq/index.html',
    content: '<html><head><title>常见问题</title></head><body><h1>常见问题</h1></body></html>',
  };
  const written = withRevision(page);
  const revision = String(written.content).match(revisionTagPattern)?.[1];

  test('is written before </head>, and is the revision the build lists for the page', () => {
    expect(String(written.content)).toMatch(
      /<title>常见问题<\/title><meta name="revision" content="[0-9a-f]{10}"><\/head>/,
    );
    expect(revision).toBe(revisionOf(page));
    expect(revisionOf(written)).toBe(revision);
  });

  test('is written once however often the build runs (a deploy test rebuilds a built copy), and changes with the page', () => {
    expect(withRevision(written)).toEqual(written);
    expect(
      revisionOf({ ...page, content: String(page.content).replace('常见问题</h1>', '常见问题（新）</h1>') }),
    ).not.toBe(revision);
  });

  test('is read from the bytes as the build reads them', () => {
    expect(revisionOf({ ...written, content: Buffer.from(String(written.content)) })).toBe(revision);
  });
});

const workerCode = 'addEventListener("fetch", () => {});';
const shellPages: BuiltFile[] = siteConfig.offlineShell.map((path) => ({
  file: `${path.slice(1)}index.html`,
  content: `<h1>${path}</h1>`,
}));
const site: BuiltFile[] = [
  ...shellPages.filter(({ file }) => file !== 'renewal-steps/index.html'),
  { file: 'renewal-steps/index.html', content: '<h1>续费的四个步骤</h1>' },
  { file: 'worked-example/index.html', content: '<h1>实例</h1>' },
  { file: '_astro/BaseLayout.B9gEhTCo.css', content: 'body{}' },
  { file: 'icons/icon-512.png', content: new Uint8Array([137, 80, 78, 71]) },
  { file: 'sw.js', content: "importScripts('/sw-0.js');" },
  { file: 'pagefind/pagefind.js', content: 'export {};' },
  { file: 'pagefind/fragment/zh-hans_1a2b3c4.pf_fragment', content: new Uint8Array([31, 139, 8]) },
  { file: 'pagefind/fragment/zh-hant_5d6e7f8.pf_fragment', content: new Uint8Array([31, 139, 8]) },
];
const searchFiles = site.filter(({ file }) => file.startsWith('pagefind/') && !file.includes('zh-hant'));

const shellPaths = [...siteConfig.offlineShell, '/_astro/BaseLayout.B9gEhTCo.css'].sort();

describe('offlineCopy', () => {
  const { manifest, everything, searchEntries, shellBytes, restBytes, searchBytes } = offlineCopy(site, workerCode);

  test('the worker carries the shell only, sorted by path, with the offline page', () => {
    expect(manifest.entries.map(([path]) => path)).toEqual(shellPaths);
    expect(manifest.offlinePage).toBe(offlinePagePath);
  });

  test('the list of everything adds the other pages, the edition’s search files and their list, and names itself after its content', () => {
    expect(manifest.search).toMatch(/^\/sw-search-[0-9a-f]{12}\.json$/);
    const searchPaths = searchFiles.map(({ file }) => `/${file}`);
    expect(everything.map(([path]) => path)).toEqual(
      [...shellPaths, '/worked-example/', ...searchPaths, manifest.search].sort(),
    );
    expect(searchEntries.map(([path]) => path)).toEqual(searchPaths.sort());
    expect(new Map(everything).get(manifest.search)).toBe(manifest.search);
    expect(manifest.everything).toMatch(/^\/sw-[0-9a-f]{12}\.json$/);
    expect(shellBytes).toBeGreaterThan(0);
  });

  test('states what saving everything downloads: the other pages, then search, the list included', () => {
    const searchList = transferBytes({ file: manifest.search.slice(1), content: JSON.stringify(searchEntries) });
    expect(searchBytes).toBe(searchFiles.reduce((sum, file) => sum + transferBytes(file), searchList));
    expect(restBytes).toBe(transferBytes(site.find(({ file }) => file === 'worked-example/index.html')!) + searchBytes);
  });

  test('measures each file with the measure it is given', () => {
    const measured: string[] = [];
    const copy = offlineCopy(site, workerCode, 'zh-Hans', ({ file }) => {
      measured.push(file);
      return 1;
    });
    expect(copy.shellBytes).toBe(shellPaths.length);
    expect(measured).toEqual(
      expect.arrayContaining(['worked-example/index.html', 'pagefind/pagefind.js', manifest.search.slice(1)]),
    );
  });

  test('caches a hashed asset under its own path and any other file under path plus revision', () => {
    const keys = new Map(everything);
    expect(keys.get('/_astro/BaseLayout.B9gEhTCo.css')).toBe('/_astro/BaseLayout.B9gEhTCo.css');
    expect(keys.get('/renewal-steps/')).toMatch(/^\/renewal-steps\/\?rev=[0-9a-f]{10}$/);
  });

  test('a changed page outside the shell changes its own key, the list and the version, and no other key', () => {
    const changed = offlineCopy(
      site.map((built) =>
        built.file === 'worked-example/index.html' ? { ...built, content: '<h1>新的实例</h1>' } : built,
      ),
      workerCode,
    );
    expect(changed.manifest.version).not.toBe(manifest.version);
    expect(changed.manifest.everything).not.toBe(manifest.everything);
    expect(changed.manifest.entries).toEqual(manifest.entries);
    const differing = changed.everything.filter(([path, key]) => new Map(everything).get(path) !== key);
    expect(differing.map(([path]) => path)).toEqual(['/worked-example/']);
  });

  test('a change to the worker’s code alone is a new version', () => {
    const changed = offlineCopy(site, `${workerCode}\n`).manifest;
    expect(changed.entries).toEqual(manifest.entries);
    expect(changed.version).not.toBe(manifest.version);
  });

  test('the same files give the same version, whatever their order', () => {
    expect(offlineCopy([...site].reverse(), workerCode).manifest).toEqual(manifest);
    expect(manifest.version).toMatch(/^[0-9a-f]{12}$/);
  });

  test('a build without the offline page or a shell page fails with a message that names it', () => {
    expect(() =>
      offlineCopy(
        site.filter(({ file }) => file !== 'offline/index.html'),
        workerCode,
      ),
    ).toThrow(/\/offline\/.*离线页面/);
    expect(() =>
      offlineCopy(
        site.filter(({ file }) => file !== 'faq/index.html'),
        workerCode,
      ),
    ).toThrow(/\/faq\/.*offlineShell/);
  });

  test('the shell stays the same however many articles there are', () => {
    const articles = Array.from({ length: 1000 }, (_, index) => ({
      file: `bench-${index}/index.html`,
      content: `<h1>${index}</h1>`,
    }));
    const large = offlineCopy([...site, ...articles], workerCode);
    expect(large.manifest.entries).toEqual(manifest.entries);
    expect(large.shellBytes).toBe(shellBytes);
    expect(large.everything).toHaveLength(everything.length + 1000);
  });
});

describe('the offline copy of each edition', () => {
  const bothEditions: BuiltFile[] = [
    ...site,
    ...site
      .filter(({ file }) => file.endsWith('.html'))
      .map(({ file, content }) => ({ file: `zh-hant/${file}`, content })),
    { file: 'zh-hant/sw.js', content: "importScripts('/sw-1.js');" },
  ];

  test('keeps the edition’s own pages and offline page, and the shared assets; the root worker leaves /zh-hant/ alone', () => {
    const simplified = offlineCopy(bothEditions, workerCode, 'zh-Hans');
    const traditional = offlineCopy(bothEditions, workerCode, 'zh-Hant');
    expect(simplified.everything.map(([path]) => path)).toEqual(
      [
        ...shellPaths,
        '/worked-example/',
        '/pagefind/pagefind.js',
        '/pagefind/fragment/zh-hans_1a2b3c4.pf_fragment',
        simplified.manifest.search,
      ].sort(),
    );
    expect(traditional.everything.map(([path]) => path)).toEqual(
      [
        '/_astro/BaseLayout.B9gEhTCo.css',
        ...[...siteConfig.offlineShell, '/worked-example/'].map((path) => `/zh-hant${path}`),
        '/pagefind/pagefind.js',
        '/pagefind/fragment/zh-hant_5d6e7f8.pf_fragment',
        traditional.manifest.search,
      ].sort(),
    );
    expect([simplified.manifest.offlinePage, traditional.manifest.offlinePage]).toEqual([
      '/offline/',
      '/zh-hant/offline/',
    ]);
    expect([simplified.manifest.otherEditions, traditional.manifest.otherEditions]).toEqual([['/zh-hant/'], []]);
    expect(simplified.manifest.version).not.toBe(traditional.manifest.version);
  });
});
