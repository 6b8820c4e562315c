import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { providerPath } from '../../src/lib/providers/providers.ts';
import { wcagTags } from '../support/axe.ts';
import { contentProviders } from '../support/content.ts';
import { expect, test, timeoutForPages, watchForErrors } from './fixtures.ts';
import { templates } from './templates.ts';

/** The seller of the seller-page template. */
const { id, data } = contentProviders().find(({ id }) => providerPath(id) === templates.sellerPage)!;
const stepsPath = `${templates.sellerPage}#续费步骤`;

const markButton = (page: Page) => page.getByRole('button', { name: '这是我的 eSIM' });
/** 我的 eSIM at the top of the home page's reminder. */
const lead = (page: Page) => page.locator('renewal-reminder [data-mine="card"]');

test.use({ viewport: { width: 390, height: 664 } });

test(`marked on its page, ${data.name} leads the home page, its page opens offline, and forgetting clears it`, async ({
  page,
  context,
}) => {
  test.setTimeout(timeoutForPages(8));
  const errors = watchForErrors(page);
  // A first visit straight to the seller page: nothing has registered the service worker or kept the page.
  await page.goto(templates.sellerPage);
  const renewLink = page.locator('[data-renew-link]').first();
  const renew = (await renewLink.count())
    ? {
        href: await renewLink.evaluate((link: HTMLAnchorElement) => link.href),
        name: (await renewLink.textContent())!.trim(),
      }
    : null;
  await expect(markButton(page)).toHaveAttribute('aria-pressed', 'false');
  await markButton(page).click();
  await expect(markButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('my-esim-mark [aria-live]')).toHaveText(/这一页也存好了/, { useInnerText: true });

  await page.goto('/');
  const steps = lead(page).getByRole('link', { name: `${data.name} 续费步骤` });
  await expect(lead(page)).toContainText(`我的 eSIM：${data.name}`);
  await expect(steps).toHaveAttribute('href', stepsPath);
  await expect(lead(page).locator('xpath=..'), 'announced when it appears').toHaveAttribute('aria-live', 'polite');
  if (renew) {
    // The seller's own button comes first: on the first screen, before the reminder's form.
    const button = lead(page).locator('a[href]').first();
    await expect(button).toHaveAttribute('href', renew.href);
    await expect(button).toHaveText(renew.name);
    await expect(button).toHaveAccessibleName(new RegExp(`^去 ${data.name} 续费`));
    await expect(button).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText(renew.name);
  } else {
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText(`${data.name} 续费步骤`);
  }
  await expect(steps).toBeInViewport({ ratio: 1 });

  // Only the service worker's copy may answer, and only what the mark kept: the seller page was never reopened.
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await context.setOffline(true);
  await steps.click();
  await expect(page).toHaveURL(stepsPath);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(data.name);
  await expect(markButton(page)).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/');
  await page.getByRole('button', { name: '忘记我的 eSIM' }).click();
  await expect(lead(page)).toBeHidden();
  await expect(page.getByText('已忘记你的 eSIM')).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('my-esim'))).toBeNull();
  await page.reload();
  await expect(lead(page)).toBeHidden();
  await page.goto(templates.sellerPage);
  await expect(markButton(page)).toHaveAttribute('aria-pressed', 'false');
  expect(errors).toEqual([]);
});

test("the reminder's result leads with 我的 eSIM instead of the finder, and the seller page can change or forget it", async ({
  page,
}) => {
  await page.goto(templates.sellerPage);
  await markButton(page).click();
  await expect(markButton(page)).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/');
  const widget = page.locator('renewal-reminder');
  await widget.getByLabel('套餐到期日').fill(new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10));
  await widget.getByRole('button', { name: '算出最晚续费日' }).click();
  const actions = widget.locator('[data-result] [data-actions]');
  await expect(actions.getByRole('link', { name: `${data.name} 续费步骤` })).toHaveAttribute('href', stepsPath);
  await expect(actions.getByRole('link', { name: '找到你的续费入口' })).toBeHidden();

  // Another seller's page offers to change; pressing again forgets.
  const other = contentProviders().find((provider) => provider.id !== id)!;
  await page.goto(providerPath(other.id));
  await expect(page.locator('my-esim-mark')).toContainText(`现在记着的是 ${data.name}`, { useInnerText: true });
  await markButton(page).click();
  await page.goto('/');
  await expect(lead(page)).toContainText(`我的 eSIM：${other.data.name}`);
  await page.goto(providerPath(other.id));
  await markButton(page).click();
  await expect(markButton(page)).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/');
  await expect(lead(page)).toBeHidden();
  await expect(widget.getByRole('link', { name: '找到你的续费入口' })).toBeVisible();
});

test('marked without a network on a first visit, the seller is remembered and the page says it was not saved', async ({
  page,
  context,
}) => {
  await page.goto(templates.sellerPage);
  await context.setOffline(true);
  await markButton(page).click();
  await expect(markButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('my-esim-mark [aria-live]')).toHaveText(/没有存下来/, { useInnerText: true });
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('my-esim')))!)).toMatchObject({ id });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`with 我的 eSIM set, the marked seller page and the home page's lead have no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(templates.sellerPage);
    await markButton(page).click();
    await expect(markButton(page)).toHaveAttribute('aria-pressed', 'true');
    for (const path of [templates.sellerPage, '/']) {
      await page.goto(path);
      if (path === '/') await expect(lead(page)).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(violations.map((violation) => `${path} ${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the seller page shows no mark control, and the home page no lead', async ({ page }) => {
    await page.goto(templates.sellerPage);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(data.name);
    await expect(markButton(page)).toBeHidden();
    await page.goto('/');
    await expect(page.getByText('我的 eSIM：')).toBeHidden();
  });
});
