import { expect, test as base, type Page } from '@playwright/test';
import { distDir } from '../support/dist.ts';
import { startNginx, type NginxServer } from '../../tools/lib/nginx.ts';

/** Which server a Playwright project tests: `astro preview` (playwright.config.ts) or nginx with deploy/nginx.conf. */
export type Server = 'preview' | 'nginx';

export interface ServerOptions {
  server: Server;
}

/**
 * The loopback port of one nginx: each parallel worker gets two, `slot` 0 for the site in dist/ and `slot` 1
 * for a test that deploys builds of its own. The first port comes from E2E_NGINX_PORT.
 */
export function nginxPort(parallelIndex: number, slot: 0 | 1): number {
  return Number(process.env['E2E_NGINX_PORT'] ?? 4392) + parallelIndex * 2 + slot;
}

/** Playwright's `test`, whose `baseURL` is the worker's own nginx in the projects that set `server: 'nginx'`. */
export const test = base.extend<object, ServerOptions & { nginx: NginxServer | undefined }>({
  server: ['preview', { scope: 'worker', option: true }],
  nginx: [
    async ({ server }, use, workerInfo) => {
      if (server !== 'nginx') return use(undefined);
      const nginx = await startNginx({ siteDir: distDir, port: nginxPort(workerInfo.parallelIndex, 0) });
      await use(nginx);
      await nginx.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ baseURL, nginx }, use) => use(nginx?.origin ?? baseURL),
});

/**
 * Waits until the service worker of the page's edition (the `sw.js` beside its manifest) has stored every
 * page and asset and controls the page. Another edition's worker may control it before that.
 */
export async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const scriptURL = new URL('sw.js', document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href).href;
    while (navigator.serviceWorker.controller?.scriptURL !== scriptURL) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    const worker = navigator.serviceWorker.controller!;
    while (worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
    }
  });
}

export { expect } from '@playwright/test';

/** Pages found that the search page lists before 显示更多结果 (src/components/search-results.ts). */
export const searchPagesPerBatch = 8;

/** The search page's result titles. */
export const searchResultLinks = (page: Page) => page.locator('site-search ol > li h2 a');

/** Searches for `query` on the search page that is open and waits until the status line names it. */
export async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  // The first query loads Pagefind and its index: give a loaded test machine time.
  await expect(page.getByRole('status')).toContainText(query, { timeout: 15_000 });
}

/**
 * The batches a test lists at most: every page found for any query on the real site today (≤ 24 pages), and a
 * fixed amount of work however many articles are added (300 generated ones answer the common queries).
 */
export const batchesListed = 3;

/**
 * Presses 显示更多结果 (顯示更多結果) until every page found is listed or `batches` batches are; returns whether
 * every page found is listed. A batch may add nothing: its pages shared only a character with the query. Then
 * the button goes.
 */
export async function showAllResults(page: Page, batches = batchesListed): Promise<boolean> {
  const more = page.getByRole('button', { name: /^顯?显?示更多結?结?果$/ });
  while (await more.isVisible()) {
    const listed = await searchResultLinks(page).count();
    if (listed >= batches * searchPagesPerBatch) return false;
    await more.click();
    await expect
      .poll(async () => (await searchResultLinks(page).count()) > listed || !(await more.isVisible()))
      .toBe(true);
  }
  return true;
}

/**
 * The time limit of a test that opens `pages` pages one after another, for `test.setTimeout`: Playwright's
 * 30 s fit a few pages, not the offline shell twice on a busy 2-core machine (other builds and test runs beside
 * it), where one navigation can take seconds. No test opens a number of pages that grows with the site.
 */
export function timeoutForPages(pages: number): number {
  return 30_000 + pages * 3_000;
}

/** Collects what a page reports as broken while a test runs: uncaught errors, console errors and, if asked, failed requests. */
export function watchForErrors(page: Page, { failedRequests = false } = {}): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  if (failedRequests) page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  return errors;
}
