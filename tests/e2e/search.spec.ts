import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { wcagTags } from '../support/axe';
import { indexedText, isArticlePage, isTraditional } from '../support/built-site';
import { builtPages } from '../support/dist';

/** The words travellers search for most (issue 5). */
const QUERIES = ['续费', '流量', '充值', '有效期', '二维码', '漫游'];

/** Each article's path and the text Pagefind indexed for it, read from dist/: the Simplified edition, which /search/ searches. */
const articles = builtPages()
  .filter(({ path, document }) => isArticlePage(document) && !isTraditional(path))
  .map(({ path, document }) => ({ path, title: document.querySelector('h1')!.textContent!.trim(), text: indexedText(document) }));

const articlesContaining = (word: string) => articles.filter(({ text }) => text.includes(word)).map(({ path }) => path);

/** Opens the search page and records every request URL from then on. */
async function openSearch(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/search/');
  return requests;
}

async function searchFor(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText(`“${query}”`);
}

const resultLinks = (page: Page) => page.locator('site-search ol > li h2 a');

test.describe('results', () => {
  for (const query of QUERIES) {
    test(`“${query}” finds every article whose text contains it, each with its title and the match highlighted`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openSearch(page);
      await searchFor(page, query);
      const expected = articlesContaining(query);
      const found = await resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(found).toEqual(expect.arrayContaining(expected));
      expect(articles.map(({ path }) => path)).toEqual(expect.arrayContaining(found));
      await expect(page.getByRole('status')).toHaveText(
        expected.length > 0 ? new RegExp(`^找到 ${found.length} 篇与“${query}”有关的指南。$`) : `没有找到与“${query}”有关的指南。`,
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
  expect(articles.filter(({ text }) => /[麒麟]/.test(text)), 'precondition: no article mentions 麒 or 麟').toEqual([]);
  await openSearch(page);
  await searchFor(page, query);
  await expect(page.getByRole('status')).toHaveText('没有找到与“麒麟”有关的指南。');
  await expect(resultLinks(page)).toHaveCount(0);
  await expect(page.getByText('换一个更短、更常用的词')).toBeVisible();
  await expect(page.locator('site-search').getByRole('link', { name: '全部指南' })).toHaveAttribute('href', '/#guides');
  const suggestion = page.locator('site-search [data-query]').first();
  if ((await suggestion.count()) > 0) {
    const word = (await suggestion.textContent())!.trim();
    await suggestion.click();
    await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toHaveValue(word);
    await expect(page.getByRole('status')).toContainText(`“${word}”`);
  }
});

test('search works by keyboard alone: from the header link to a result', async ({ page }) => {
  const query = QUERIES.find((word) => articlesContaining(word).length > 0) ?? articles[0]!.title;
  await page.goto('/');
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let presses = 0; presses < 10 && (await focusedText()) !== '搜索'; presses += 1) await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('搜索');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('searchbox', { name: '搜索关键词' })).toBeFocused();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('找到');
  const inResults = () => page.evaluate(() => document.activeElement?.closest('site-search ol') !== null);
  for (let presses = 0; presses < 10 && !(await inResults()); presses += 1) await page.keyboard.press('Tab');
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('Pagefind loads only once the reader searches, and the query never leaves the device', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await page.goto(articles[0]!.path);
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

  const query = '有效期';
  await searchFor(page, query);
  expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
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

  test('the header link still leads to a page that explains search needs JavaScript and offers the guides', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '搜索' }).click();
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
        expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
