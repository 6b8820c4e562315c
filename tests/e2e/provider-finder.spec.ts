import { expect, test } from '@playwright/test';
import { providerPath, providerTitle } from '../../src/lib/providers/providers.ts';
import { siteConfig } from '../../src/site.config.ts';
import { contentProviders } from '../support/content.ts';
import { templates } from './templates.ts';

/** The seller of the seller-page template: tests/site/providers.test.ts checks that the finder offers every other one the same way. */
const { id, data } = contentProviders().find(({ id }) => providerPath(id) === templates.sellerPage)!;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test(`the home page reaches a seller's renewal steps (${data.name}) in at most three choices`, async ({ page }) => {
    await page.goto('/');
    let choices = 0;
    await page.getByRole('main').getByRole('link', { name: '找到你的续费入口' }).click();
    choices += 1;
    await expect(page).toHaveURL(siteConfig.providerFinderPath);
    const link = page.locator(`a[href="${providerPath(id)}"]`);
    // Every answer is closed at first: the reader opens the one that fits, then picks the provider.
    await expect(link).toBeHidden();
    await page.locator('details', { has: link }).locator('summary').click();
    choices += 1;
    await link.click();
    choices += 1;
    await expect(page).toHaveURL(providerPath(id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(providerTitle(data.name));
    expect(choices).toBeLessThanOrEqual(3);
  });

  test('the finder explains how to tell which eSIM it is', async ({ page }) => {
    await page.goto(siteConfig.providerFinderPath);
    await page.getByText('我分不清').click();
    await expect(page.getByText('ICCID', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('设置 › 蜂窝网络')).toBeVisible();
  });
});

for (const path of [templates.sellerTable, templates.sellerPage, templates.finder]) {
  test(`${path} fits a 390 px phone without scrolling sideways`, async ({ page }) => {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
}

// Every seller page has the button in its header, and its address among its official sources
// (tests/site/providers.test.ts); this is the one page of the template, on a short phone screen.
test.describe('on a phone with the browser bars showing (390 × 664)', () => {
  test.use({ viewport: { width: 390, height: 664 } });

  test(`the seller page's first screen shows its renewal button (${data.name})`, async ({ page }) => {
    await page.goto(templates.sellerPage);
    const button = page.locator('[data-renew-link]');
    await expect(button).toHaveCount(1);
    await expect(button).toBeInViewport({ ratio: 1 });
    await expect(button).toHaveText(new RegExp(`^去 ${data.name} 续费`));
    const box = await button.boundingBox();
    expect(box!.height, 'tall enough to tap').toBeGreaterThanOrEqual(44);
  });
});
