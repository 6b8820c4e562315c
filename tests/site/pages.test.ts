import { describe, expect, test } from 'vitest';
import { blockedHostKind } from '../../src/lib/content-check/link-policy.ts';
import { siteConfig } from '../../src/site.config.ts';
import { isTraditional, simplifiedPathOf } from '../support/built-site.ts';
import { contentArticles } from '../support/content.ts';
import { builtPages, distFiles, type BuiltPage } from '../support/dist.ts';

const pages = builtPages();
const pageByPath = new Map(pages.map((page) => [page.path, page]));

const publishedIds = contentArticles()
  .filter((article) => article.published)
  .map((article) => article.id);

test('the build has the home page, the 404 page and every published article', () => {
  const expected = ['/', '/404.html', ...publishedIds.map((id) => `/${id}/`)];
  expect([...pageByPath.keys()]).toEqual(expect.arrayContaining(expected));
});

test('no article text breaks a line between two Chinese characters, in either edition (a browser and Pagefind show it as a space)', () => {
  const cjk = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
  const softBreak = new RegExp(`${cjk}[ \\t]*\\n[ \\t]*${cjk}`, 'u');
  const broken = pages
    .filter(({ document }) => softBreak.test(document.querySelector('article')?.innerHTML ?? ''))
    .map(({ path }) => path);
  expect(broken).toEqual([]);
});

describe.each(pages.map((page) => [page.path, page] as [string, BuiltPage]))('%s', (path, { document }) => {
  test('declares its edition’s script (Traditional under /zh-hant/, else Simplified), a title, a description and exactly one h1', () => {
    expect(document.documentElement.getAttribute('lang')).toBe(isTraditional(path) ? 'zh-Hant' : 'zh-Hans');
    expect(document.querySelector('title')?.textContent?.trim()).toBeTruthy();
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  test('has a skip link to the main landmark', () => {
    const skipLink = document.querySelector('body a[href^="#"]');
    const target = skipLink?.getAttribute('href')?.slice(1) ?? '';
    expect(document.getElementById(target)?.tagName).toBe('MAIN');
  });
});

test('titles and descriptions are unique across pages', () => {
  const titles = pages.map((page) => page.document.querySelector('title')?.textContent);
  const descriptions = pages.map((page) =>
    page.document.querySelector('meta[name="description"]')?.getAttribute('content'),
  );
  expect(new Set(titles).size).toBe(pages.length);
  expect(new Set(descriptions).size).toBe(pages.length);
});

/** Internal links as [page, href] pairs, resolved against the page's own URL. */
function internalLinks(): { from: string; url: URL }[] {
  const origin = new URL(siteConfig.url).origin;
  return pages.flatMap(({ path, document }) =>
    [...document.querySelectorAll('a[href]')]
      .map((link) => new URL(link.getAttribute('href')!, `${origin}${path}`))
      .filter((url) => url.origin === origin)
      .map((url) => ({ from: path, url })),
  );
}

test('every internal link resolves to a built page (or file) and an existing anchor', () => {
  const files = new Set(distFiles().map((file) => `/${file}`));
  const broken = internalLinks()
    .filter(({ url }) => {
      const target = pageByPath.get(decodeURIComponent(url.pathname));
      if (!target) return !files.has(decodeURIComponent(url.pathname));
      const anchor = decodeURIComponent(url.hash.slice(1));
      return anchor !== '' && target.document.getElementById(anchor) === null;
    })
    .map(({ from, url }) => `${from} → ${url.pathname}${url.hash}`);
  expect(broken).toEqual([]);
});

test('no page links a messenger, shop or URL shortener', () => {
  const offending = pages.flatMap(({ path, document }) =>
    [...document.querySelectorAll('a[href]')]
      .map((link) => link.getAttribute('href')!)
      .filter(
        (href) => /^(https?:)?\/\//.test(href) && blockedHostKind(new URL(href, siteConfig.url).hostname) !== null,
      )
      .map((href) => `${path} → ${href}`),
  );
  expect(offending).toEqual([]);
});

test('a crawl from the home page reaches every built page except the error pages', () => {
  const links = internalLinks();
  const reached = new Set(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const { url } of links.filter((link) => link.from === from)) {
      const path = decodeURIComponent(url.pathname);
      if (pageByPath.has(path) && !reached.has(path)) {
        reached.add(path);
        queue.push(path);
      }
    }
  }
  const unreachable = [...pageByPath.keys()].filter(
    (path) => !reached.has(path) && !/^\/(404|offline)(\.html|\/)$/.test(simplifiedPathOf(path)),
  );
  expect(unreachable).toEqual([]);
});
