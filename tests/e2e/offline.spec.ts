import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { siteConfig } from '../../src/site.config.ts';
import { editionHomeOf, headingOf, isArticlePage, traditionalPathOf } from '../support/built-site.ts';
import { wcagTags } from '../support/axe.ts';
import { builtPages, distFiles, type BuiltPage } from '../support/dist.ts';
import { expect, searchResultLinks, showAllResults, test, timeoutForPages, waitForOfflineCopy } from './fixtures.ts';

const pages = builtPages();
const offlinePageAt = (path: string) => pages.find((page) => page.path === path)!;

/** Uses the renewal reminder on the current page: enters an expiry date, expects the renew-by date in Chinese. */
async function useRenewalWidget(page: Page): Promise<void> {
  const widget = page.locator('#renewal-reminder');
  const expiry = widget.locator('input[name="expiry"]');
  await expiry.fill('2027-03-01');
  await expiry.press('Enter');
  await expect(widget.locator('[data-result]')).toContainText('2027年2月22日');
}

const shellPaths = new Set(
  ['/', '/zh-hant/'].flatMap((home) => siteConfig.offlineShell.map((path) => `${home}${path.slice(1)}`)),
);
/** A page of each edition that is not in the shell: read in the test, so kept; and one never read. */
const [readPage, unreadPage] = pages.filter(
  ({ path }) => !shellPaths.has(path) && !path.endsWith('.html') && !path.includes('offline'),
);

/** Whether every stylesheet of the page loaded (a sheet that did not load has no readable rules). */
async function isStyled(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const hasRules = (sheet: CSSStyleSheet) => {
      try {
        return sheet.cssRules.length > 0;
      } catch {
        return false;
      }
    };
    return document.styleSheets.length > 0 && [...document.styleSheets].every(hasRules);
  });
}

test('after one visit to each edition, the shell and every page read work offline; a page not read gets the offline page', async ({
  page,
  context,
}) => {
  const offlinePages = pages.filter((page) => shellPaths.has(page.path));
  test.setTimeout(timeoutForPages(offlinePages.length * 2 + 10));
  // Each edition keeps its own offline copy, so a reader of one never downloads the other.
  for (const home of ['/', '/zh-hant/']) {
    await page.goto(home);
    await waitForOfflineCopy(page);
  }
  const read = [readPage!.path, traditionalPathOf(readPage!.path)];
  for (const path of read) await page.goto(path);
  // Only the service worker's copy may answer: not the browser's HTTP cache of the first visit.
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await context.setOffline(true);

  for (const { path, document } of [...offlinePages, ...pages.filter((page) => read.includes(page.path))]) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1'), path).toHaveText(headingOf(document));
    expect(await isStyled(page), `${path}: every stylesheet loaded`).toBe(true);
  }

  await page.goto('/');
  await useRenewalWidget(page);

  for (const [uncached, offlinePage] of [
    [unreadPage!.path, '/offline/'],
    [traditionalPathOf(unreadPage!.path), '/zh-hant/offline/'],
    ['/never-cached/', '/offline/'],
    ['/zh-hant/never-cached/', '/zh-hant/offline/'],
  ] as const) {
    await page.goto(uncached);
    await expect(page.locator('h1'), uncached).toHaveText(headingOf(offlinePageAt(offlinePage).document));
    await expect(page).toHaveURL(uncached);
  }
});

test('a first visit downloads the shell of its own edition only: no other page, nothing of the other edition', async ({
  page,
  context,
}) => {
  test.setTimeout(timeoutForPages(siteConfig.offlineShell.length));
  const requested: string[] = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await waitForOfflineCopy(page);
  expect(requested.filter((path) => path.startsWith('/zh-hant/'))).toEqual([]);
  expect(requested).toEqual(expect.arrayContaining([...siteConfig.offlineShell]));
  const pagesRequested = requested.filter((path) => path.endsWith('/'));
  expect(pagesRequested.filter((path) => !shellPaths.has(path))).toEqual([]);
});

/** The line a page opened offline from the phone starts with, in each edition's words, before the day it was saved. */
const savedCopyWords = { '/': '离线副本，保存于', '/zh-hant/': '離線副本，儲存於' } as const;

/** Opens a built page through the service worker; expects its own h1, and the saved-copy line first or nowhere. */
async function openThroughWorker(page: Page, { path, document }: BuiltPage, line: string | null): Promise<void> {
  const response = await page.goto(path);
  expect(response?.fromServiceWorker(), path).toBe(true);
  await expect(page.locator('h1'), path).toHaveText(headingOf(document));
  if (line) await expect(page.locator('main > :first-child'), path).toHaveText(line);
  else await expect(page.getByText(/^(离线副本|離線副本)/), path).toHaveCount(0);
}

/** What the worker wrote into the page that is open passes axe, in the light and the dark scheme. */
async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(
      violations.map(({ id, nodes }) => `${colorScheme} ${id}: ${nodes.map(({ target }) => target).join(', ')}`),
    ).toEqual([]);
  }
}

for (const home of ['/', '/zh-hant/'] as const) {
  test(`offline (${home}), the offline page lists the pages read on this phone with the day each was saved; a page from the phone says it is the saved copy, online it does not`, async ({
    page,
    context,
  }) => {
    // Ten pages and four axe runs: 2–4 s on an idle machine, 15 s at a load of 20 on two cores.
    test.setTimeout(60_000);
    const notInShell = pages.filter(
      ({ path }) => editionHomeOf(path) === home && path.endsWith('/') && !shellPaths.has(path),
    );
    const read = notInShell.filter(({ path }) => path.startsWith(`${home}providers/`)).slice(0, 2);
    const unread = notInShell.find(({ path }) => !path.startsWith(`${home}providers/`))!;
    const [offlinePage, shellPage] = [offlinePageAt(`${home}offline/`), offlinePageAt(home)];
    await page.goto(home);
    await waitForOfflineCopy(page);
    for (const { path } of read) await page.goto(path);
    // Today where the browser is, written independently of the site's code.
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
    });
    const line = `${savedCopyWords[home]} ${today}`;

    // The browser knows it is offline: a page read, first thing, says so before the worker has tried the network.
    await context.setOffline(true);
    await openThroughWorker(page, read[0]!, line);
    await expectAccessible(page);
    await page.goto(unread.path);
    await expect(page.locator('h1')).toHaveText(headingOf(offlinePage.document));
    const listed = await page
      .locator('[data-saved-pages] li')
      .evaluateAll((items) =>
        items.map((item) => `${item.querySelector('a')?.getAttribute('href')} ${item.textContent}`),
      );
    // Exactly the pages read: the shell the first visit saved is listed apart, after them.
    expect(listed.sort()).toEqual(read.map(({ path, document }) => `${path} ${headingOf(document)} ${today}`).sort());
    await expectAccessible(page);
    await openThroughWorker(page, shellPage, line);
    await openThroughWorker(page, offlinePage, null);

    // Online, once the network has answered (the page not saved), pages from the phone say nothing.
    await context.setOffline(false);
    for (const built of [unread, read[1]!, shellPage]) await openThroughWorker(page, built, null);

    // The data ran out: the browser still says it is online, but the network does not answer the worker.
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    await page.goto(notInShell.find((built) => ![...read, unread].includes(built))!.path);
    await expect(page.locator('h1')).toHaveText(headingOf(offlinePage.document));
    await openThroughWorker(page, read[1]!, line);
  });
}

const articlesOf = (home: string) =>
  pages
    .filter(({ path, document }) => isArticlePage(document) && editionHomeOf(path) === home)
    .map(({ path, document }) => ({ path, title: headingOf(document) }));

/** Searches on the search page that is open and waits for the status line. */
async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByRole('status')).not.toBeEmpty({ timeout: 15_000 });
}

for (const home of ['/', '/zh-hant/']) {
  test(`offline, a search whose files are not kept (${home}) says so in one line, lists every guide, and points to saving everything`, async ({
    page,
    context,
  }) => {
    await page.goto(home);
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    await page.goto(`${home}search/`);
    await searchFor(page, home === '/' ? '过期' : '過期');
    const status = page.getByRole('status');
    await expect(status).toHaveText(home === '/' ? /^没有网络：这次搜索要用的内容还没存到手机上。/ : /^沒有網路/);
    expect(await status.evaluate((element) => element.getClientRects().length)).toBe(1);
    await expect(page.locator('[data-search-offline] p a')).toHaveAttribute(
      'href',
      `${home}${siteConfig.saveOfflinePath.slice(1)}`,
    );
    const guides = await page
      .locator('[data-search-offline] li a')
      .evaluateAll((links) =>
        links
          .filter((link) => link.checkVisibility())
          .map((link) => `${new URL((link as HTMLAnchorElement).href).pathname} ${link.textContent}`),
      );
    expect(guides.sort()).toEqual(
      articlesOf(home)
        .map(({ path, title }) => `${path} ${title}`)
        .sort(),
    );
  });
}

test('a search done online works offline again, and keeps only the search files it fetched', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForOfflineCopy(page);
  const fetched = new Set<string>();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) fetched.add(path);
  });
  await page.goto('/search/');
  await searchFor(page, '过期');
  await showAllResults(page);
  const onlineResults = await searchResultLinks(page).evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  );
  expect(onlineResults.length).toBeGreaterThan(0);
  const keptSearchFiles = () =>
    page.evaluate(async () => {
      const name = (await caches.keys()).find((cache) => cache.startsWith('guide:/:'));
      const kept = name ? await (await caches.open(name)).keys() : [];
      return kept
        .map(({ url }) => new URL(url).pathname)
        .filter((path) => path.startsWith('/pagefind/'))
        .sort();
    });
  await expect.poll(keptSearchFiles, { timeout: 30_000 }).toEqual([...fetched].sort());
  // Not the whole index in the background: that grows with the site.
  const editionSearchFiles = distFiles().filter((file) => file.startsWith('pagefind/') && !file.includes('zh-hant'));
  expect(fetched.size).toBeLessThan(editionSearchFiles.length);

  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await context.setOffline(true);
  await page.goto('/search/');
  await searchFor(page, '过期');
  await showAllResults(page);
  expect(
    await searchResultLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)),
  ).toEqual(onlineResults);
  await expect(page.locator('search-results mark').first()).toBeVisible();
});

/**
 * What the first query may download, in bytes over the wire (gzip where nginx applies it). README “站内搜索” reports it.
 * Pagefind's code, its index chunks and the script table, then one batch of the pages found (searchPagesPerBatch,
 * ≈ 3 KB each): a query that most of the site answers downloads no more than one naming a single page.
 */
const firstQueryBudget = 145_000;

for (const [home, query] of [
  ['/', '过期'],
  ['/zh-hant/', '過期'],
] as const) {
  test(`the first query on ${home}search/ loads at most ${firstQueryBudget} bytes: the results code, Pagefind, the index and script table, the pages found`, async ({
    page,
  }) => {
    const network = await page.context().newCDPSession(page);
    await network.send('Network.enable');
    await page.goto(`${home}search/`);
    await page.waitForLoadState('networkidle');
    const loaded: number[] = [];
    network.on('Network.loadingFinished', ({ encodedDataLength }) => loaded.push(encodedDataLength));
    await searchFor(page, query);
    await page.waitForLoadState('networkidle');
    const bytes = loaded.reduce((total, size) => total + size, 0);
    console.log(`${home}search/ first query “${query}”: ${loaded.length} requests, ${bytes} bytes`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(firstQueryBudget);
  });
}
