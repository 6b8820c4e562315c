import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/data/articles.ts';
import { editionOfPath } from '../../src/lib/editions/editions.ts';
import ArticleLayout from '../../src/layouts/ArticleLayout.astro';
import { parseDocument } from '../support/html.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const article = (id: string, title: string) =>
  ({
    id,
    collection: 'articles',
    data: {
      title,
      description: '这是一篇用来测试两个版本的示例文章，摘要写得足够长。',
      pubDate: '2026-11-01',
      updated: '2026-11-25',
      order: 1,
      tags: [],
      draft: false,
    },
  }) as unknown as Article;

/** The article layout as it renders at `path`, with neighbours, so every kind of link is there. */
async function renderAt(path: string) {
  const html = await container.renderToString(ArticleLayout, {
    request: new Request(`https://azerbaijan-esim-guide.pages.dev${path}`),
    // What src/middleware.ts sets for every page.
    locals: { edition: editionOfPath(path) },
    props: {
      article: article('sample', '示例文章'),
      headings: [{ depth: 2, slug: '第一节', text: '第一节' }],
      previous: article('before', '上一篇文章'),
      next: article('after', '下一篇文章'),
    },
    slots: { default: '<h2 id="第一节">第一节</h2>' },
  });
  return parseDocument(html);
}

const hrefs = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((element) => element.getAttribute('href'));

describe.each([
  {
    path: '/sample/',
    lang: 'zh-Hans',
    prefix: '/',
    other: '/zh-hant/sample/',
    otherLang: 'zh-Hant',
    otherName: '繁體中文',
    ogLocale: 'zh_CN',
  },
  {
    path: '/zh-hant/sample/',
    lang: 'zh-Hant',
    prefix: '/zh-hant/',
    other: '/sample/',
    otherLang: 'zh-Hans',
    otherName: '简体中文',
    ogLocale: 'zh_TW',
  },
])('an article rendered at $path', ({ path, lang, prefix, other, otherLang, otherName, ogLocale }) => {
  // One render serves every test of the edition: none of them changes the document.
  let document: Document;
  beforeAll(async () => {
    document = await renderAt(path);
  });

  test(`declares ${lang} and its OpenGraph locale ${ogLocale}`, () => {
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
    expect(document.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(ogLocale);
  });

  test('links the header, breadcrumbs, neighbours and feed within its edition; the table of contents stays in the page', () => {
    expect(hrefs(document, 'header nav a:not([hreflang])')).toEqual([
      `${prefix}#guides`,
      `${prefix}which-esim/`,
      `${prefix}#renewal-reminder`,
      `${prefix}search/`,
    ]);
    expect(hrefs(document, 'header > div > a')).toEqual([prefix]);
    expect(hrefs(document, 'main > nav:first-child a')).toEqual([prefix]);
    expect(hrefs(document, 'a[rel="prev"], a[rel="next"]')).toEqual([`${prefix}before/`, `${prefix}after/`]);
    expect(hrefs(document, 'nav[aria-labelledby="toc-heading"] a')).toEqual(['#第一节']);
    expect(hrefs(document, 'link[type="application/rss+xml"]')).toEqual([`${prefix}rss.xml`]);
  });

  test('has a canonical URL, JSON-LD and hreflang alternates for its edition', () => {
    const site = 'https://azerbaijan-esim-guide.pages.dev';
    expect(hrefs(document, 'link[rel="canonical"]')).toEqual([`${site}${path}`]);
    const alternates = [...document.querySelectorAll('link[hreflang]')].map(
      (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`,
    );
    expect(alternates).toEqual([
      `zh-Hans ${site}/sample/`,
      `zh-Hant ${site}/zh-hant/sample/`,
      `x-default ${site}/sample/`,
    ]);
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
      JSON.parse(script.textContent!),
    );
    const articleBlock = blocks.find((block) => block['@type'] === 'Article');
    expect(articleBlock).toMatchObject({ inLanguage: lang, mainEntityOfPage: { '@id': `${site}${path}` } });
    const trail = blocks
      .find((block) => block['@type'] === 'BreadcrumbList')
      .itemListElement.map((item: { item: string }) => item.item);
    expect(trail).toEqual([`${site}${prefix}`, `${site}${path}`]);
  });

  test(`switches to ${other} with a plain link named ${otherName}`, () => {
    const link = document.querySelector('header a[hreflang]');
    expect(link?.getAttribute('href')).toBe(other);
    expect(link?.getAttribute('hreflang')).toBe(otherLang);
    expect(link?.getAttribute('lang')).toBe(otherLang);
    expect(link?.textContent).toBe(otherName);
  });
});
