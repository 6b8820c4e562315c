import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { scriptConverter, type ScriptTable } from '../../src/lib/editions/script-table.ts';
import { indexedText, isArticlePage, isTraditional, simplifiedPathOf } from '../support/built-site.ts';
import { builtPages, distDir, readDistText } from '../support/dist.ts';

const pages = builtPages();
const articlePages = pages.filter(({ document }) => isArticlePage(document));

describe('the Pagefind index in dist/pagefind', () => {
  test('exists, and holds one index per edition (by page language), each with every article of that edition', () => {
    const entry = JSON.parse(readDistText('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(existsSync(join(distDir, 'pagefind/pagefind.js'))).toBe(true);
    const articlesByLanguage = Object.groupBy(articlePages, ({ document }) =>
      document.documentElement.getAttribute('lang')!.toLowerCase(),
    );
    expect(Object.keys(entry.languages).sort()).toEqual(['zh-hans', 'zh-hant']);
    for (const [language, { page_count }] of Object.entries(entry.languages)) {
      expect(page_count, language).toBe(articlesByLanguage[language]?.length);
    }
  });
});

describe('source lists (issues 23 and 24)', () => {
  /** Each page's 来源 or 参考资料 list: the list after that heading (src/components/SourceList.astro). */
  const sourceLists = pages.flatMap(({ path, document }) =>
    [...document.querySelectorAll('article h2')]
      .filter((heading) => ['来源', '來源', '参考资料', '參考資料'].includes(heading.textContent!.trim()))
      .map((heading) => ({ path, list: heading.nextElementSibling! })),
  );
  /** The text Pagefind stored for every page of both editions, read from its (gzipped) fragment files. */
  const fragments = readdirSync(join(distDir, 'pagefind/fragment')).map((file) => {
    // Each file is `pagefind_dcd` (12 bytes), then the fragment's JSON.
    const json = gunzipSync(readFileSync(join(distDir, 'pagefind/fragment', file))).subarray(12);
    return (JSON.parse(json.toString('utf8')) as { content: string }).content.replaceAll('\u200b', '');
  });

  test('every seller page’s 来源 list and every article’s 参考资料 are left out of the index', () => {
    expect(sourceLists.length).toBeGreaterThanOrEqual(
      articlePages.filter(({ path }) => /providers\/./.test(path)).length + 7 * 2,
    );
    for (const { path, list } of sourceLists) expect(list.closest('[data-pagefind-ignore]'), path).not.toBeNull();
  });

  test('no source’s title is in Pagefind’s stored text', () => {
    const titles = sourceLists.flatMap(({ list }) =>
      [...list.querySelectorAll('li > a')].map((link) => link.textContent!.replace(/\s+/g, '')),
    );
    expect(titles.length).toBeGreaterThan(0);
    const stored = fragments.map((text) => text.replace(/\s+/g, '')).join('\n');
    expect(titles.filter((title) => stored.includes(title))).toEqual([]);
  });
});

describe('the script tables in dist/pagefind, made from the index', () => {
  const table = (language: string) => JSON.parse(readDistText(`pagefind/script-table.${language}.json`)) as ScriptTable;
  // Punctuation is left out: Pagefind drops it from queries, and the tables hold only Chinese characters. So is
  // the space between Chinese and a Latin word: the page spaces a word an override writes (QR Code), after the
  // conversion the tables are made from. A heading the index leaves out (an article's 参考资料) is never a search
  // result, so no table needs it.
  const headings = (document: Document) =>
    [...document.querySelectorAll('article h1, article h2, article h3')]
      .filter((heading) => !heading.closest('[data-pagefind-ignore]'))
      .map((heading) =>
        heading
          .textContent!.replace(/[^\p{L}\p{N}\s]/gu, '')
          .trim()
          .replace(/(?<=\p{Script=Han})\s+(?=[A-Za-z])|(?<=[A-Za-z])\s+(?=\p{Script=Han})/gu, ''),
      );
  const pairs = articlePages
    .filter(({ path }) => isTraditional(path))
    .map(({ path, document }) => ({
      traditional: headings(document),
      simplified: headings(articlePages.find((page) => page.path === simplifiedPathOf(path))!.document),
    }));

  // It grows with the index's vocabulary: 2.2 KB for seven articles, 3.5 KB once 13 provider pages joined, and
  // with the phrases the Traditional edition writes its own way: 4.2 KB once issue 25 wrote Taiwan's words by
  // phrase (上網方案, 如何, 依, 為…), each a pair the query conversion needs both ways.
  test('each is small: at most 4.5 KB gzip', () => {
    for (const language of ['zh-hans', 'zh-hant'])
      expect(gzipSync(readDistText(`pagefind/script-table.${language}.json`)).length, language).toBeLessThanOrEqual(
        4_500,
      );
  });

  test('the Traditional page’s table turns every Simplified heading into the Traditional edition’s heading', () => {
    const convert = scriptConverter(table('zh-hant'));
    expect(pairs.length).toBeGreaterThan(0);
    for (const { traditional, simplified } of pairs) expect(simplified.map(convert)).toEqual(traditional);
  });

  test('the Simplified page’s table turns every Traditional heading back into the Simplified one', () => {
    const convert = scriptConverter(table('zh-hans'));
    for (const { traditional, simplified } of pairs) expect(traditional.map(convert)).toEqual(simplified);
  });
});

describe.each(pages)('$path', ({ document }) => {
  const bodies = document.querySelectorAll('[data-pagefind-body]');

  const isArticle = isArticlePage(document);
  test(isArticle ? 'indexes the article, and only it' : 'is not indexed', () => {
    expect(bodies.length).toBe(isArticle ? 1 : 0);
    if (isArticle) expect(bodies[0]!.tagName).toBe('ARTICLE');
  });

  test('leaves navigation, the site header and footer, forms and the reminder widget out of the index', () => {
    for (const body of bodies) {
      expect(body.closest('header, footer, nav')).toBeNull();
      const indexedControls = [
        ...body.querySelectorAll(
          'nav, form, input, button, select, textarea, output, renewal-reminder, #renewal-reminder',
        ),
      ].filter((element) => !element.closest('[data-pagefind-ignore]'));
      expect(indexedControls.map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
    }
  });

  if (bodies.length > 0) {
    test('has text to index, headed by the article title', () => {
      const text = indexedText(document);
      expect(text.trim().startsWith(document.querySelector('h1')!.textContent!.trim())).toBe(true);
      expect(text).not.toContain('本页内容');
    });
  }
});
