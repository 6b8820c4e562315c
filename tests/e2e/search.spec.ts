import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { wcagTags } from '../support/axe.ts';
import { headingOf, indexedText, isArticlePage, isTraditional } from '../support/built-site.ts';
import { builtPages } from '../support/dist.ts';
import { searchFor, searchPagesPerBatch, searchResultLinks, showAllResults } from './fixtures.ts';
import { pageTop, queryTable, sellerRanking } from './search-queries.ts';

/** The words travellers search for most (issue 5). */
const QUERIES = ['续费', '流量', '充值', '有效期', '二维码', '漫游'];

/** Each article's path, title, headings and the text Pagefind indexed for it, read from dist/. */
const allArticles = builtPages()
  .filter(({ document }) => isArticlePage(document))
  .map(({ path, document }) => ({
    path,
    title: headingOf(document),
    text: indexedText(document),
    headings: [...document.querySelectorAll('article h2[id], article h3[id]')].map((heading) => ({
      id: heading.id,
      text: heading.textContent!.trim(),
    })),
  }));
/** The Simplified edition, which /search/ searches. */
const articles = allArticles.filter(({ path }) => !isTraditional(path));

const articlesContaining = (word: string) => articles.filter(({ text }) => text.includes(word)).map(({ path }) => path);

/** Opens the search page and records every request URL from then on. */
async function openSearch(page: Page, path = '/search/'): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(path);
  return requests;
}

const resultLinks = searchResultLinks;

/** Each result's title link, as a path with its decoded fragment: `/faq/#已经过期的-esim-还能充值吗`. */
const resultTargets = (page: Page) =>
  resultLinks(page).evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return `${url.pathname}${decodeURIComponent(url.hash)}`;
    }),
  );

/** Searches on `searchPage` and returns where the results lead, up to batchesListed batches, and whether that is all. */
async function listedTargets(
  page: Page,
  searchPage: string,
  query: string,
): Promise<{ targets: string[]; complete: boolean }> {
  if (new URL(page.url(), 'http://x').pathname !== searchPage) await page.goto(searchPage);
  await searchFor(page, query);
  const complete = await showAllResults(page);
  return { targets: await resultTargets(page), complete };
}

/** Where a query's results lead, to compare with another query's. */
async function targetsOf(page: Page, searchPage: string, query: string): Promise<string[]> {
  const { targets, complete } = await listedTargets(page, searchPage, query);
  // A cut list (generated articles) ends among pages of equal rank, in no fixed order: compare how many.
  return complete ? targets : targets.map(() => 'a page listed before the cut');
}

test.describe('results', () => {
  for (const query of QUERIES) {
    test(`“${query}” finds every article whose text contains it, each with its title and the match highlighted`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openSearch(page);
      await searchFor(page, query);
      const complete = await showAllResults(page);
      const expected = articlesContaining(query);
      const found = await resultLinks(page).evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
      expect(articles.map(({ path }) => path)).toEqual(expect.arrayContaining(found));
      // Beyond batchesListed batches (generated articles) the pages listed are checked, not the count.
      if (complete) expect(found).toEqual(expect.arrayContaining(expected));
      else expect(expected.length, 'a list is cut only when more pages hold the query').toBeGreaterThan(found.length);
      await expect(page.getByRole('status')).toHaveText(
        expected.length === 0
          ? `没有找到与“${query}”有关的指南。`
          : complete
            ? new RegExp(`^找到 ${found.length} 篇与“${query}”有关的指南。$`)
            : /^先列出/,
      );
      for (const item of await page.locator('site-search ol > li').all()) {
        const path = new URL((await item.locator('h2 a').getAttribute('href'))!, 'http://x').pathname;
        await expect(item.locator('h2 a')).toHaveText(articles.find((article) => article.path === path)!.title);
        await expect(item.locator('mark').first()).toBeVisible();
      }
      expect(errors).toEqual([]);
    });
  }
});

test('a word no article contains gets a helpful empty state in Chinese', async ({ page }) => {
  const query = '麒麟';
  expect(
    articles.filter(({ text }) => /[麒麟]/.test(text)),
    'precondition: no article mentions 麒 or 麟',
  ).toEqual([]);
  await openSearch(page);
  await searchFor(page, query);
  await expect(page.getByRole('status')).toHaveText('没有找到与“麒麟”有关的指南。');
  await expect(resultLinks(page)).toHaveCount(0);
  await expect(page.getByText('换一个更短、更常用的词')).toBeVisible();
  await expect(page.locator('site-search').getByRole('link', { name: '全部指南' }).first()).toHaveAttribute(
    'href',
    '/#guides',
  );
  const suggestion = page.locator('site-search [data-query]').first();
  if ((await suggestion.count()) > 0) {
    const word = (await suggestion.textContent())!.trim();
    await suggestion.click();
    await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toHaveValue(word);
    await expect(page.getByRole('status')).toContainText(`“${word}”`);
  }
});

/** The text of the section a heading starts: the heading and what follows it, up to the next heading of its level or above. */
const sectionText = (page: Page, id: string) =>
  page.evaluate((id) => {
    const heading = document.getElementById(id);
    if (!heading || !/^H[2-6]$/.test(heading.tagName)) return null;
    let text = heading.textContent ?? '';
    for (
      let node = heading.nextElementSibling;
      node && !(/^H[2-6]$/.test(node.tagName) && node.tagName <= heading.tagName);
      node = node.nextElementSibling
    ) {
      text += node.textContent ?? '';
    }
    return text;
  }, id);

test.describe('results land on the section', () => {
  for (const [searchPage, query] of [
    ['/search/', '过期'],
    ['/zh-hant/search/', '過期'],
    ['/search/', '退款'],
  ] as const) {
    test(`every link of “${query}” (${searchPage}) goes to a heading whose section contains it`, async ({ page }) => {
      await openSearch(page, searchPage);
      await searchFor(page, query);
      const links = await page
        .locator('search-results a')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(1);
      const first = new URL(links[0]!);
      expect(first.hash, 'the first result links to a section, not the top of the page').not.toBe('');
      for (const href of new Set(links)) {
        const url = new URL(href);
        if (!url.hash) continue; // the text before the first heading: the page itself
        await page.goto(href);
        const text = await sectionText(page, decodeURIComponent(url.hash.slice(1)));
        expect(text, href).toContain(query);
      }
    });
  }

  test('a page matching in several sections shows its best two or three, each with heading and excerpt', async ({
    page,
  }) => {
    await openSearch(page);
    await searchFor(page, '续费');
    const faq = page.locator('search-results ol > li').filter({ has: page.locator('h2', { hasText: '常见问题' }) });
    const sections = faq.locator('ul > li');
    await expect(sections).toHaveCount(3);
    for (const section of await sections.all()) {
      await expect(section.locator('h3 a')).toHaveAttribute('href', /^\/faq\/(#.+)?$/);
      await expect(section.locator('p')).not.toBeEmpty();
    }
    const headings = await sections.locator('h3').allTextContents();
    const faqHeadings = allArticles.find(({ path }) => path === '/faq/')!.headings.map(({ text }) => text);
    expect(faqHeadings).toEqual(expect.arrayContaining(headings));
  });
});

test.describe('excerpts read as Chinese', () => {
  for (const [searchPage, query] of [
    ['/search/', '续费'],
    ['/search/', '二维码'],
    ['/search/', '流量'],
    ['/zh-hant/search/', '續費'],
    ['/zh-hant/search/', '行動條碼'],
  ] as const) {
    test(`“${query}” (${searchPage}): no ASCII separator between Chinese, the Chinese ellipsis where cut, a cut start at a phrase`, async ({
      page,
    }) => {
      await openSearch(page, searchPage);
      await searchFor(page, query);
      const excerpts = await page.locator('search-results ul > li').evaluateAll((items) =>
        items.map((item) => ({
          text: item.querySelector('p')!.textContent!,
          // An excerpt may also start at the match itself: ……<mark>…</mark>
          startsWithMatch: item.querySelector('p')!.innerHTML.replace(/^……/, '').startsWith('<mark>'),
          page: new URL(item.querySelector('a')!.href).pathname,
        })),
      );
      expect(excerpts.length).toBeGreaterThan(2);
      // Where one block of the page ends and the next starts is a phrase boundary too.
      const pageTexts = new Map(
        allArticles.map(({ path, text }) => [path, text.replace(/\s*\n\s*/g, '。').replace(/\s+/g, '')]),
      );
      for (const { text, startsWithMatch, page: path } of excerpts) {
        expect(text, 'no ". " between Chinese characters').not.toMatch(/\p{Script=Han}\s*\.\s*\p{Script=Han}/u);
        expect(text, 'no ASCII ellipsis, no lone …').not.toMatch(/\.\.\.|(?<!…)…(?!…)/);
        expect(text, 'no space after full-width punctuation').not.toMatch(/[。，、；：？！」”]\s/);
        if (!text.startsWith('……') || startsWithMatch) continue;
        // A cut start is at a phrase: in the page, the excerpt's first words follow punctuation.
        const opening = text.slice(2).replace(/\s+/g, '').slice(0, 8);
        const at = pageTexts.get(path)!.indexOf(opening);
        expect(at, `${opening} is on ${path}`).toBeGreaterThan(0);
        expect(pageTexts.get(path)![at - 1], `${text}`).toMatch(/[。！？；：，、）」』”’\p{Pe}\p{Pf}]/u);
      }
      expect(excerpts.some(({ text }) => text.startsWith('……') || text.endsWith('……'))).toBe(true);
    });
  }
});

test.describe('precision', () => {
  for (const searchPage of ['/search/', '/zh-hant/search/']) {
    test(`a query whose words appear nowhere finds nothing on ${searchPage}, even where it shares characters with the pages`, async ({
      page,
    }) => {
      const query = 'xyz無此詞';
      const texts = allArticles
        .filter(({ path }) => isTraditional(path) === (searchPage !== '/search/'))
        .map(({ text }) => text);
      expect(
        texts.some((text) => text.includes(query)),
        'precondition: no page has the query',
      ).toBe(false);
      if (searchPage !== '/search/')
        expect(
          texts.some((text) => text.includes('無')),
          'precondition: the Traditional pages share 無 with it',
        ).toBe(true);
      await openSearch(page, searchPage);
      await searchFor(page, query);
      await expect(resultLinks(page)).toHaveCount(0);
    });
  }

  for (const query of ['续费 退款', '过期 支付宝', '漫游 二维码']) {
    test(`“${query}”: pages holding every word come before pages holding some`, async ({ page }) => {
      const words = query.split(' ');
      const holdsAll = (targets: string[]) =>
        targets
          .map((target) => articles.find(({ path }) => target.startsWith(path))!)
          .map(({ text }) => words.every((word) => text.includes(word)));
      await openSearch(page);
      await searchFor(page, query);
      // Pages are downloaded and ranked a batch at a time, so the order holds within the first batch.
      const first = holdsAll(await resultTargets(page));
      expect(first[0], 'the first page holds every word').toBe(true);
      expect(first.indexOf(false) === -1 || first.slice(first.indexOf(false)).every((all) => !all), String(first)).toBe(
        true,
      );
      const complete = await showAllResults(page);
      const found = (await resultTargets(page)).map((target) => articles.find(({ path }) => target.startsWith(path))!);
      for (const { text } of found) expect(words.some((word) => text.includes(word))).toBe(true);
      if (complete)
        expect(found.length).toBe(articles.filter(({ text }) => words.some((word) => text.includes(word))).length);
    });
  }
});

test.describe('either script', () => {
  for (const [searchPage, query, twin] of [
    ['/zh-hant/search/', '续费', '續費'],
    ['/zh-hant/search/', '过期', '過期'],
    ['/zh-hant/search/', '巴库时间', '巴庫時間'],
    ['/zh-hant/search/', '二维码', 'QR Code'],
    ['/zh-hant/search/', '充值', '儲值'],
    ['/search/', '續費', '续费'],
    ['/search/', '過期', '过期'],
    ['/search/', '網路', '网络'],
    ['/search/', '行動條碼', '二维码'],
  ] as const) {
    test(`${searchPage}: “${query}” finds what “${twin}” finds`, async ({ page }) => {
      const expected = await targetsOf(page, searchPage, twin);
      expect(expected.length).toBeGreaterThan(0);
      expect(await targetsOf(page, searchPage, query)).toEqual(expected);
    });
  }
});

test.describe('readers’ words', () => {
  for (const [searchPage, words] of [
    ['/search/', ['二维码', 'QR Code', 'qr 码', 'QR码']],
    ['/zh-hant/search/', ['行動條碼', 'QR Code']],
    ['/search/', ['eSIM', 'e-SIM', 'ESIM']],
    ['/search/', ['充值', '储值', '续费', '加油包']],
  ] as const) {
    test(`${searchPage}: ${words.join(' / ')} find the same pages`, async ({ page }) => {
      const expected = await targetsOf(page, searchPage, words[0]);
      expect(expected.length).toBeGreaterThan(0);
      for (const word of words.slice(1)) expect(await targetsOf(page, searchPage, word), word).toEqual(expected);
    });
  }

  test('a synonym finds pages that only use another word of its group', async ({ page }) => {
    const onlyRenewal = articles.filter(({ text }) => text.includes('续费') && !text.includes('充值'));
    await openSearch(page);
    await searchFor(page, '充值');
    const complete = await showAllResults(page);
    const found = (await resultTargets(page)).map((target) => target.replace(/#.*/, ''));
    expect(found.length).toBeGreaterThan(0);
    // Pages ranked below batchesListed batches (generated articles) stay unlisted.
    if (!complete) return;
    expect(found).toEqual(expect.arrayContaining(onlyRenewal.map(({ path }) => path)));
    expect(found).toEqual(expect.arrayContaining(articlesContaining('加油包')));
  });
});

test.describe('the query table', () => {
  for (const { query, searchPage, top } of queryTable) {
    test(`${searchPage} “${query}” → ${top.length === 0 ? 'nothing' : top.map(([page, heading]) => `${page}${heading ? `#${heading}` : ''}`).join(' or ')}`, async ({
      page,
    }) => {
      const { targets } = await listedTargets(page, searchPage, query);
      if (top.length === 0) {
        expect(targets).toEqual([]);
        return;
      }
      const [path, id] = targets[0]!.split('#');
      const heading = id
        ? (allArticles.find((article) => article.path === path)?.headings.find((heading) => heading.id === id)?.text ??
          null)
        : pageTop;
      expect(
        top.some(([page, expected]) => page === path && (expected === null || expected === heading)),
        `first: ${path} ${heading}`,
      ).toBe(true);
    });
  }
});

test.describe('sellers’ pages', () => {
  const oneSeller = /\/providers\/[^/]+\/$/;
  for (const { query, searchPage, pages } of sellerRanking) {
    test(`${searchPage} “${query}” lists ${pages.join(', ')} in its first batch, before any other seller’s page`, async ({
      page,
    }) => {
      if (new URL(page.url(), 'http://x').pathname !== searchPage) await page.goto(searchPage);
      await searchFor(page, query);
      const firstBatch = (await resultTargets(page)).map((target) => target.replace(/#.*/, ''));
      expect(firstBatch).toEqual(expect.arrayContaining(pages));
      const others = firstBatch.filter((path) => oneSeller.test(path) && !pages.includes(path));
      const lastListed = Math.max(...pages.map((path) => firstBatch.indexOf(path)));
      for (const other of others) expect(firstBatch.indexOf(other), firstBatch.join(' ')).toBeGreaterThan(lastListed);
    });
  }
});

test(`a query most pages answer lists ${searchPagesPerBatch} first; 显示更多结果 adds the rest, moves focus to the first added, and the status counts them`, async ({
  page,
}) => {
  const query = '续费';
  const holding = articlesContaining(query);
  expect(holding.length, 'precondition: more pages hold it than one batch lists').toBeGreaterThan(searchPagesPerBatch);
  await openSearch(page);
  await searchFor(page, query);
  await expect(resultLinks(page)).toHaveCount(searchPagesPerBatch);
  await expect(page.getByRole('status')).toHaveText(
    `先列出与“${query}”最有关的 ${searchPagesPerBatch} 篇指南，列表下面可以显示更多。`,
  );
  await page.getByRole('button', { name: '显示更多结果' }).click();
  await expect(resultLinks(page).nth(searchPagesPerBatch)).toBeFocused();
  if (!(await showAllResults(page))) return; // more than batchesListed batches: generated articles
  await expect(resultLinks(page)).toHaveCount(holding.length);
  await expect(page.getByRole('status')).toHaveText(`找到 ${holding.length} 篇与“${query}”有关的指南。`);
  await expect(page.getByRole('button', { name: '显示更多结果' })).toBeHidden();
});

test('search works by keyboard alone: from the header link to a result', async ({ page }) => {
  const query = QUERIES.find((word) => articlesContaining(word).length > 0) ?? articles[0]!.title;
  await page.goto('/');
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let presses = 0; presses < 10 && (await focusedText()) !== '搜索'; presses += 1)
    await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('搜索');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toBeFocused();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(query, { timeout: 15_000 });
  const inResults = () => page.evaluate(() => document.activeElement?.closest('site-search ol') !== null);
  for (let presses = 0; presses < 10 && !(await inResults()); presses += 1) await page.keyboard.press('Tab');
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the results code and Pagefind load only once the reader searches, and the query never leaves the device', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await page.goto(articles[0]!.path);
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  const searchCode = (url: string) => url.includes('/pagefind/') || /\/search-results[^/]*\.js$/.test(url);
  expect(requests.filter(searchCode)).toEqual([]);

  const query = '有效期';
  await searchFor(page, query);
  expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(requests.some((url) => /\/search-results[^/]*\.js$/.test(url))).toBe(true);
  expect(requests.filter((url) => url.includes(query) || url.includes(encodeURIComponent(query)))).toEqual([]);
});

test('the query survives a reload, kept in the URL fragment', async ({ page }) => {
  await openSearch(page);
  await searchFor(page, '流量');
  expect(new URL(page.url()).hash).toBe(`#q=${encodeURIComponent('流量')}`);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toHaveValue('流量');
  await expect(page.getByRole('status')).toContainText('“流量”');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header link still leads to a page that explains search needs JavaScript and offers the guides', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '搜索', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('站内搜索需要 JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: '全部指南' })).toHaveAttribute('href', '/#guides');
    await expect(page.getByRole('searchbox')).toBeHidden();
  });
});

// The search page is left out of the sitemap (noindex), so the sitemap-wide axe sweep does not reach it.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const query of ['续费', '麒麟']) {
      test(`the search page showing “${query}” has no axe violations`, async ({ page }) => {
        await openSearch(page);
        await searchFor(page, query);
        const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        expect(
          violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      });
    }
  });
}
