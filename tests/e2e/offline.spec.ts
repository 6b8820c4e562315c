import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { wcagTags } from '../support/axe';
import { headingOf } from '../support/built-site';
import { builtPages } from '../support/dist';
import { expect, test, waitForOfflineCopy } from './fixtures';

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

test('after one visit to each edition, every page, its styles and the widget work offline; other URLs get the edition’s offline page', async ({
  page,
  context,
}) => {
  // Each edition keeps its own offline copy, so a reader of one never downloads the other.
  for (const home of ['/', '/zh-hant/']) {
    await page.goto(home);
    await waitForOfflineCopy(page);
  }
  // Only the service worker's copy may answer: not the browser's HTTP cache of the first visit.
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await context.setOffline(true);

  for (const { path, document } of pages) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1'), path).toHaveText(headingOf(document));
    const styled = await page.evaluate(() => {
      const hasRules = (sheet: CSSStyleSheet) => {
        try {
          return sheet.cssRules.length > 0;
        } catch {
          return false; // a stylesheet that did not load has no readable rules
        }
      };
      return document.styleSheets.length > 0 && [...document.styleSheets].every(hasRules);
    });
    expect(styled, `${path}: every stylesheet loaded`).toBe(true);
  }

  await page.goto('/');
  await useRenewalWidget(page);

  for (const [uncached, offlinePage] of [
    ['/never-cached/', '/offline/'],
    ['/zh-hant/never-cached/', '/zh-hant/offline/'],
  ] as const) {
    await page.goto(uncached);
    await expect(page.locator('h1')).toHaveText(headingOf(offlinePageAt(offlinePage).document));
    await expect(page).toHaveURL(uncached);
  }
});

test('a reader of one edition keeps only that edition offline: no page of the other is downloaded', async ({ page, context }) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await waitForOfflineCopy(page);
  expect(requested.filter((path) => path.startsWith('/zh-hant/'))).toEqual([]);
  expect(requested).toContain('/faq/');
});

test('the offline page has no axe violations in the light and dark scheme', async ({ page }) => {
  await page.goto('/offline/');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(violations.map((violation) => `${colorScheme} ${violation.id}: ${violation.help}`)).toEqual([]);
  }
});
