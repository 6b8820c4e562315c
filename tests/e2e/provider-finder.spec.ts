import { expect, test } from '@playwright/test';
import { finderGroupHref, finderGroups } from '../../src/lib/providers/finder.ts';
import { providerPath, providerTitle } from '../../src/lib/providers/providers.ts';
import { siteConfig } from '../../src/site.config.ts';
import { contentProviders } from '../support/content.ts';
import { templates } from './templates.ts';

/** The seller of the seller-page template: tests/site/providers.test.ts checks that every other one is reached the same way. */
const { id, data } = contentProviders().find(({ id }) => providerPath(id) === templates.sellerPage)!;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test(`the home page reaches a seller's renewal steps (${data.name}) in two taps`, async ({ page }) => {
    await page.goto('/');
    const group = finderGroups.find(({ kind }) => kind === data.kind)!;
    let taps = 0;
    await page.getByRole('main').getByRole('link', { name: group.label, exact: true }).click();
    taps += 1;
    await expect(page).toHaveURL(finderGroupHref(siteConfig.providerFinderPath, group));
    // The answer opened on arrival, its question still in view: the seller is the next tap.
    const link = page.locator(`a[href="${providerPath(id)}"]`);
    await expect(link).toBeVisible();
    await expect(page.locator('details[open] > summary')).toBeInViewport();
    await link.click();
    taps += 1;
    await expect(page).toHaveURL(providerPath(id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(providerTitle(data.name));
    expect(taps).toBeLessThanOrEqual(2);
  });

  test('the finder explains how to tell which eSIM it is, and where to find the seller', async ({ page }) => {
    await page.goto(siteConfig.providerFinderPath);
    const link = page.locator(`a[href="${providerPath(id)}"]`);
    // Opened on its own, every answer is closed at first.
    await expect(link).toBeHidden();
    await page.getByText('我分不清').click();
    const help = page.locator('[id="not-sure"]');
    for (const place of ['邮件', '淘宝、飞猪、携程', '支付宝或微信的账单', '银行卡账单', '设置 › 蜂窝网络', 'ICCID']) {
      await expect(help.getByText(place, { exact: false }).first()).toBeVisible();
    }
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
