import { siteConfig } from '../../src/site.config.ts';
import { headingOf, indexedText, isArticlePage } from '../support/built-site.ts';
import { builtPages } from '../support/dist.ts';
import type { NginxServer } from '../../tools/lib/nginx.ts';
import { expect, searchResultLinks, showAllResults, test, timeoutForPages, waitForOfflineCopy } from './fixtures.ts';
import { templatePages } from './templates.ts';

// Runs only in the `nginx` project: the bytes are counted where they are sent, in nginx's log (whether a
// browser driver reports a service worker's own fetches depends on its version).

const pages = builtPages();

/** The requests nginx answered from line `from` of its log on: path and body bytes (gzip when compressed). */
function sentSince(nginx: NginxServer, from: number): { path: string; bytes: number }[] {
  return nginx
    .requests()
    .slice(from)
    .map((line) => line.split(' '))
    .map(([, path, , bytes]) => ({ path: path!, bytes: Number(bytes) }));
}

for (const home of ['/', '/zh-hant/']) {
  test(`a first visit to ${home} downloads at most 150 KB in the background, and no page outside the shell`, async ({
    page,
    nginx,
  }) => {
    test.setTimeout(timeoutForPages(siteConfig.offlineShell.length));
    await page.goto(home);
    const afterLoad = nginx!.requests().length;
    await waitForOfflineCopy(page);
    const background = sentSince(nginx!, afterLoad);
    const total = background.reduce((sum, { bytes }) => sum + bytes, 0);
    console.log(`${home}: ${background.length} requests, ${total} B in the background`);
    expect(total).toBeLessThanOrEqual(150_000);
    const shell = siteConfig.offlineShell.map((path) => `${home}${path.slice(1)}`);
    expect(background.map(({ path }) => path).filter((path) => path.endsWith('/') && !shell.includes(path))).toEqual(
      [],
    );
  });
}

test('the save-everything button says how much it downloads, downloads about that, and keeps every page and search of the edition', async ({
  page,
  context,
  nginx,
}) => {
  const edition = pages.filter(({ path }) => !path.startsWith('/zh-hant/'));
  // tests/site/offline.test.ts checks that the list saved holds every page of the edition; here one per template.
  const templatesOfEdition = edition.filter(({ path }) =>
    templatePages.some(([, templatePath]) => templatePath === path),
  );
  test.setTimeout(timeoutForPages(templatesOfEdition.length + 10));
  await page.goto('/');
  await waitForOfflineCopy(page);
  await page.goto(siteConfig.saveOfflinePath);
  const button = page.locator('save-offline button');
  const stated = Number((await button.textContent())!.match(/约 ([\d,]+) KB/)![1]!.replaceAll(',', '')) * 1000;

  const beforeSaving = nginx!.requests().length;
  await button.click();
  await expect(page.locator('save-offline [data-message="saved"]')).toBeVisible({ timeout: 60_000 });
  const downloaded = sentSince(nginx!, beforeSaving).reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(`stated ${stated} B, downloaded ${downloaded} B`);
  // "约": the pages already read (this one) are not downloaded again, and the list itself is.
  expect(downloaded).toBeGreaterThan(stated * 0.9);
  expect(downloaded).toBeLessThan(stated * 1.05);

  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await context.setOffline(true);
  for (const { path, document } of templatesOfEdition) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1'), path).toHaveText(headingOf(document));
  }

  // Search too, for a word never searched online: every guide that holds it is found.
  await page.goto('/search/');
  const box = page.getByRole('searchbox');
  await box.fill('二维码');
  await box.press('Enter');
  await expect(searchResultLinks(page).first()).toBeVisible();
  const complete = await showAllResults(page);
  const found = await searchResultLinks(page).evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
  const holding = edition
    .filter(({ document }) => isArticlePage(document) && indexedText(document).includes('二维码'))
    .map(({ path }) => path);
  expect(holding.length).toBeGreaterThan(0);
  // Beyond batchesListed batches (generated articles) the pages listed are checked, not that all are.
  if (complete) expect(found).toEqual(expect.arrayContaining(holding));
});
