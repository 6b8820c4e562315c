import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import {
  canonicalPathOf,
  editionHomeOf,
  isArticlePage,
  isTraditional,
  shareImagePathOf,
  siteUrl,
  traditionalPrefix,
} from '../support/built-site.ts';
import { builtPages, distDir, readDist, readDistText } from '../support/dist.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const parseXml = (path: string) => new DOMParser().parseFromString(readDistText(path), 'text/xml');
const pathOnSite = (url: string) => {
  expect(url.startsWith(`${siteConfig.url}/`), `${url} is on the site`).toBe(true);
  return new URL(url).pathname;
};

const pages = builtPages();
const isUnlisted = (document: Document) =>
  document.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
const listedPages = pages.filter(({ document }) => !isUnlisted(document));
/** The site name as a page shows it in its header, in that page's script. */
const shownSiteName = (document: Document) => document.querySelector('header a')?.textContent?.trim();

describe('sitemap and robots.txt', () => {
  const listed = sitemapPaths();

  test('robots.txt lets crawlers in and names the sitemap index, which exists', () => {
    const robots = readDistText('/robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(siteUrl('/sitemap-index.xml'));
    expect(existsSync(join(distDir, pathOnSite(sitemap!)))).toBe(true);
  });

  test('the sitemap lists exactly the canonical URL of every indexable page', () => {
    const canonicals = listedPages.map(({ document }) =>
      pathOnSite(document.querySelector('link[rel="canonical"]')!.getAttribute('href')!),
    );
    expect(listedPages.length).toBeGreaterThan(1);
    expect([...listed].sort()).toEqual(canonicals.sort());
  });

  test('pages marked noindex (search, 404) stay out of the sitemap, in both editions', () => {
    const unlisted = pages.filter(({ document }) => isUnlisted(document)).map(({ path }) => canonicalPathOf(path));
    const inBothEditions = siteConfig.unlistedPaths.flatMap((path) => [path, `${traditionalPrefix}${path.slice(1)}`]);
    expect(unlisted.sort()).toEqual(inBothEditions.sort());
    for (const path of unlisted) expect(listed).not.toContain(path);
  });
});

describe.each([
  ['/', '/rss.xml'],
  [traditionalPrefix, `${traditionalPrefix}rss.xml`],
])('the RSS feed of the edition at %s', (home, feedPath) => {
  const feed = parseXml(feedPath);
  const editionPages = pages.filter(({ path }) => editionHomeOf(path) === home);
  const articles = editionPages.filter(({ document }) => isArticlePage(document));
  const siteName = shownSiteName(editionPages.find(({ path }) => path === home)!.document);
  const items = [...feed.querySelectorAll('channel > item')].map((item) => ({
    title: item.querySelector('title')?.textContent,
    link: item.querySelector('link')?.textContent,
    pubDate: new Date(item.querySelector('pubDate')?.textContent ?? ''),
  }));

  test('has the site name and one item per article of the edition, linked to its canonical URL with its title', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(feed.querySelector('channel > title')?.textContent).toBe(siteName);
    expect(feed.querySelector('channel > language')?.textContent).toBe(isTraditional(home) ? 'zh-Hant' : 'zh-Hans');
    expect(feed.querySelector('channel > link')?.textContent).toBe(siteUrl(home));
    const expected = articles.map(({ path, document }) => ({
      link: siteUrl(path),
      title: document.querySelector('h1')?.textContent,
    }));
    expect(items.map(({ link, title }) => ({ link, title })).sort((a, b) => a.link!.localeCompare(b.link!))).toEqual(
      expected.sort((a, b) => a.link.localeCompare(b.link)),
    );
  });

  test('dates each item by the article’s update date, the most recent first', () => {
    for (const item of items) {
      const page = articles.find(({ path }) => siteUrl(path) === item.link)!;
      const updated = page.document.querySelector('article header time')?.getAttribute('datetime');
      expect(item.pubDate.toISOString().slice(0, 10)).toBe(updated);
    }
    const times = items.map((item) => item.pubDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  test.each(editionPages.map(({ path, document }) => [path, document] as const))(
    '%s links the feed for autodiscovery',
    (_, document) => {
      const link = document.querySelector('link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('title')).toBe(siteName);
      expect(link?.getAttribute('href')).toBe(feedPath);
    },
  );
});

describe('share cards', () => {
  const image = readDist(siteConfig.shareImage.path);

  test.each(['/', traditionalPrefix])(
    'the default share image of the edition at %s is a PNG of the size the tags announce',
    (home) => {
      const editionImage = readDist(shareImagePathOf(home));
      expect(editionImage.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([editionImage.readUInt32BE(16), editionImage.readUInt32BE(20)]).toEqual([
        siteConfig.shareImage.width,
        siteConfig.shareImage.height,
      ]);
    },
  );

  describe.each(pages)('$path', ({ path, document }) => {
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
    const description = meta('description');
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');

    test('has a canonical URL on the production site', () => {
      expect(canonical).toBe(siteUrl(canonicalPathOf(path)));
    });

    test(`has OpenGraph tags: title, description, ${isTraditional(path) ? 'zh_TW' : 'zh_CN'} locale, URL and the share image`, () => {
      const title = document.querySelector('title')?.textContent ?? '';
      expect(meta('og:title')?.trim()).toBeTruthy();
      expect(title.startsWith(meta('og:title')!)).toBe(true);
      expect(description?.length).toBeGreaterThan(0);
      expect(meta('og:description')).toBe(description);
      expect(meta('og:locale')).toBe(isTraditional(path) ? 'zh_TW' : 'zh_CN');
      expect(meta('og:url')).toBe(canonical);
      expect(meta('og:site_name')).toBe(isTraditional(path) ? shownSiteName(document) : siteConfig.name);
      expect(meta('og:type')).toBe(document.querySelector('article h1') ? 'article' : 'website');
      expect(meta('og:image')).toBe(siteUrl(shareImagePathOf(path)));
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual([
        String(image.readUInt32BE(16)),
        String(image.readUInt32BE(20)),
      ]);
      expect(meta('og:image:alt')?.trim()).toBeTruthy();
    });

    test('has a large Twitter card with the same title, description and image', () => {
      expect(meta('twitter:card')).toBe('summary_large_image');
      expect(meta('twitter:title')).toBe(meta('og:title'));
      expect(meta('twitter:description')).toBe(description);
      expect(meta('twitter:image')).toBe(meta('og:image'));
    });
  });
});
