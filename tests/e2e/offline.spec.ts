import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { wcagTags } from '../support/axe';
import { siteConfig } from '../../src/site.config';
import { headingOf, traditionalPathOf } from '../support/built-site';
import { builtPages } from '../support/dist';
import { expect, test, timeoutForPages, waitForOfflineCopy } from './fixtures';

const pages = builtPages();
const offlinePageAt = (path: string) => pages.find((page) => page.path === path)!;

/** Uses the renewal reminder on the current page: enters an expiry date, expects the renew-by date in Chinese. */
async function useRenewalWidget(page: Page): Promise<void> {
  const widget = page.locator('#renewal-reminder');
  const expiry = widget.locator('input[type="date"]');
  await expiry.fill('2027-03-01');
  await expiry.press('Enter');
  await expect(widget.locator('output')).toContainText('2027年2月22日');
}

const shellPaths = new Set(['/', '/zh-hant/'].flatMap((home) => siteConfig.offlineShell.map((path) => `${home}${path.slice(1)}`)));
/** A page of each edition that is not in the shell: read in the test, so kept; and one never read. */
const [readPage, unreadPage] = pages.filter(({ path }) => !shellPaths.has(path) && !path.endsWith('.html') && !path.includes('offline'));

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

test('a first visit downloads the shell of its own edition only: no other page, nothing of the other edition', async ({ page, context }) => {
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

for (const path of ['/offline/', siteConfig.saveOfflinePath]) {
  test(`${path} has no axe violations in the light and dark scheme`, async ({ page }) => {
    test.setTimeout(timeoutForPages(2));
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(violations.map((violation) => `${colorScheme} ${violation.id}: ${violation.help}`)).toEqual([]);
    }
  });
}
