import { expect, test } from '@playwright/test';
import { providerPath } from '../../src/lib/providers/providers.ts';
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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`怎样给 ${data.name} 续费`);
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
